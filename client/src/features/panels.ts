/**
 * The side panel's tabs (WAI-ARIA tabs: arrow keys, Home and End move between them): the selected
 * town, the east-west view, communities, regions and rankings. Each panel is its own feature.
 */
import type { Feature } from '../context.ts';
import { byId } from '../dom.ts';
import { PANELS, type PanelId } from '../state.ts';

export const setupPanels: Feature = (ctx) => {
  const { store } = ctx;
  const tabs = PANELS.map((id) => byId<HTMLButtonElement>(`tab-${id}`));

  const sync = () => {
    const current = store.get().panel;
    for (const id of PANELS) {
      const tab = byId<HTMLButtonElement>(`tab-${id}`);
      const selected = id === current;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      tab.textContent = ctx.t(`tab.${id}`);
      byId(`panel-${id}`).hidden = !selected;
    }
  };

  const onClick = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset.panel as PanelId;
    store.set({ panel: id });
  };
  const onKey = (event: KeyboardEvent) => {
    const index = PANELS.indexOf(store.get().panel);
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % PANELS.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + PANELS.length) % PANELS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = PANELS.length - 1;
    else return;
    event.preventDefault();
    store.set({ panel: PANELS[next]! });
    tabs[next]!.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', onClick);
    tab.addEventListener('keydown', onKey);
  }
  sync();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.panel !== p.panel || s.lang !== p.lang) sync();
  });
  return () => {
    unsubscribe();
    for (const tab of tabs) {
      tab.removeEventListener('click', onClick);
      tab.removeEventListener('keydown', onKey);
    }
  };
};
