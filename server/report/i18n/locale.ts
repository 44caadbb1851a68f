/**
 * The report's language: its words and its formats, built once per report from `lang` and handed
 * to every section (no global setting, so that an English and a German report can be rendered at
 * the same time). The words live in catalogues, one English and one German file per group of
 * sections (en-*.ts, de-*.ts); English is the reference, and TypeScript holds the German one to
 * exactly its keys (`satisfies Translation` in each de-*.ts) and placeholders (below).
 *
 * A template is markup written here, like the literal parts of an `html` template (`&amp;`,
 * `<strong>`, `<code>`); a `{name}` in it is a value: text, escaped, or markup such as a `num()`
 * span. Numbers are never values: a section formats them first (`f.int`, `f.pct` …), so that a
 * year is never written 1.950. A new section (say, a one-page council summary) brings its own
 * pair of catalogues, spread in below.
 */
import type { Language } from '../../../contract/languages.ts';
import { fill, type ArgsOf, type PlaceholderMismatch, type Placeholders } from '../../i18n/messages.ts';
import { escapeHtml, formatsFor, SafeHtml, trusted, type Formats } from '../html.ts';
import { deCouncil } from './de-council.ts';
import { deEastWest } from './de-eastwest.ts';
import { deGrowth } from './de-growth.ts';
import { deMethods } from './de-methods.ts';
import { deRegions } from './de-regions.ts';
import { deReport } from './de-report.ts';
import { enCouncil } from './en-council.ts';
import { enEastWest } from './en-eastwest.ts';
import { enGrowth } from './en-growth.ts';
import { enMethods } from './en-methods.ts';
import { enRegions } from './en-regions.ts';
import { enReport } from './en-report.ts';

const en = { ...enReport, ...enCouncil, ...enEastWest, ...enRegions, ...enGrowth, ...enMethods } as const;
const de = { ...deReport, ...deCouncil, ...deEastWest, ...deRegions, ...deGrowth, ...deMethods } as const;

/** The catalogues, for the tests. */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, de };

export type MessageKey = keyof typeof en;
type Messages = typeof en;
/** The keys of messages without a placeholder (a heading, a label): what a table of keys holds. */
export type PlainKey = { [K in MessageKey]: [Placeholders<Messages[K]>] extends [never] ? K : never }[MessageKey];

/** Compile-time check: a German template has the placeholders of its English one (a key named here differs). */
export const PLACEHOLDERS_AGREE: Record<PlaceholderMismatch<Messages, typeof de>, never> = {};

/** A value put into a template: text (escaped) or markup. */
export type Param = string | SafeHtml;

export type Translate = <K extends MessageKey>(key: K, ...args: ArgsOf<Messages[K], Param>) => SafeHtml;
export type TranslateText = <K extends MessageKey>(key: K, ...args: ArgsOf<Messages[K], string>) => string;

export interface Locale {
  readonly lang: Language;
  /** A message as markup, for the document. */
  readonly t: Translate;
  /** A message as plain text, for what is escaped again later (SVG titles, chart labels, the PDF footer). */
  readonly text: TranslateText;
  /** `one` or `other`: which plural form of a message a count takes. */
  readonly plural: (n: number) => 'one' | 'other';
  /** Numbers and dates as the language writes them. */
  readonly f: Formats;
}

/** The locale of each language's numbers and dates (British English, as the report always was; German of Germany). */
const TAGS: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", shy: '' };

/** Markup as the text a reader sees: tags dropped, the entities the catalogues and `escapeHtml` write decoded. */
export function markupText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|shy);/g, (_m, name: string) => ENTITIES[name]!);
}

export function localeFor(lang: Language): Locale {
  const messages: Readonly<Record<MessageKey, string>> = CATALOGUES[lang];
  const rules = new Intl.PluralRules(TAGS[lang]);
  const markup = (key: MessageKey, args: readonly unknown[]): string => {
    const [params = {}] = args as [Record<string, Param>?];
    return fill(messages[key], params, (v) => (v instanceof SafeHtml ? v.value : escapeHtml(v)));
  };
  return {
    lang,
    t: (key, ...args) => trusted(markup(key, args)),
    text: (key, ...args) => markupText(markup(key, args)),
    plural: (n) => (rules.select(n) === 'one' ? 'one' : 'other'),
    f: formatsFor(TAGS[lang]),
  };
}
