/**
 * The town panel's "Connections" section: the selected town's neighbourhood within 1, 2 or 3
 * partnerships, and "how is it connected to…?" another town, with the shortest paths between them
 * (connections.ts loads both; the map and the force layout bring them forward). Folded to one line
 * until opened, or while one of them is shown, so the partners stay in sight. The section lives
 * as long as the panel: the town panel redraws around it, so a name being typed is never lost.
 * Suggestions come from the towns in view, found by the contract's search forms (Köln, koeln).
 */
import type { EgoAnswer, Paths } from '../../../contract/api/paths.ts';
import { fold, searchForms } from '../../../contract/names.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { formatNumber } from '../i18n/index.ts';
import type { LoadState } from '../resource.ts';
import { EGO_RADII, type EgoRadius } from '../state.ts';
import { egoKey, pathsKey } from './connections.ts';

const SUGGESTIONS = 8;

export interface ConnectionsSection {
  readonly element: HTMLDetailsElement;
  render(): void;
}

export function connectionsSection(ctx: AppContext): ConnectionsSection {
  const { store } = ctx;
  let index: Array<{ id: string; forms: string[] }> | null = null;

  /** Towns in view whose name starts with (else contains) what was typed, most partnered first. */
  const suggest = (typed: string): string[] => {
    const q = fold(typed.trim());
    if (!q) return [];
    index ??= ctx.graph.mapNodes((id, attr) => ({ id, forms: searchForms(String(attr.name ?? id)) }));
    const { nodes, degree } = ctx.view();
    const selected = store.get().selected;
    const found = (test: (form: string) => boolean) =>
      index!
        .filter((e) => e.id !== selected && nodes.has(e.id) && e.forms.some(test))
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
        .slice(0, SUGGESTIONS)
        .map((e) => e.id);
    const starts = found((f) => f.startsWith(q));
    return starts.length ? starts : found((f) => f.includes(q));
  };

  const name = (id: string) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, 'name') : id);
  const choose = (id: string) => {
    input.value = name(id);
    suggestions.replaceChildren();
    store.set({ pathTo: id, ego: null });
  };

  const suggestions = h('ul', { class: 'suggestions', id: 'path-to-suggestions' });
  const input = h('input', {
    id: 'path-to',
    type: 'search',
    autocomplete: 'off',
    'aria-controls': 'path-to-suggestions',
    oninput: () => {
      const ids = suggest(input.value);
      suggestions.replaceChildren(
        ...ids.map((id) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => choose(id) }, name(id)))),
        ...(ids.length === 0 && input.value.trim() ? [h('li', { class: 'note' }, ctx.t('town.pathToNone'))] : []),
      );
    },
    onkeydown: (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      const first = suggest(input.value)[0];
      if (first) choose(first);
    },
  });
  const label = h('label', { for: 'path-to' });
  const egoGroup = h('div', { class: 'ego-radius', role: 'group' });
  const egoResult = h('div', { id: 'ego-result', 'aria-live': 'polite' });
  const pathsResult = h('div', { id: 'paths-result', 'aria-live': 'polite' });
  const heading = h('h3', { id: 'town-connections' });
  const element = h(
    'details',
    { class: 'connections' },
    h('summary', {}, heading),
    egoGroup,
    egoResult,
    label,
    input,
    suggestions,
    pathsResult,
  );

  const pending = (state: LoadState<unknown>): HTMLElement | null => {
    if (state.status === 'error')
      return h('p', { class: 'error', role: 'alert' }, state.messageKey ? ctx.t(state.messageKey) : state.message);
    if (state.status !== 'ready') return h('p', { class: 'note' }, ctx.t('common.loading'));
    return null;
  };

  const present = (parts: Array<HTMLElement | null>): HTMLElement[] => parts.filter((e): e is HTMLElement => e !== null);

  const renderEgo = (answer: EgoAnswer): HTMLElement[] => {
    const { lang, ego } = store.get();
    const a = answer.attributes;
    const summary = ctx.t('town.egoSummary', {
      n: formatNumber(lang, a.total),
      radius: ego ?? a.radius,
      edges: formatNumber(lang, answer.edges.length),
    });
    return present([
      h('p', { class: 'note' }, summary),
      a.truncated
        ? h(
            'p',
            { class: 'note' },
            ctx.t('town.egoCut', { shown: formatNumber(lang, answer.nodes.length), n: formatNumber(lang, a.total) }),
          )
        : null,
    ]);
  };

  const renderPaths = (answer: Paths): HTMLElement[] => {
    const { lang } = store.get();
    const to = answer.target.name;
    if (answer.length === null) return [h('p', { class: 'note' }, ctx.t('town.pathsNone', { to }))];
    if (answer.length === 0) return [h('p', { class: 'note' }, ctx.t('town.pathsSame'))];
    const summary =
      answer.count === 1
        ? ctx.t('town.pathsOne', { to, length: answer.length })
        : ctx.t('town.pathsSummary', { to, length: answer.length, count: formatNumber(lang, answer.count) });
    return present([
      h('p', { class: 'note', id: 'paths-summary' }, summary),
      answer.count > answer.paths.length ? h('p', { class: 'note' }, ctx.t('town.pathsListed', { n: answer.paths.length })) : null,
      h(
        'ol',
        { class: 'paths' },
        answer.paths.map((path) => h('li', {}, path.map((p) => p.name).join(' → '))),
      ),
    ]);
  };

  const render = () => {
    const state = store.get();
    if (state.pathTo !== null || state.ego !== null) element.open = true;
    heading.textContent = ctx.t('town.connections');
    label.textContent = ctx.t('town.pathTo');
    input.placeholder = ctx.t('town.pathToPlaceholder');
    egoGroup.setAttribute('aria-label', ctx.t('town.ego'));
    const radius = (r: EgoRadius | null) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(state.ego === r),
          title: r === null ? undefined : ctx.t('town.egoRadius', { radius: r }),
          onclick: () => store.set({ ego: r, pathTo: r === null ? state.pathTo : null }),
        },
        r === null ? ctx.t('town.egoOff') : String(r),
      );
    egoGroup.replaceChildren(h('span', {}, `${ctx.t('town.ego')}: `), radius(null), ...EGO_RADII.map(radius));

    const { ego, paths } = ctx.analytics;
    egoResult.replaceChildren();
    if (state.ego !== null && state.pathTo === null) {
      const loaded = ego.key === egoKey(state) ? ego.state : ({ status: 'loading', progress: null } as const);
      egoResult.append(...(loaded.status === 'ready' ? renderEgo(loaded.data) : [pending(loaded)!]));
    }
    pathsResult.replaceChildren();
    if (state.pathTo !== null) {
      if (document.activeElement !== input) input.value = name(state.pathTo);
      const loaded = paths.key === pathsKey(state) ? paths.state : ({ status: 'loading', progress: null } as const);
      pathsResult.append(
        ...(loaded.status === 'ready' ? renderPaths(loaded.data) : [pending(loaded)!]),
        h('button', { type: 'button', onclick: () => store.set({ pathTo: null }) }, ctx.t('town.pathsClear')),
      );
    } else if (document.activeElement !== input) input.value = '';
  };

  return { element, render };
}
