/**
 * What the import dialog shows of the server's answers (import-dialog.ts): a dry run's summary
 * (rows, places, partnerships by type, dated, dropped per reason, the first warnings with their
 * lines, how a table's columns were read and its first rows), what an import wrote, and a
 * refusal with each error's line. Every figure carries its raw value in `data-value`, so that a
 * test compares it with the API's answer.
 */
import type { ImportSummary, TableField, WriteSummary } from '../../../contract/api/imports.ts';
import { h } from '../dom.ts';
import { countryName, formatNumber, isMessageKey, type MessageKey, type Translate } from '../i18n/index.ts';
import type { Lang } from '../state.ts';
import { ImportRequestError } from './import-request.ts';

/** How many warnings the preview lists (all are counted). */
const LISTED_WARNINGS = 10;
const LISTED_COUNTRIES = 8;

/** A message of the catalogue by a code from the server, or the code itself when there is none. */
function byCode(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function fieldLabel(t: Translate, field: TableField): string {
  return t(`import.field.${field}` as MessageKey);
}

function figure(lang: Lang, id: string, label: string, value: number) {
  return h('div', {}, h('dt', {}, label), h('dd', { 'data-figure': id, 'data-value': value }, formatNumber(lang, value)));
}

function where(line: number | null, column: string | null, t: Translate): string {
  return [line !== null ? `${t('import.summary.line')} ${line}` : null, column].filter(Boolean).join(', ');
}

function tableReading(t: Translate, lang: Lang, summary: ImportSummary): HTMLElement | null {
  const table = summary.table;
  if (!table) return null;
  const fields = table.columns.map((c) => c.field);
  return h(
    'section',
    { class: 'import-reading' },
    h('h4', {}, t('import.summary.table')),
    h(
      'ul',
      {},
      table.columns.map((c) =>
        h(
          'li',
          { 'data-field': c.field },
          h('strong', {}, fieldLabel(t, c.field)),
          ` ← ${c.column}: `,
          t('import.summary.filled', { filled: c.filled, rows: summary.rows }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'import-scroll' },
      h(
        'table',
        { class: 'import-samples' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('import.summary.line')),
            fields.map((f) => h('th', { scope: 'col' }, fieldLabel(t, f))),
          ),
        ),
        h(
          'tbody',
          {},
          table.samples.map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, formatNumber(lang, s.line)),
              fields.map((f) => h('td', {}, s.values[f] ?? '')),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A dry run's summary. */
export function summaryView(t: Translate, lang: Lang, summary: ImportSummary): HTMLElement {
  const dropped = Object.entries(summary.dropped).filter(([, n]) => n > 0);
  const warningTotal = Object.values(summary.warningCounts).reduce((a, b) => a + b, 0);
  const countries = Object.entries(summary.countries).slice(0, LISTED_COUNTRIES);
  return h(
    'section',
    { id: 'import-summary', 'aria-labelledby': 'import-summary-heading' },
    h('h3', { id: 'import-summary-heading' }, t('import.summary.heading')),
    summary.replace ? h('p', { class: 'import-warning' }, t('import.summary.replace')) : null,
    h(
      'dl',
      { class: 'import-figures' },
      figure(lang, 'rows', t('import.summary.rows'), summary.rows),
      figure(lang, 'places', t('import.summary.places'), summary.places),
      figure(lang, 'nodes', t('import.summary.nodes'), summary.nodes),
      figure(lang, 'matchedExisting', t('import.summary.existing'), summary.matchedExisting),
      figure(lang, 'partnerships', t('import.summary.partnerships'), summary.partnerships),
      figure(lang, 'dated', t('import.summary.dated'), summary.dated),
      figure(lang, 'merged', t('import.summary.merged'), summary.merged.partnerships),
      figure(lang, 'unknownCountryEnds', t('import.summary.unknownCountry'), summary.unknownCountryEnds),
    ),
    h('h4', {}, t('import.summary.byType')),
    h(
      'ul',
      { class: 'import-types' },
      Object.entries(summary.types).map(([type, n]) =>
        h('li', { 'data-type': type, 'data-value': n }, `${byCode(t, 'type.', type)}: ${formatNumber(lang, n)}`),
      ),
    ),
    h('h4', {}, t('import.summary.dropped')),
    dropped.length === 0
      ? h('p', { class: 'note' }, t('import.summary.noneDropped'))
      : h(
          'ul',
          { class: 'import-dropped' },
          dropped.map(([reason, n]) =>
            h('li', { 'data-reason': reason, 'data-value': n }, `${byCode(t, 'import.dropped.', reason)}: ${formatNumber(lang, n)}`),
          ),
        ),
    countries.length > 0 ? h('h4', {}, t('import.summary.countries')) : null,
    countries.length > 0
      ? h(
          'p',
          { class: 'import-countries' },
          countries.map(([code, n]) => `${countryName(lang, code)} ${formatNumber(lang, n)}`).join(' · '),
        )
      : null,
    summary.gazetteer
      ? h(
          'p',
          { class: 'note' },
          t('import.summary.gazetteer', { matched: summary.gazetteer.matched, places: summary.gazetteer.germanPlaces }),
        )
      : null,
    h('h4', {}, t('import.summary.warnings', { n: warningTotal })),
    warningTotal === 0
      ? h('p', { class: 'note' }, t('import.summary.noWarnings'))
      : h(
          'ul',
          { class: 'import-warnings' },
          summary.warnings
            .slice(0, LISTED_WARNINGS)
            .map((w) =>
              h(
                'li',
                { 'data-line': w.line ?? '' },
                h('strong', {}, where(w.line, w.column, t)),
                where(w.line, w.column, t) ? ': ' : '',
                w.message,
              ),
            ),
          warningTotal > LISTED_WARNINGS
            ? h('li', { class: 'note' }, t('import.summary.moreWarnings', { n: warningTotal - LISTED_WARNINGS }))
            : null,
        ),
    tableReading(t, lang, summary),
  );
}

/** What an import wrote, and the button that reloads the page on the new network. */
export function writtenView(t: Translate, write: WriteSummary, changed: boolean, onReload: () => void): HTMLElement {
  return h(
    'section',
    { id: 'import-written', 'data-version': write.version, 'aria-labelledby': 'import-written-heading' },
    h('h3', { id: 'import-written-heading' }, t('import.written.heading')),
    h(
      'ul',
      {},
      h('li', {}, t('import.written.places', { rows: write.municipalities.rows, changed: write.municipalities.changed })),
      h('li', {}, t('import.written.partnerships', { rows: write.partnerships.rows, changed: write.partnerships.changed })),
      write.networks.rows > 0
        ? h('li', {}, t('import.written.networks', { rows: write.networks.rows, memberships: write.memberships.rows }))
        : null,
      write.replaced ? h('li', {}, t('import.written.replaced')) : null,
    ),
    h('p', {}, t(changed ? 'import.written.version' : 'import.written.unchanged', { version: write.version })),
    h('button', { type: 'button', id: 'import-reload', class: 'primary', onclick: onReload }, t('import.reload')),
  );
}

/** A refusal: what went wrong, and each error the server named (a line, a column, a parameter). */
export function errorView(t: Translate, err: unknown): HTMLElement {
  const status = err instanceof ImportRequestError ? err.status : null;
  const known = status === 401 || status === 403 || status === 413 || status === 429;
  const reason =
    err instanceof ImportRequestError
      ? status === null
        ? t('import.error.unreachable')
        : known
          ? `${t(`import.error.${status}` as MessageKey)} (${err.message})`
          : err.message
      : err instanceof Error
        ? err.message
        : String(err);
  const errors = err instanceof ImportRequestError ? err.errors : [];
  return h(
    'section',
    { id: 'import-errors', role: 'alert', 'data-status': status ?? '' },
    h('p', { class: 'error' }, t('import.status.failed', { reason })),
    errors.length > 0 ? h('h4', {}, t('import.error.lines')) : null,
    errors.length > 0
      ? h(
          'ul',
          { class: 'import-error-list' },
          errors.map((e) => h('li', { 'data-field': e.field }, h('strong', {}, e.field), ': ', e.message)),
        )
      : null,
  );
}
