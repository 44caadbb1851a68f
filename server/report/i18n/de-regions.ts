/** Deutsch: Abschnitt 5 (Regionen) und Abschnitt 6 (Empfehlungen); Schlüssel und Platzhalter die von en-regions.ts. */
import type { Translation } from '../../i18n/messages.ts';
import type { enRegions } from './en-regions.ts';

export const deRegions = {
  'regions.title': 'Regionen',
  'regions.intro':
    'Für jede Region: ihre Kommunen in der Ansicht, die mit mindestens einer Partnerschaft, die Partnerschaften mit einem Ende dort (eine Partnerschaft innerhalb der Region einmal), die Partnerschaftsenden je Kommune (der mittlere Grad), je 100.000 Einwohner, wo die Einwohnerzahlen bekannt sind, und der Anteil ihrer Partnerschaften über die Teilung hinweg. Bundesländer und Kreise zählen jede Kommune des Gemeindeverzeichnisses von Destatis; eine deutsche Region ist <strong>schwach vernetzt</strong>, wenn das 95-%-Intervall ihrer beobachteten/erwarteten Partnerschaften (erwartet nach den Einwohnerzahlen ihrer Kommunen gemäß dem Zählmodell; exaktes Poisson-Intervall) ganz unter 1 liegt. Staaten, deren Zahlen nicht normiert sind, gelten als schwach vernetzt unterhalb des unteren Quartils der Partnerschaften je Kommune der Staaten mit mindestens {min} Orten.',
  'regions.coverage': 'Was die Zahlen abdecken: {states} Staaten: {countries}.',
  'regions.coverageText':
    '{basis}. Partnerschaften aus: {sources}. Die Weltliste sind die Seiten „List of twin towns and sister cities“ der englischen Wikipedia: Die Zahl einer Region misst zum Teil, wie gut diese Seiten sie abdecken.',
  'regions.coverageOutside':
    '{basis}. Partnerschaften aus: {sources}. Die Weltliste sind die Seiten „List of twin towns and sister cities“ der englischen Wikipedia: Die Zahl einer Region misst zum Teil, wie gut diese Seiten sie abdecken. {places} deutsche Orte mit {partnerships} Partnerschaften haben keinen Schlüssel im Gemeindeverzeichnis und werden hier nicht gezählt.',
  'regions.basisGerman': 'Jede Kommune des Gemeindeverzeichnisses von Destatis in der Ansicht (Orte mit AGS, mit oder ohne Partner)',
  'regions.basisCountries': 'Die je Staat aufgeführten Orte (nur die von einer Quelle genannten; nicht auf die Zahl der Kommunen normiert)',
  'regions.noSources': 'keine',
  'regions.ruleRatio':
    'Schwach vernetzt: Das {confidence}-%-Intervall der beobachteten/erwarteten Partnerschaftsenden liegt ganz unter 1 (exaktes Poisson-Intervall der beobachteten Zahl; erwartet nach den Einwohnerzahlen der Kommunen gemäß dem Zählmodell). {judged} {regions} beurteilt.',
  'regions.ruleRatioNone':
    'Keine Region der Ebene {region} hat einen Erwartungswert (zu wenige Kommunen mit Einwohnerzahl für das Zählmodell); es wird keine beurteilt.',
  'regions.rulePercentile':
    'Schwach vernetzt: weniger als {threshold} Partnerschaften je Kommune, unter dem {percentile}. Perzentil der {judged} {regions} mit mindestens {min} Kommunen.',
  'regions.rulePercentileNone': 'Keine Region der Ebene {region} hat mindestens {min} Kommunen; es wird keine beurteilt.',
  'regions.ruleCountries':
    'Staaten haben keinen Erwartungswert (nur das deutsche Gemeindeverzeichnis ist bekannt); es gilt die Perzentilregel. {rule}',
  'regions.ruleSummary.one': '{rule} {under} von {total} {regions} ist schwach vernetzt. Ost-West-Anteil: über {divide}.',
  'regions.ruleSummary.other': '{rule} {under} von {total} {regions} sind schwach vernetzt. Ost-West-Anteil: über {divide}.',
  'regions.country': 'Staat',
  'regions.state': 'Bundesland',
  'regions.district': 'Kreis',
  'regions.countries': 'Staaten',
  'regions.states': 'Bundesländer',
  'regions.districts': 'Kreise',
  'regions.ofCountries': 'Staaten',
  'regions.ofStates': 'Bundesländern',
  'regions.ofDistricts': 'Kreisen',
  'regions.countriesTitle': 'Staaten',
  'regions.statesTitle': 'Bundesländer',
  'regions.districtsTitle': 'Kreise und kreisfreie Städte',
  'regions.countryHead': 'Staat',
  'regions.stateHead': 'Bundesland',
  'regions.districtHead': 'Kreis',
  'regions.blocsDivide': 'die Blöcke Europas',
  'regions.borderDivide': 'die innerdeutsche Grenze',
  'regions.rank': 'Rang',
  'regions.places': 'Orte',
  'regions.partnered': 'Mit Partnern',
  'regions.partnerships': 'Partner&shy;schaften',
  'regions.perPlace': 'Je Ort',
  'regions.per100k': 'Je 100.000 Einw.',
  'regions.crossShare': 'Ost-West-Anteil',
  'regions.underConnected': 'Schwach vernetzt',
  'regions.none': 'Keine.',
  'regions.leastConnected': 'Die {cap} am schwächsten vernetzten von {count}; alle unter /api/regions/under-connected?level={level}.',
  'regions.onlyUnder':
    'Hier stehen nur die schwach vernetzten; die ganze Tabelle der {count} {regions} steht unter /api/regions?level={level}.',
  'regions.noneUnder': 'Keine Region ist schwach vernetzt; die ganze Tabelle der {count} {regions} steht unter /api/regions?level={level}.',
  'regions.topCountries': 'Staaten mit den meisten Partnerschaften je Kommune',
  'regions.figureRatio': 'Beobachtete/erwartete Partnerschaften',
  'regions.figurePerMunicipality': 'Partnerschaftsenden je Kommune',
  'regions.mapTitleRatio': '{regions} nach beobachteten/erwarteten Partnerschaften',
  'regions.mapTitlePerMunicipality': '{regions} nach Partnerschaftsenden je Kommune',
  'regions.noValue': 'kein Wert',
  'regions.hatched': 'schwach vernetzt (schraffiert)',
  'regions.captionRatio': '{level}: beobachtete/erwartete Partnerschaften (rot unter 1, blau darüber; Klassen symmetrisch um 1)',
  'regions.captionPerMunicipality':
    '{level}: Partnerschaftsenden je Kommune, in Quantilklassen (unter diesen Filtern hat keine Region einen Erwartungswert)',
  'regions.captionUnder.one': '{n} schwach vernetzte Region ist schraffiert und umrandet',
  'regions.captionUnder.other': '{n} schwach vernetzte Regionen sind schraffiert und umrandet',
  'regions.caption': '{figure}; {under}; grau: kein Wert.',
  'regions.captionUnmapped': '{figure}; {under}; grau: kein Wert; ohne Grenze: {unmapped}.',
  'regions.mapsNote':
    'Grenzen: {attribution}, {licence}. Flächentreue Albers-Projektion; Quantilklassen (beobachtet/erwartet: Klassen symmetrisch um 1 auf logarithmischer Skala); Farben von ColorBrewer (RdBu, YlGnBu), wie in der Regionenkarte der Anwendung.',

  'recommendations.nav': 'Empfehlungen',
  'recommendations.title': 'Empfehlungen für schwach vernetzte Regionen',
  'recommendations.ruleState':
    'Für jedes schwach vernetzte Bundesland (die {shown} am schwächsten vernetzten von {count}) seine Kommune mit den wenigsten Partnerschaften (bei Gleichstand die mit mehr Einwohnern, dann nach der Kennung) mit ihren {candidates} besten Kandidaten, wie /api/recommendations/&lt;id&gt;?limit={limit} sie liefert.',
  'recommendations.ruleDistrict':
    'Für jeden schwach vernetzten Kreis (die {shown} am schwächsten vernetzten von {count}) seine Kommune mit den wenigsten Partnerschaften (bei Gleichstand die mit mehr Einwohnern, dann nach der Kennung) mit ihren {candidates} besten Kandidaten, wie /api/recommendations/&lt;id&gt;?limit={limit} sie liefert.',
  'recommendations.ruleCountry':
    'Für jeden schwach vernetzten Staat (die {shown} am schwächsten vernetzten von {count}) seine Kommune mit den wenigsten Partnerschaften (bei Gleichstand die mit mehr Einwohnern, dann nach der Kennung) mit ihren {candidates} besten Kandidaten, wie /api/recommendations/&lt;id&gt;?limit={limit} sie liefert.',
  'recommendations.noRegion': 'Auf keiner Ebene ist eine Region schwach vernetzt.',
  'recommendations.score':
    'Wert = {proximity} × Netznähe (1 − e^−AA, AA der Adamic–Adar-Index über gemeinsame Partner) + {geography} × Geografie (1 / (1 + Entfernung / {scale} km)) + {size} × Größenähnlichkeit (logarithmierte Einwohnerzahl) + {crossing} × Grenzüberschreitung (1, wenn der Kandidat auf der anderen Seite der Teilung liegt); Gewichte und Entfernungsmaßstab sind angepasst, indem 10 % der Partnerschaften verborgen und wieder eingeordnet wurden (<code>npm run bench -- recommend</code>): Von {hidden} verborgenen Partnerschaften kehren {hit} unter die ersten 10 ihres Ortes zurück (mittlerer reziproker Rang {mrr}), gegenüber {aaHit} (MRR {aaMrr}) mit Adamic–Adar allein, {cnHit} mit gemeinsamen Nachbarn und {dHit} mit der Entfernung allein. Orte desselben Staates werden nicht vorgeschlagen, außer deutschen Orten jenseits der früheren innerdeutschen Grenze.',
  'recommendations.region': '{region}: {perMunicipality} Partnerschaften je Kommune.',
  'recommendations.has.one': '{name} hat {n} Partnerschaft.',
  'recommendations.has.other': '{name} hat {n} Partnerschaften.',
  'recommendations.hasPopulation.one': '{name} hat {n} Partnerschaft und {population} Einwohner.',
  'recommendations.hasPopulation.other': '{name} hat {n} Partnerschaften und {population} Einwohner.',
  'recommendations.noCandidate': 'Kein Kandidat gefunden.',
  'recommendations.noneUnder': 'Keine Region ist schwach vernetzt, daher keine Empfehlung.',
  'recommendations.candidate': 'Kandidat',
  'recommendations.scoreHead': 'Wert',
  'recommendations.shared': 'Gemeinsame Partner',
  'recommendations.distance': 'Entfernung',
  'recommendations.proximity': 'Netznähe',
  'recommendations.geography': 'Geografie',
  'recommendations.size': 'Größe',
  'recommendations.crossing': 'Grenzüber&shy;schreitung',
} as const satisfies Translation<typeof enRegions>;
