/**
 * The import dialog (issue #21): upload a file, map a table's columns (import-mapping.ts), look
 * at a dry run's summary (import-preview.ts), then import with the write token. Import is enabled
 * only by a successful dry run of the same file with the same options; what it wrote is shown
 * with a button that reloads the page onto the new network. A native modal <dialog>: Escape and
 * the close button close it, and focus returns to the button that opened it.
 *
 * The token lives in this module's input element only, sent as an `Authorization: Bearer`
 * header (import-request.ts). It is never written to the address, to localStorage or
 * sessionStorage, or to a cookie: a write token that outlives the page would be found by whoever
 * uses the browser next, and an address with it would land in histories and server logs. The
 * input is `type=password` with autocomplete off, so it is not shown on a shared screen either.
 */
import type { ImportSummary, TableColumns } from '../../../contract/api/imports.ts';
import type { Feature } from '../context.ts';
import { byId, fill, h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import { columnsParam, mappingView, type Mapping } from './import-mapping.ts';
import { createControls, formView } from './import-form.ts';
import { errorView, summaryView, writtenView } from './import-preview.ts';
import { postFile } from './import-request.ts';

type Busy = 'columns' | 'preview' | 'import' | null;

export const setupImportDialog: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('import');
  const c = createControls();
  const { dialog, opener, token, file, auto, table, types, countryA, replace, status, mappingBox, resultBox } = c;
  opener.addEventListener('click', () => open());
  c.preview.addEventListener('click', () => void preview());
  c.run.addEventListener('click', () => void runImport());
  document.body.append(dialog);

  const state = {
    file: null as File | null,
    columns: null as TableColumns | null,
    mapping: {} as Mapping,
    preview: null as { key: string; summary: ImportSummary } | null,
    written: null as ImportSummary | null,
    error: null as unknown,
    busy: null as Busy,
    /** The status line's message (kept as a key, so that it follows a change of language). */
    message: null as { key: MessageKey; params?: Params } | null,
  };
  const t = ctx.t;
  const lang = () => store.get().lang;
  const ownColumns = () => table.checked;
  const fileName = () => state.file?.name ?? '';

  /** What a dry run was of: the file and every option that changes what is imported. */
  const optionsKey = () => {
    const f = state.file;
    const mapped = ownColumns() ? [columnsParam(state.mapping), types.value.trim(), countryA.value.trim()] : null;
    return JSON.stringify([f ? [f.name, f.size, f.lastModified] : null, mapped, replace.checked]);
  };

  const query = (dryRun: boolean): Record<string, string | undefined> => ({
    dryRun: String(dryRun),
    replace: String(replace.checked),
    name: fileName().replace(/[/\\]/g, '_').slice(0, 200),
    ...(ownColumns()
      ? {
          format: 'table',
          columns: columnsParam(state.mapping),
          types: types.value.trim() || undefined,
          countryA: countryA.value.trim() || undefined,
        }
      : {}),
  });

  const update = () => {
    const busy = state.busy !== null;
    const ready = state.preview !== null && state.preview.key === optionsKey();
    c.preview.disabled = busy || state.file === null;
    c.run.disabled = busy || !ready;
    dialog.setAttribute('aria-busy', String(busy));
    dialog.dataset.busy = state.busy ?? '';
    const stale = state.preview !== null && !ready && !busy;
    status.textContent = stale ? t('import.status.changed') : state.message ? t(state.message.key, state.message.params) : '';
    mappingBox.hidden = !ownColumns() || state.columns === null;
  };

  const renderMapping = () => {
    fill(mappingBox, state.columns ? mappingView(t, state.columns, state.mapping, { types, countryA }, update) : null);
  };

  const renderResult = () => {
    const reload = () => location.reload();
    const written = state.written?.write;
    fill(
      resultBox,
      state.error !== null ? errorView(t, state.error) : null,
      written
        ? writtenView(
            t,
            written,
            written.municipalities.changed + written.partnerships.changed + written.networks.changed + written.memberships.changed > 0,
            reload,
          )
        : null,
      !written && state.preview ? summaryView(t, lang(), state.preview.summary) : null,
    );
  };

  /**
   * Runs one request with the buttons disabled and the status saying what happens; `done` shows
   * its answer before the dialog is idle again. An answer for a file no longer chosen is dropped.
   */
  async function request<T>(
    busy: Exclude<Busy, null>,
    path: string,
    params: Record<string, string | undefined>,
    done: (answer: T) => void,
  ) {
    const chosen = state.file;
    if (!chosen) return finish('import.status.needFile');
    if (token.value.trim() === '') {
      token.focus();
      return finish('import.status.needToken');
    }
    state.busy = busy;
    state.error = null;
    state.message = { key: `import.status.${busy}`, params: { file: chosen.name } };
    update();
    try {
      const answer = await postFile<T>(path, params, chosen, token.value.trim());
      if (state.file === chosen) done(answer);
    } catch (err) {
      if (state.file === chosen) {
        state.error = err;
        state.message = null;
        renderResult();
      }
    } finally {
      state.busy = null;
      update();
    }
  }

  function finish(key: 'import.status.needFile' | 'import.status.needToken'): void {
    state.message = { key };
    update();
  }

  const readColumns = () =>
    request<TableColumns>('columns', ENDPOINTS.importColumns, {}, (answer) => {
      state.columns = answer;
      state.mapping = { ...answer.suggested };
      state.message = { key: 'import.status.columnsRead' };
      renderMapping();
    });

  async function preview() {
    if (ownColumns() && state.columns === null) return readColumns();
    const key = optionsKey();
    Object.assign(state, { written: null, preview: null });
    renderResult();
    await request<ImportSummary>('preview', ENDPOINTS.imports, query(true), (summary) => {
      state.preview = { key, summary };
      state.message = { key: 'import.status.previewed' };
      renderResult();
    });
  }

  async function runImport() {
    if (state.preview?.key !== optionsKey()) return update();
    await request<ImportSummary>('import', ENDPOINTS.imports, query(false), (summary) => {
      // the dry run is used up: a second import needs a new one
      Object.assign(state, { written: summary, preview: null, message: { key: 'import.status.imported' } });
      renderResult();
    });
  }

  const onFile = () => {
    state.file = file.files?.[0] ?? null;
    Object.assign(state, { columns: null, mapping: {}, preview: null, written: null, error: null, message: null });
    if (state.file && /\.xlsx$/i.test(state.file.name)) table.checked = true;
    renderMapping();
    renderResult();
    update();
    if (state.file && ownColumns() && token.value.trim() !== '') void readColumns();
  };
  const onFormat = () => {
    update();
    if (ownColumns() && state.file && state.columns === null && token.value.trim() !== '') void readColumns();
  };
  const onToken = () => {
    if (ownColumns() && state.file && state.columns === null && state.busy === null) void readColumns();
  };
  file.addEventListener('change', onFile);
  auto.addEventListener('change', onFormat);
  table.addEventListener('change', onFormat);
  token.addEventListener('change', onToken);
  for (const el of [types, countryA, replace]) el.addEventListener('input', update);

  /** The whole dialog in the current language; the controls are kept (and so their values and focus). */
  const render = () => {
    const focused = document.activeElement;
    fill(mount, h('h2', {}, t('import.heading')), h('p', { class: 'note' }, t('import.intro')), opener);
    fill(dialog, formView(t, c));
    renderMapping();
    renderResult();
    update();
    if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus();
  };

  function open() {
    if (!dialog.open) dialog.showModal();
    (state.file === null ? (token.value === '' ? token : file) : c.preview).focus();
  }
  const onClose = () => opener.focus();
  // Escape closes the dialog here, before the page's own Escape handlers (the drawer, the selection) see it
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    dialog.close();
  };
  dialog.addEventListener('close', onClose);
  dialog.addEventListener('keydown', onKey);

  render();
  const unwatch = store.watch((s) => s.lang, render);
  return () => {
    unwatch();
    file.removeEventListener('change', onFile);
    dialog.removeEventListener('close', onClose);
    dialog.removeEventListener('keydown', onKey);
    if (dialog.open) dialog.close();
    dialog.remove();
    mount.replaceChildren();
  };
};
