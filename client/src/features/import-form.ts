/**
 * The import dialog's controls and their layout (import-dialog.ts holds the behaviour). The
 * controls are made once and kept across renders, so that a change of language keeps what was
 * typed or chosen (a file input cannot be given its file back) and where the focus is; only the
 * texts around them are made again. Every control has a label; help texts are tied to their
 * control with aria-describedby.
 */
import { h } from '../dom.ts';
import type { Translate } from '../i18n/index.ts';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.gexf,.graphml,.xml';

export interface ImportControls {
  dialog: HTMLDialogElement;
  /** The button in the controls that opens the dialog. */
  opener: HTMLButtonElement;
  token: HTMLInputElement;
  file: HTMLInputElement;
  auto: HTMLInputElement;
  table: HTMLInputElement;
  types: HTMLInputElement;
  countryA: HTMLInputElement;
  replace: HTMLInputElement;
  preview: HTMLButtonElement;
  run: HTMLButtonElement;
  status: HTMLParagraphElement;
  mappingBox: HTMLDivElement;
  resultBox: HTMLDivElement;
}

export function createControls(): ImportControls {
  const input = (attrs: Record<string, string>) => h('input', { autocomplete: 'off', ...attrs });
  const auto = input({ type: 'radio', name: 'import-format', id: 'import-format-auto', value: 'auto' });
  auto.checked = true;
  return {
    dialog: h('dialog', { id: 'import-dialog', 'aria-labelledby': 'import-title' }),
    opener: h('button', { type: 'button', id: 'import-open', 'aria-haspopup': 'dialog' }),
    token: input({ type: 'password', id: 'import-token', 'aria-describedby': 'import-token-help', spellcheck: 'false' }),
    file: input({ type: 'file', id: 'import-file', accept: ACCEPT, 'aria-describedby': 'import-file-help' }),
    auto,
    table: input({ type: 'radio', name: 'import-format', id: 'import-format-table', value: 'table' }),
    types: input({
      type: 'text',
      id: 'import-types',
      placeholder: 'P=partnership, F=friendship, K=contact',
      'aria-describedby': 'import-types-help import-types-seen',
    }),
    countryA: input({ type: 'text', id: 'import-country-a', placeholder: 'DE', 'aria-describedby': 'import-country-help' }),
    replace: input({ type: 'checkbox', id: 'import-replace', 'aria-describedby': 'import-replace-warning' }),
    preview: h('button', { type: 'button', id: 'import-preview' }),
    run: h('button', { type: 'button', id: 'import-run', class: 'primary' }),
    status: h('p', { id: 'import-status', role: 'status', 'aria-live': 'polite' }),
    mappingBox: h('div', { id: 'import-mapping-box' }),
    resultBox: h('div', { id: 'import-result' }),
  };
}

function field(control: HTMLInputElement, label: string, help: string) {
  return h(
    'div',
    { class: 'import-field' },
    h('label', { for: control.id }, label),
    control,
    h('p', { class: 'note', id: control.getAttribute('aria-describedby') ?? undefined }, help),
  );
}

/** The dialog's content in the current language, around the kept controls. */
export function formView(t: Translate, c: ImportControls): HTMLElement[] {
  c.opener.textContent = t('import.open');
  c.preview.textContent = t('import.preview');
  c.run.textContent = t('import.run');
  const close = t('import.close');
  return [
    h(
      'div',
      { class: 'import-head' },
      h('h2', { id: 'import-title' }, t('import.title')),
      h('button', { type: 'button', class: 'import-close', 'aria-label': close, title: close, onclick: () => c.dialog.close() }, '×'),
    ),
    h(
      'div',
      { class: 'import-body' },
      field(c.token, t('import.token'), t('import.tokenHelp')),
      field(c.file, t('import.file'), t('import.fileHelp')),
      h(
        'fieldset',
        { class: 'import-format' },
        h('legend', {}, t('import.format')),
        h('label', {}, c.auto, t('import.format.auto')),
        h('label', {}, c.table, t('import.format.table')),
      ),
      c.mappingBox,
      h(
        'div',
        { class: 'import-replace' },
        h('label', {}, c.replace, t('import.replace')),
        h('p', { class: 'import-warning', id: 'import-replace-warning' }, t('import.replaceWarning')),
      ),
      h('div', { class: 'import-actions' }, c.preview, c.run),
      h('p', { class: 'note' }, t('import.runHelp')),
      c.status,
      c.resultBox,
    ),
  ];
}
