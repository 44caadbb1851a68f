/** Deutsch: Abschnitt 4 (Brücken zwischen Ost und West) und Abschnitt 7 (die Karte des Netzes); Schlüssel die von en-eastwest.ts. */
import type { Translation } from '../../i18n/messages.ts';
import type { enEastWest } from './en-eastwest.ts';

export const deEastWest = {
  'eastwest.title': 'Brücken zwischen Ost und West',
  'eastwest.intro':
    'Ost-West-Verbindungen sind Partnerschaften, deren beide Enden auf verschiedenen Seiten einer Teilung liegen; Orte ohne Seite (bei der innerdeutschen Teilung das Ausland, bei der europäischen neutrale und außereuropäische Staaten, außerdem Berlin als Ganzes) werden nicht mitgezählt.',
  'eastwest.germany': 'In Deutschland: die frühere innerdeutsche Grenze',
  'eastwest.germanyEast': 'ehemalige DDR (Ost-Berlin über seine Bezirke eingeschlossen)',
  'eastwest.germanyWest': 'alte Bundesrepublik',
  'eastwest.europe': 'In Europa: der ehemalige Ostblock und der Westen',
  'eastwest.europeEast': 'ehemaliger Ostblock',
  'eastwest.europeWest': 'Westen (Mitglieder von NATO oder EG vor 1990)',
  'eastwest.sides':
    'Osten: {east}, {eastPlaces} Orte; Westen: {west}, {westPlaces} Orte. Von den {sided} Partnerschaften mit einer Seite an beiden Enden überqueren {cross} die Teilung ({share}); E-I-Index {ei} (−1: alle Verbindungen innerhalb einer Seite, +1: alle über die Teilung hinweg).',
  'eastwest.baseline':
    '<strong>Zufallsvergleich.</strong> Über {samples} gradtreue Umverdrahtungen (Startwert {seed}): im Mittel {mean} Ost-West-Verbindungen, Standardabweichung {sd}; beobachtet {observed}, z = {z}. {verdict}',
  'eastwest.baselineNone': 'Der Zufallsvergleich streut nicht (kein Tausch möglich), daher gibt es keinen z-Wert.',
  'eastwest.baselineAbout':
    'Das Netz hat etwa so viele Ost-West-Verbindungen, wie eine zufällige Umverdrahtung ergäbe, die jedem Ort seine Zahl an Partnern lässt.',
  'eastwest.baselineFewer':
    'Das Netz hat weniger Ost-West-Verbindungen, als eine zufällige Umverdrahtung ergäbe, die jedem Ort seine Zahl an Partnern lässt (|z| ≥ 2).',
  'eastwest.baselineFewerBeyond':
    'Das Netz hat weniger Ost-West-Verbindungen, als eine zufällige Umverdrahtung ergäbe, die jedem Ort seine Zahl an Partnern lässt (|z| ≥ 2, weit jenseits des Zufalls).',
  'eastwest.baselineMore':
    'Das Netz hat mehr Ost-West-Verbindungen, als eine zufällige Umverdrahtung ergäbe, die jedem Ort seine Zahl an Partnern lässt (|z| ≥ 2).',
  'eastwest.baselineMoreBeyond':
    'Das Netz hat mehr Ost-West-Verbindungen, als eine zufällige Umverdrahtung ergäbe, die jedem Ort seine Zahl an Partnern lässt (|z| ≥ 2, weit jenseits des Zufalls).',
  'eastwest.chartTitle': 'Ost-West-Verbindungen nach Gründungsjahr: {level}',
  'eastwest.chartCaption': 'Partnerschaften nach Gründungsjahr, beide Enden mit einer Seite (undatierte werden nicht gezeigt).',
  'eastwest.noTimeline':
    'Keine Partnerschaft hat hier zugleich ein Gründungsjahr und an beiden Enden eine Seite; es gibt also keinen zeitlichen Verlauf zu zeichnen.',
  'eastwest.perState': 'Je Bundesland',
  'eastwest.perCountry': 'Je Staat',
  'eastwest.state': 'Bundesland',
  'eastwest.country': 'Staat',
  'eastwest.noRegion': 'Keine Region hat eine Partnerschaft mit einer Seite an beiden Enden.',
  'eastwest.partnerships': 'Partner&shy;schaften',
  'eastwest.crossTies': 'Ost-West-Verbindungen',
  'eastwest.share': 'Anteil',
  'eastwest.brokers': 'Vermittler',
  'eastwest.noBrokers': 'Kein Ort liegt auf einem kürzesten Weg zwischen den Seiten.',
  'eastwest.town': 'Ort',
  'eastwest.brokerage': 'Vermittlung',
  'eastwest.brokersNote': 'Anteil der Ost-West-Paare von Orten, deren kürzeste Wege durch den Ort führen.',

  'yearChart.none': 'Keine Partnerschaft mit Gründungsjahr und einer Seite an beiden Enden: nichts darzustellen.',
  'yearChart.description':
    'Gründungsjahre {first} bis {last}; die meisten Ost-West-Verbindungen {peakYear} ({peak}); kumulierter Anteil am Ende {share}.',
  'yearChart.founded': 'gegründete Partnerschaften',
  'yearChart.cumulative': 'kumulierter Ost-West-Anteil',
  'yearChart.sided': 'in dem Jahr gegründet, beide Enden mit einer Seite',
  'yearChart.cross': 'davon Ost-West-Verbindungen',
  'yearChart.share': 'kumulierter Anteil der Ost-West-Verbindungen (rechte Achse)',

  'network.title': 'Das Netz',
  'network.drawn': '{drawn} Orte an ihren Koordinaten gezeichnet, {edges} Partnerschaften als Großkreisbögen.',
  'network.drawnUnlocated':
    '{drawn} Orte an ihren Koordinaten gezeichnet, {edges} Partnerschaften als Großkreisbögen; {unlocated} Orte ohne Koordinaten (und ihre Verbindungen) sind nicht gezeichnet.',
  'network.dots': 'Die Punkte wachsen mit der Zahl der Partnerschaften; die etwa zehn am besten vernetzten Orte sind beschriftet.',
  'network.world': 'Das Netz der Partnerschaften: die Welt',
  'network.europe': 'Das Netz der Partnerschaften: Europa',
  'network.worldCaption': 'Die Welt (Natural-Earth-Projektion): {share} der gezeichneten Partnerschaften reichen über Europa hinaus.',
  'network.worldOmitted':
    'Keine Weltkarte: nur {share} der gezeichneten Partnerschaften reichen über Europa hinaus (die Weltkarte erscheint ab {threshold}); die Europakarte zeigt sie alle.',
  'network.europeCaption': 'Europa (flächentreue Azimutalprojektion nach Lambert, Mittelpunkt 10° O, 52° N).',
  'network.west': 'Westen',
  'network.east': 'Osten (ehemalige DDR, Ostblock)',
  'network.other': 'neutral oder außereuropäisch',
  'network.berlin': 'Berlin',
  'network.unknown': 'unbekannt',
  'network.crossTie': 'Verbindung über die Ost-West-Teilung',
  'network.otherTie': 'andere Verbindung',
} as const satisfies Translation<typeof enEastWest>;
