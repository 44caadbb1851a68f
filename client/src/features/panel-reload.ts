/**
 * How an analysis panel follows the UI state: it loads when it is opened, again a moment after the
 * filters change (not while the years play, and once when playing stops), and re-renders when the
 * language changes. And how a panel shows an analysis that is not there yet: "Loading…" with the
 * progress of the job, or the API's message when it failed.
 */
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import type { LoadState } from '../resource.ts';
import type { AppState, Store } from '../state.ts';

/** Sets up the following (and renders whenever `data` changes); returns the teardown. */
export function followState(
  store: Store<AppState>,
  load: () => void,
  render: () => void,
  mount: HTMLElement,
  data: { subscribe(listener: () => void): () => void },
): () => void {
  let timer: number | undefined;
  const unsubscribeData = data.subscribe(render);
  load();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.panel !== p.panel) load();
    else if (s.filters !== p.filters && !s.playing) {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 400);
    } else if (s.playing !== p.playing && !s.playing) load();
    else if (s.lang !== p.lang) render();
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
    unsubscribeData();
    mount.replaceChildren();
  };
}

/** What stands in for an analysis that is loading or failed; null once it is ready. */
export function pending(ctx: AppContext, state: LoadState<unknown>): HTMLElement[] | null {
  if (state.status === 'ready') return null;
  if (state.status === 'error') return [h('p', { class: 'error' }, state.messageKey ? ctx.t(state.messageKey) : state.message)];
  const fraction = state.status === 'loading' ? state.progress?.fraction : null;
  return [
    h('p', { class: 'note' }, ctx.t('common.loading')),
    ...(typeof fraction === 'number' ? [h('progress', { max: 1, value: fraction })] : []),
  ];
}
