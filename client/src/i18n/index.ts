/**
 * German and English. English is the reference catalogue: the German one must have every key
 * (checked by the type system). Messages take `{name}` placeholders.
 */
import type { Lang } from '../state.ts';
import { de } from './de.ts';
import { en } from './en.ts';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGS: Record<Lang, Messages> = { en, de };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** German when the browser prefers German, English otherwise. */
export function browserLang(): Lang {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatShare(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A compact decimal for metric values (0.0123, 12.5, 1,234). */
/** A metric as the page shows it; an undefined one (null from the API, NaN) as a dash. */
export function formatMetric(lang: Lang, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    abs !== 0 && abs < 1e-4
      ? { notation: 'scientific', maximumSignificantDigits: 3 }
      : abs !== 0 && abs < 0.01
        ? { maximumSignificantDigits: 3 }
        : { maximumFractionDigits: abs < 10 ? 3 : 1 };
  return new Intl.NumberFormat(lang, options).format(value);
}

const regionNames = new Map<Lang, Intl.DisplayNames | null>();
/** The country's name in the language (Intl.DisplayNames), or its code. */
export function countryName(lang: Lang, code: string | undefined | null): string {
  if (!code) return '';
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
