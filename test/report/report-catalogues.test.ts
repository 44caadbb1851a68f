/**
 * The report's words in two languages (server/report/i18n/, and the filters' and credits'
 * descriptions of server/export/export-words.ts): the German catalogues have exactly the English
 * keys and placeholders (TypeScript checks it too), translate every text but a short list of
 * names, abbreviations and code, and hold well-formed markup; numbers and dates take the
 * language's formats; the exports' English descriptions are unchanged.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../contract/filters.ts';
import { creditText, creditsFor } from '../../server/export/credits.ts';
import { describeFilters } from '../../server/export/export-graph.ts';
import { EXPORT_WORDS } from '../../server/export/export-words.ts';
import { placeholdersOf } from '../../server/i18n/messages.ts';
import { formatsFor } from '../../server/report/html.ts';
import { CATALOGUES, localeFor, markupText } from '../../server/report/i18n/locale.ts';

/** Texts that read the same in both languages: proper names, abbreviations, code. */
const SAME_IN_GERMAN = new Set([
  'rankings.pagerank', // PageRank
  'definition.pagerank',
  'network.berlin', // Berlin
  'distance.median.head', // Median
  'methods.software', // Software
]);

const PAIRS = [
  { name: 'report', en: CATALOGUES.en, de: CATALOGUES.de },
  { name: 'export words', en: EXPORT_WORDS.en, de: EXPORT_WORDS.de },
] as const;

