/**
 * How an analysis panel follows the UI state: it loads when it is opened, again a moment after the
 * filters change (not while the years play, and once when playing stops), and re-renders when the
 * language changes. Returns the teardown.
 */
import type { AppState, Store } from '../state.ts';

export function followState(store: Store<AppState>, load: () => void, render: () => void, mount: HTMLElement): () => void {
  let timer: number | undefined;
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
    mount.replaceChildren();
  };
}
