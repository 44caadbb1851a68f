/**
 * The town search: an `<input type="search">` combobox (WAI-ARIA 1.2 pattern) with suggestions from
 * /api/municipalities (case, diacritics and language of the name do not matter: Köln, koeln,
 * Cologne), arrow keys to move, Enter to choose, Escape to close. Choosing selects the town and
 * flies the view to it.
 */
import type { Municipalities, MunicipalitySummary } from '../../../contract/api/municipalities.ts';
import { fold, searchForms } from '../../../contract/names.ts';
import { apiUrl, getJson } from '../api.ts';
import { flyTo } from '../camera.ts';
import type { Feature } from '../context.ts';
import { byId, h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { countryName } from '../i18n/index.ts';
import { Resource } from '../resource.ts';

const DEBOUNCE_MS = 120;
const LIMIT = 8;

export const setupSearch: Feature = (ctx) => {
  const { store } = ctx;
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-suggestions');
  const status = byId('search-status');
  /** The suggestions for the query typed (the resource's key): only the newest query's count. */
  const suggestions = new Resource<Municipalities>();
  let items: MunicipalitySummary[] = [];
  let active = -1;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (query: string) => {
    const lang = store.get().lang;
    list.replaceChildren(
      ...items.map((item, i) => {
        // the name or alias the API found it by, folded as the API folds them (contract/names.ts)
        const q = fold(query);
        const found = (name: string) => searchForms(name).some((form) => form.includes(q));
        const alias = found(item.name) ? undefined : item.aliases.find(found);
        return h(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            'data-id': item.id,
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => choose(i),
          },
          h('span', { class: 'name' }, item.name),
          alias ? h('span', { class: 'alias' }, ` (${alias})`) : null,
          h(
            'span',
            { class: 'meta' },
            [countryName(lang, item.country), ctx.t('search.partners', { n: item.partnerships })].filter(Boolean).join(' · '),
          ),
        );
      }),
    );
    if (items.length === 0) {
      list.append(h('li', { class: 'empty', 'aria-disabled': 'true' }, ctx.t('search.none')));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = items.length ? ctx.t('search.count', { n: items.length }) : ctx.t('search.none');
  };

  const choose = (i: number) => {
    const item = items[i];
    if (!item) return;
    input.value = item.name;
    close();
    store.set({ selected: item.id, panel: 'town' });
    flyTo(ctx, item.id);
  };

  /** Shows the answer that arrived (or failed) for the query typed. */
  const show = () => {
    const { state, key } = suggestions;
    if (key === null) return;
    if (state.status === 'ready') {
      items = state.data.items;
      active = items.length ? 0 : -1;
      render(key);
    } else if (state.status === 'error') {
      items = [];
      list.replaceChildren(
        h('li', { class: 'empty error', 'aria-disabled': 'true' }, state.messageKey ? ctx.t(state.messageKey) : state.message),
      );
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  };

  const lookUp = (query: string) => {
    const started = suggestions.load(query, () => getJson<Municipalities>(apiUrl(ENDPOINTS.municipalities, { q: query, limit: LIMIT })));
    // the same query again: its answer is there already (or on its way)
    if (!started) show();
  };

  const onInput = () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      suggestions.reset();
      items = [];
      close();
      return;
    }
    timer = window.setTimeout(() => lookUp(query), DEBOUNCE_MS);
  };

  const onKey = (event: KeyboardEvent) => {
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        if (input.value.trim()) lookUp(input.value.trim());
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + items.length) % items.length;
      render(input.value.trim());
      document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (open) {
        event.preventDefault();
        choose(Math.max(0, active));
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = '';
      }
    }
  };

  const onBlur = () => window.setTimeout(close, 100);

  const unsubscribe = suggestions.subscribe(show);
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  const unwatch = store.watch(
    (s) => s.lang,
    () => {
      if (!list.hidden && items.length) render(input.value.trim());
    },
  );
  return () => {
    window.clearTimeout(timer);
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
    unsubscribe();
    unwatch();
    close();
  };
};