/** Markup a template may hold: a few inline elements and the entities escaping writes. */
const ALLOWED_TAGS = /^<\/?(strong|code|sub)>$/;
const ALLOWED_ENTITY = /^&(amp|lt|gt|quot|#39|shy);$/;

describe('the report’s catalogues', () => {
  for (const { name, en, de } of PAIRS) {
    it(`${name}: German has exactly the English keys and, key by key, the same placeholders`, () => {
      expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
      for (const [key, template] of Object.entries(en))
        expect([key, placeholdersOf(de[key as keyof typeof de])]).toEqual([key, placeholdersOf(template)]);
    });

    it(`${name}: every German text differs from the English one, but for names and code`, () => {
      const same = Object.keys(en).filter((key) => de[key as keyof typeof de] === en[key as keyof typeof en]);
      expect(same.filter((key) => !SAME_IN_GERMAN.has(key))).toEqual([]);
      // the list holds no key that has since been translated
      expect(same.sort()).toEqual([...SAME_IN_GERMAN].filter((key) => key in en).sort());
    });
  }

  it('holds well-formed markup: a few inline elements, entities escaped', () => {
    for (const lang of ['en', 'de'] as const)
      for (const [key, template] of Object.entries(CATALOGUES[lang])) {
        for (const tag of template.match(/<[^>]*>/g) ?? [])
          expect([lang, key, tag]).toEqual([lang, key, expect.stringMatching(ALLOWED_TAGS)]);
        for (const amp of template.match(/&[^\s;]*;?/g) ?? [])
          expect([lang, key, amp]).toEqual([lang, key, expect.stringMatching(ALLOWED_ENTITY)]);
        const opened = (template.match(/<(strong|code|sub)>/g) ?? []).length;
        expect([lang, key, (template.match(/<\/(strong|code|sub)>/g) ?? []).length]).toEqual([lang, key, opened]);
      }
  });

  it('fills placeholders with escaped text or markup, and says a message as plain text', () => {
    const { t, text } = localeFor('de');
    expect(t('summary.filters', { filters: 'a <b> & c' }).value).toBe('Filter: a &lt;b&gt; &amp; c.');
    expect(text('regions.partnerships')).toBe('Partnerschaften');
    expect(markupText('Wikipedia&#39;s &quot;List&quot; <code>x &amp; y</code>')).toBe('Wikipedia\'s "List" x & y');
    expect(localeFor('en').plural(1)).toBe('one');
    expect(localeFor('de').plural(2)).toBe('other');
  });
});

describe('numbers and dates in the report’s language', () => {
  const en = formatsFor('en-GB');
  const de = formatsFor('de-DE');

  it('writes 1.234,5 and 12,5 % in German, 1,234.5 and 12.5 % in English', () => {
    expect([de.int(1234), de.fixed(1234.5, 1), de.pct(0.125), de.decimal(0.85), de.km(1234), de.fixed(0.0000123, 3)]).toEqual([
      '1.234',
      '1.234,5',
      '12,5 %',
      '0,85',
      '1.234 km',
      '1,23E-5',
    ]);
    expect([en.int(1234), en.fixed(1234.5, 1), en.pct(0.125), en.decimal(0.85), en.km(1234)]).toEqual([
      '1,234',
      '1,234.5',
      '12.5 %',
      '0.85',
      '1,234 km',
    ]);
    expect([de.int(null), de.fixed(Number.NaN), en.pct(undefined)]).toEqual(['–', '–', '–']);
  });

  it('writes 4. Dezember 2026 in German and 4 December 2026 in English, in UTC', () => {
    expect(de.date('2026-12-04T10:11:12Z')).toBe('4. Dezember 2026, 10:11 UTC');
    expect(en.date('2026-12-04T23:59:00.000Z')).toBe('4 December 2026, 23:59 UTC');
    expect(en.date('not a date')).toBe('not a date');
  });
});

describe('the filters’ and credits’ descriptions', () => {
  const filters = {
    ...NO_FILTERS,
    types: ['partnership', 'friendship'] as const,
    from: 1950,
    to: 1990,
    includeUndated: true,
    countries: ['DE', 'FR'],
    blocs: ['east' as const],
    minDegree: 2,
  };

  it('keeps the English the exports write, and says it in German for the German report', () => {
    expect(describeFilters(filters)).toBe(
      'types partnership, friendship; founded 1950–1990 (and undated); countries DE, FR; blocs east; at least 2 partnerships',
    );
    expect(describeFilters(filters, 'de')).toBe(
      'Arten Partnerschaft, Freundschaft; gegründet 1950–1990 (und undatierte); Staaten DE, FR; Blöcke Ost; mindestens 2 Partnerschaften',
    );
    expect(describeFilters(NO_FILTERS)).toBe('none (the whole dataset)');
    expect(describeFilters({ ...NO_FILTERS, to: 1990 }, 'de')).toBe('gegründet …–1990');
  });

  it('credits the data in English in the exports and in German for the German report', () => {
    const graph = new UndirectedGraph();
    graph.addNode('de-1', { country: 'DE', sources: ['https://de.wikipedia.org/wiki/A', 'https://de.wikipedia.org/wiki/B'] });
    graph.addNode('fr-1', { country: 'FR', sources: ['upload-1'] });
    graph.addEdge('de-1', 'fr-1', { sources: ['upload-1', 'mystery'] });
    const credits = creditsFor(
      graph,
      [{ id: 'upload-1', props: { file: 'list.csv', licence: 'CC BY 4.0', attribution: 'A. Author' } }],
      'Jumelage 1',
    );
    expect(credits.text).toBe(creditText(credits, 'Jumelage 1', 'en'));
    expect(credits.text).toMatch(
      /^Data: A\. Author, file list\.csv; licence: CC BY 4\.0\. Facts compiled by the Jumelage project, released under CC0 1\.0, each citing a public source: de\.wikipedia\.org \(2 pages, CC BY-SA 4\.0, Wikipedia contributors\)\. /,
    );
    const german = creditText(credits, 'Jumelage 1', 'de');
    expect(german).toMatch(
      /^Daten: A\. Author, Datei list\.csv; Lizenz: CC BY 4\.0\. Vom Jumelage-Projekt zusammengetragene Angaben, veröffentlicht unter CC0 1\.0, jede mit einer öffentlichen Quelle: de\.wikipedia\.org \(2 Seiten, CC BY-SA 4\.0, Wikipedia contributors\)\. /,
    );
    expect(german).toContain('Weitere genannte Quellen: mystery.');
    expect(german).toMatch(/ Analysen: Jumelage 1\.$/);
  });
});
