/**
 * A sortable table of plain rows (the regions, the east-west figures per region): the columns are
 * the scalar fields of the rows, known ones first and translated. Sorting is by a
 * header button (aria-sort says the order); a row may be marked and may be clickable.
 */
import { h } from './dom.ts';
import { formatMetric, isMessageKey, type Translate } from './i18n/index.ts';
import type { Lang } from './state.ts';

/** A row: a plain object whose scalar fields are the columns. */
export type Row = Record<string, unknown>;

export interface TableOptions {
  caption: string;
  rows: Row[];
  lang: Lang;
  t: Translate;
  /** Columns shown first, in this order, when present. */
  preferred?: string[];
  /** Columns never shown. */
  hidden?: string[];
  marked?: (row: Row) => boolean;
  onRowClick?: (row: Row) => void;
  /** Turns a cell into something else than its text (e.g. a country code into its name). */
  format?: (column: string, value: unknown, row: Row) => string | null;
  initialSort?: { column: string; descending: boolean };
  /** What a column means: shown as the header's tooltip (an <abbr title>). */
  describe?: (column: string) => string | null;
  /** Hears the columns and the rows in the order shown, after every sort (e.g. for a CSV of the table as shown). */
  onShown?: (columns: string[], rows: Row[]) => void;
}

function scalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function columnsOf(rows: Row[], preferred: string[] = [], hidden: string[] = []): string[] {
  // columns with a value in some row (a column that is null everywhere says nothing)
  const seen = new Set<string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (scalar(v)) seen.add(k);
  const skip = new Set(hidden);
  return [...preferred.filter((c) => seen.has(c)), ...[...seen].filter((c) => !preferred.includes(c))].filter((c) => !skip.has(c));
}

export function sortableTable(options: TableOptions): HTMLElement {
  const { rows, lang, t } = options;
  const columns = columnsOf(rows, options.preferred, options.hidden);
  let sort = options.initialSort ?? null;
  const wrapper = h('div', { class: 'table-wrap' });

  const cell = (column: string, row: Row): string => {
    const value = row[column];
    const custom = options.format?.(column, value, row);
    if (custom !== null && custom !== undefined) return custom;
    if (typeof value === 'number') return formatMetric(lang, value);
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    return value === null || value === undefined ? '' : String(value);
  };

  const header = (column: string) => {
    const key = `column.${column}`;
    const label = isMessageKey(key) ? t(key) : column;
    const help = options.describe?.(column);
    return help ? h('abbr', { title: help }, label) : label;
  };

  const render = () => {
    const sorted = [...rows];
    if (sort) {
      const { column, descending } = sort;
      sorted.sort((a, b) => {
        const x = a[column];
        const y = b[column];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''), lang);
        return descending ? -order : order;
      });
    }
    options.onShown?.(columns, sorted);
    wrapper.replaceChildren(
      h(
        'table',
        {},
        h('caption', {}, options.caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            options.marked ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('table.flag'))) : null,
            columns.map((column) =>
              h(
                'th',
                { scope: 'col', 'aria-sort': sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none' },
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      sort = { column, descending: sort?.column === column ? !sort.descending : typeof rows[0]?.[column] === 'number' };
                      render();
                      wrapper
                        .querySelector<HTMLButtonElement>(`th[aria-sort="${sort.descending ? 'descending' : 'ascending'}"] button`)
                        ?.focus();
                    },
                  },
                  header(column),
                  sort?.column === column ? (sort.descending ? ' ▼' : ' ▲') : '',
                ),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          sorted.map((row) => {
            const marked = options.marked?.(row) ?? false;
            const click = options.onRowClick;
            return h(
              'tr',
              { class: marked ? 'marked' : undefined },
              options.marked
                ? h('td', { class: 'flag' }, marked ? h('span', { title: t('table.flagged'), 'aria-label': t('table.flagged') }, '⚑') : '')
                : null,
              columns.map((column, i) =>
                h(
                  'td',
                  { class: typeof row[column] === 'number' ? 'num' : undefined },
                  i === 0 && click
                    ? h('button', { type: 'button', class: 'link', onclick: () => click(row) }, cell(column, row))
                    : cell(column, row),
                ),
              ),
            );
          }),
        ),
      ),
    );
  };
  render();
  return wrapper;
}
