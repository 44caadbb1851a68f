/**
 * The words of the texts the exports and the report share: the description of the filters and
 * the credits of the data. English, the exports' language, is the reference; German is the German
 * report's. Catalogues as server/i18n/messages.ts describes them (plain text, no markup).
 */
import type { Language } from '../../contract/languages.ts';
import type { Bloc, PartnershipType } from '../../contract/vocabularies.ts';
import { GERMAN_TYPE_NAMES, typeMessages } from '../../contract/type-names.ts';
import { fill, type ArgsOf, type PlaceholderMismatch, type Translation } from '../i18n/messages.ts';

const en = {
  'filters.types': 'types {types}',
  'filters.years': 'founded {from}–{to}',
  'filters.yearsAndUndated': 'founded {from}–{to} (and undated)',
  'filters.countries': 'countries {countries}',
  'filters.blocs': 'blocs {blocs}',
  'filters.minDegree': 'at least {n} partnerships',
  'filters.none': 'none (the whole dataset)',
  // the codes themselves in English, as the exports have always written them
  'type.partnership': 'partnership',
  'type.friendship': 'friendship',
  'type.contact': 'contact',
  'type.development': 'development',
  'type.climate': 'climate',
  'type.sponsorship': 'sponsorship',
  'bloc.east': 'east',
  'bloc.west': 'west',
  'bloc.other': 'other',

  'credits.text': 'Data: {parts} Analyses: {generator}.',
  'credits.file': 'file {file}',
  'credits.dataset': '{dataset}; licence: {licence}.',
  'credits.notStated': 'not stated at import',
  'credits.pages.one': '{n} page',
  'credits.pages.other': '{n} pages',
  'credits.moreSites': 'and {n} more sites',
  'credits.project':
    'Facts compiled by the Jumelage project, released under {licence}, each citing a public source: {sites}. The cited pages keep their own licences.',
  'credits.boundary': 'East/West by coordinates: the former GDR boundary derived from BKG VG250 ({attribution}; licence: {licence}).',
  'credits.other': 'Other sources named: {sources}.',
  'credits.otherAndMore': 'Other sources named: {sources} and {n} more.',
  'credits.empty': 'The view holds no places or partnerships.',
} as const;

const de = {
  'filters.types': 'Arten {types}',
  'filters.years': 'gegründet {from}–{to}',
  'filters.yearsAndUndated': 'gegründet {from}–{to} (und undatierte)',
  'filters.countries': 'Staaten {countries}',
  'filters.blocs': 'Blöcke {blocs}',
  'filters.minDegree': 'mindestens {n} Partnerschaften',
  'filters.none': 'keine (der ganze Datenbestand)',
  ...typeMessages(GERMAN_TYPE_NAMES),
  'bloc.east': 'Ost',
  'bloc.west': 'West',
  'bloc.other': 'Sonstige',

  'credits.text': 'Daten: {parts} Analysen: {generator}.',
  'credits.file': 'Datei {file}',
  'credits.dataset': '{dataset}; Lizenz: {licence}.',
  'credits.notStated': 'beim Import nicht angegeben',
  'credits.pages.one': '{n} Seite',
  'credits.pages.other': '{n} Seiten',
  'credits.moreSites': 'und {n} weitere Websites',
  'credits.project':
    'Vom Jumelage-Projekt zusammengetragene Angaben, veröffentlicht unter {licence}, jede mit einer öffentlichen Quelle: {sites}. Die zitierten Seiten behalten ihre eigenen Lizenzen.',
  'credits.boundary': 'Ost/West nach Koordinaten: die frühere Grenze der DDR, abgeleitet aus BKG VG250 ({attribution}; Lizenz: {licence}).',
  'credits.other': 'Weitere genannte Quellen: {sources}.',
  'credits.otherAndMore': 'Weitere genannte Quellen: {sources} und {n} weitere.',
  'credits.empty': 'Die Ansicht enthält weder Orte noch Partnerschaften.',
} as const satisfies Translation<typeof en>;

/** The catalogues, for the tests. */
export const EXPORT_WORDS = { en, de } as const;

export type ExportWordKey = keyof typeof en;

/** Compile-time check: every German template has the placeholders of its English one. */
export const EXPORT_PLACEHOLDERS_AGREE: Record<PlaceholderMismatch<typeof en, typeof de>, never> = {};

/** A text in `lang`, its placeholders filled with the values given (plain text). */
export function exportText<K extends ExportWordKey>(lang: Language, key: K, ...args: ArgsOf<(typeof en)[K], string | number>): string {
  const [params = {}] = args as [Record<string, string | number>?];
  return fill(EXPORT_WORDS[lang][key], params, String);
}

/** A partnership type's name in `lang` (its code in English). */
export function typeName(type: PartnershipType, lang: Language): string {
  return EXPORT_WORDS[lang][`type.${type}`];
}

export function blocName(bloc: Bloc, lang: Language): string {
  return EXPORT_WORDS[lang][`bloc.${bloc}`];
}
