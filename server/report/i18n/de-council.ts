/** Deutsch: die Zusammenfassung für den Rat, die erste Seite eines Berichts für eine Region (`region=`); Schlüssel die von en-council.ts. */
import type { Translation } from '../../i18n/messages.ts';
import type { enCouncil } from './en-council.ts';

export const deCouncil = {
  'council.nav': 'Zusammenfassung für die Region',
  'council.title': '{name}: Städtepartnerschaften auf einen Blick',
  'council.lead':
    'Eine Seite für {name} ({code}), mit dem Netz unter den Filtern des Berichts; die Abschnitte danach sind der technische Anhang für das ganze Netz.',
  'council.connectedHead': 'Wie gut vernetzt, gemessen an der Erwartung',
  'council.connected':
    'Die {municipalities} Gemeinden von {name} haben {observed} Partnerschaftsenden (eine Partnerschaft innerhalb der Region zählt doppelt); ihre Einwohnerzahlen lassen {expected} erwarten. Beobachtet/erwartet: <strong>{ratio}</strong> (95-%-Intervall {low}–{high}), Rang {rank} von {of} nach Partnerschaften je Gemeinde.',
  'council.noModel':
    'Die {municipalities} Gemeinden von {name} haben {partnerships} Partnerschaften; einen Erwartungswert gibt es nicht (zu wenige Gemeinden mit bekannter Einwohnerzahl für das Zählmodell). Rang {rank} von {of} nach Partnerschaften je Gemeinde.',
  'council.verdictUnder': 'Das ist deutlich weniger als erwartet: {name} ist <strong>schwach vernetzt</strong>.',
  'council.verdictOver': 'Das ist deutlich mehr als erwartet.',
  'council.verdictAbout': 'Das liegt in dem Bereich, den der Zufall um die Erwartung zulässt.',
  'council.mapHeadState': 'Die Kreise',
  'council.mapHeadDistrict': 'Unter den Kreisen des Landes',
  'council.mapCaptionState':
    'Die Kreise von {name} nach {figure}, in den Klassen der Deutschlandkarte (unter Regionen); schraffiert: schwach vernetzt.',
  'council.mapCaptionDistrict': '{name} umrandet unter den Kreisen des Landes, nach {figure}; schraffiert: schwach vernetzt.',
  'council.underList.one': 'Schwach vernetzt: {list}.',
  'council.underList.other': 'Schwach vernetzt ({n}): {list}.',
  'council.underNone': 'Keiner dieser Kreise ist schwach vernetzt.',
  'council.crossHead': 'Über die frühere innerdeutsche Grenze',
  'council.cross': '{cross} der {ties} Partnerschaften der Region reichen über die frühere innerdeutsche Grenze ({share}).',
  'council.crossExamples': 'Darunter: {list}.',
  'council.partnersHead': 'Partner, die helfen würden',
  'council.partnersIntro':
    'Jede Zeile: eine Gemeinde der Region mit dem Kandidaten außerhalb, der für sie am höchsten bewertet ist (Netznähe, Entfernung, Größe, Grenzüberschreitung; siehe Empfehlungen), jeder Partner nur einmal, Paare über die frühere Grenze zuerst.',
  'council.partnersNone': 'Keine Kandidaten: Die Gemeinden der Region haben weder eine Position noch Partner von Partnern.',
  'council.headMunicipality': 'Gemeinde',
  'council.headPartner': 'Vorgeschlagener Partner',
  'council.headReasons': 'Warum',
  'council.headScore': 'Wert',
  'council.reasonShared.one': '1 gemeinsamer Partner',
  'council.reasonShared.other': '{n} gemeinsame Partner',
  'council.reasonKm': '{km} entfernt',
  'council.reasonCross': 'über die frühere Grenze',
  'council.whatIf':
    'Würden diese {k} Partnerschaften gegründet, bei festgehaltener Erwartung: beobachtet/erwartet {before} → {after}, Rang {rankBefore} → {rankAfter}.',
  'council.whatIfNoModel':
    'Würden diese {k} Partnerschaften gegründet: Partnerschaften {before} → {after}, Rang {rankBefore} → {rankAfter}.',
  'council.whatIfOff': 'Die Region wäre nicht mehr schwach vernetzt.',
  'council.whatIfStill': 'Die Region wäre weiterhin schwach vernetzt.',
  'council.source': 'Zahlen: <code>{region}</code>, <code>{partners}</code>.',
} as const satisfies Translation<typeof enCouncil>;
