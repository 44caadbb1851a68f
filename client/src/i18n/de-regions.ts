import type { enRegions } from './en-regions.ts';

/** Deutsch: Partner für eine Region und was sie änderten (Regionen-Bereich), Teil des Katalogs von de.ts. */
export const deRegions: Record<keyof typeof enRegions, string> = {
  'partners.heading': 'Partner für diese Region',
  'partners.explain':
    'Jede Gemeinde der Region mit ihrem besten Partnerkandidaten außerhalb, jeder Partner nur einmal vorgeschlagen; Paare über die frühere innerdeutsche Grenze zuerst. Wert und Teile sind die der eigenen Empfehlungen des Ortes.',
  'partners.load': 'Partner vorschlagen',
  'partners.none': 'Keine Kandidaten: Die Gemeinden der Region haben weder eine Position noch Partner von Partnern.',
  'partners.list': 'Vorgeschlagene Paare',
  'partners.score': 'Wert {score}',
  'partners.whatIf':
    'Was die ersten {k} änderten, bei festgehaltenen Erwartungswerten (das Zählmodell, wie es am heutigen Netz geschätzt ist):',
  'partners.change':
    '{name}: Partnerschaften {before} → {after}; beobachtet/erwartet {ratioBefore} → {ratioAfter}; Rang {rankBefore} → {rankAfter}',
  'partners.flagOff': 'nicht mehr schwach vernetzt',
  'partners.flagStill': 'weiterhin schwach vernetzt',
  'partners.report': 'Bericht für diese Region (PDF): eine Seite Zusammenfassung, dann der Anhang',
  'partners.csv': 'Alle Paare als CSV',
};
