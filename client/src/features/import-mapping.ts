/**
 * The import dialog's column mapping (import-dialog.ts): one row per field of TABLE_FIELDS with a
 * select of the file's columns (or none), pre-filled from the server's guess, and the values the
 * chosen column holds in the first rows, so that the user sees what a column is before choosing
 * it. The mapping becomes the `columns` parameter of POST /api/imports (`field=column,…`); a
 * column whose name has a comma cannot be written there and is offered disabled.
 */
import type { TableColumns, TableField } from '../../../contract/api/imports.ts';
import { PARTNERSHIP_TYPES, TABLE_FIELDS } from '../../../contract/vocabularies.ts';
import { h } from '../dom.ts';
import type { Translate } from '../i18n/index.ts';
import { fieldLabel } from './import-preview.ts';

export type Mapping = Partial<Record<TableField, string>>;

const REQUIRED: ReadonlySet<TableField> = new Set(['nameA', 'nameB']);

/** The distinct non-empty values of a column in the first rows. */
export function samplesOf(columns: TableColumns, column: string | undefined): string[] {
  if (column === undefined) return [];
  return [...new Set(columns.samples.map((s) => (s.values[column] ?? '').trim()).filter((v) => v !== ''))];
}

/** The `columns` parameter: `field=column` pairs in the order of TABLE_FIELDS. */
export function columnsParam(mapping: Mapping): string {
  return TABLE_FIELDS.filter((f) => mapping[f] !== undefined)
    .map((f) => `${f}=${mapping[f]}`)
    .join(',');
}

/** The mapping table, the types and side A's country; `onChange` after each choice. */
export function mappingView(
  t: Translate,
  columns: TableColumns,
  mapping: Mapping,
  inputs: { types: HTMLInputElement; countryA: HTMLInputElement },
  onChange: () => void,
): HTMLElement {
  const where =
    columns.sheet !== null
      ? t('import.mapping.sheet', { sheet: columns.sheet })
      : t('import.mapping.delimiter', { delimiter: columns.delimiter === '\t' ? 'Tab' : (columns.delimiter ?? ',') });
  const typesSeen = h('p', { class: 'note', id: 'import-types-seen' });
  const showTypesSeen = () => {
    const values = samplesOf(columns, mapping.type);
    typesSeen.textContent = values.length > 0 ? t('import.typesSeen', { values: values.join(', ') }) : '';
  };
  const row = (field: TableField) => {
    const id = `import-column-${field}`;
    const shown = h('td', { class: 'import-sample', 'data-field': field });
    const showSamples = () => {
      const values = samplesOf(columns, mapping[field]);
      shown.textContent = values.join(' · ');
      shown.title = values.join('\n');
    };
    const select = h(
      'select',
      {
        id,
        'data-field': field,
        onchange: (e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          if (value === '') delete mapping[field];
          else mapping[field] = value;
          showSamples();
          if (field === 'type') showTypesSeen();
          onChange();
        },
      },
      h('option', { value: '', selected: mapping[field] === undefined }, t('import.mapping.none')),
      columns.header.map((c) =>
        h(
          'option',
          {
            value: c,
            selected: mapping[field] === c,
            disabled: c.includes(','),
            title: c.includes(',') ? t('import.mapping.comma') : undefined,
          },
          c,
        ),
      ),
    );
    showSamples();
    return h(
      'tr',
      { class: REQUIRED.has(field) ? 'required' : undefined },
      h('th', { scope: 'row' }, h('label', { for: id }, fieldLabel(t, field), REQUIRED.has(field) ? ` ${t('import.required')}` : '')),
      h('td', {}, select),
      shown,
    );
  };
  showTypesSeen();
  return h(
    'section',
    { id: 'import-mapping', 'aria-labelledby': 'import-mapping-heading' },
    h('h3', { id: 'import-mapping-heading' }, t('import.mapping')),
    h('p', { class: 'note' }, t('import.mapping.read', { rows: columns.rows, where }), ' ', t('import.mapping.help')),
    h(
      'table',
      { class: 'import-mapping' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('import.mapping.field')),
          h('th', { scope: 'col' }, t('import.mapping.column')),
          h('th', { scope: 'col' }, t('import.mapping.samples')),
        ),
      ),
      h('tbody', {}, TABLE_FIELDS.map(row)),
    ),
    h(
      'div',
      { class: 'import-field' },
      h('label', { for: inputs.types.id }, t('import.types')),
      inputs.types,
      h('p', { class: 'note', id: 'import-types-help' }, t('import.typesHelp', { types: PARTNERSHIP_TYPES.join(', ') })),
      typesSeen,
    ),
    h(
      'div',
      { class: 'import-field' },
      h('label', { for: inputs.countryA.id }, t('import.countryA')),
      inputs.countryA,
      h('p', { class: 'note', id: 'import-country-help' }, t('import.countryAHelp')),
    ),
  );
}
