/**
 * Writes the shareable part of the state into the address bar (history.replaceState), so that a
 * copied link opens the same view. The state is read from the URL once, at start (main.ts).
 */
import type { Feature } from '../context.ts';
import { urlFromState } from '../url-state.ts';

export const setupUrlSync: Feature = (ctx) => {
  let timer: number | undefined;
  const write = () => {
    const url = `${location.pathname}${urlFromState(ctx.store.get(), ctx.defaultLang)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  const unsubscribe = ctx.store.subscribe((s, p) => {
    if (s.hovered !== p.hovered && s.selected === p.selected && s.filters === p.filters) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(write, 100);
  });
  return () => {
    window.clearTimeout(timer);
    write();
    unsubscribe();
  };
};
