/**
 * The page on every screen. The layout itself is CSS (style.css, media queries at 600 and 1100 px);
 * this feature holds its three open flags and their buttons:
 * - phones (≤ 600 px): the controls in a drawer opened from the header (`drawer`), the panels in
 *   a bottom sheet that collapses to its tab bar (`sheet`), the legend collapsed to its button
 *   by default (`legend`);
 * - tablets (601–1100 px): the panels over the map on demand (`sheet`), closed by the same button;
 * - desktop: the panels and controls in their columns; only the legend's button does anything.
 * The flags are written onto <body> as data attributes, which the style sheet reads. Each button
 * says its state with aria-expanded. Escape closes the drawer (then the overlay on a tablet);
 * choosing a town on a phone or tablet opens the panels on it.
 */
import type { Feature } from '../context.ts';
import { byId } from '../dom.ts';

/** The breakpoints of style.css. */
export const PHONE = '(max-width: 600px)';
export const COMPACT = '(max-width: 1100px)';

export const setupScreen: Feature = (ctx) => {
  const { store } = ctx;
  const phone = window.matchMedia(PHONE);
  const compact = window.matchMedia(COMPACT);
  const drawerToggle = byId<HTMLButtonElement>('controls-toggle');
  const panelToggle = byId<HTMLButtonElement>('panel-toggle');
  const sheetToggle = byId<HTMLButtonElement>('sheet-toggle');
  const legendToggle = byId<HTMLButtonElement>('legend-toggle');
  const body = document.body;

  const sync = () => {
    const { drawer, sheet, legend } = store.get();
    body.dataset.drawer = drawer ? 'open' : 'closed';
    body.dataset.sheet = sheet ? 'open' : 'closed';
    body.dataset.legend = legend ? 'open' : 'closed';
    drawerToggle.setAttribute('aria-expanded', String(drawer));
    panelToggle.setAttribute('aria-expanded', String(sheet));
    sheetToggle.setAttribute('aria-expanded', String(sheet));
    legendToggle.setAttribute('aria-expanded', String(legend));
    sheetToggle.title = ctx.t(sheet ? 'screen.sheetClose' : 'screen.sheetOpen');
  };

  // the legend starts folded on a phone, where it would cover too much of the map
  if (phone.matches) store.set({ legend: false });
  if (compact.matches && store.get().selected !== null) store.set({ sheet: true });

  // one of drawer and sheet at a time on a phone: each covers the other's buttons
  const onDrawer = () => store.set({ drawer: !store.get().drawer, ...(phone.matches ? { sheet: false } : {}) });
  const onSheet = () => store.set({ sheet: !store.get().sheet, drawer: false });
  const onLegend = () => store.set({ legend: !store.get().legend });
  /** On a phone a tab of the collapsed sheet opens it. */
  const onTab = (event: Event) => {
    if (compact.matches && (event.target as Element).closest('[role="tab"]')) store.set({ sheet: true, drawer: false });
  };
  const tabs = byId('panel-tabs');
  const onKey = (event: KeyboardEvent) => {
    // a modal dialog (the import dialog) takes its own Escape
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target as Element | null)?.closest?.('dialog')) return;
    const state = store.get();
    if (state.drawer && phone.matches) {
      event.preventDefault();
      store.set({ drawer: false });
      drawerToggle.focus();
    } else if (state.sheet && compact.matches && !phone.matches && (event.target as Element | null)?.closest('#panel')) {
      event.preventDefault();
      store.set({ sheet: false });
      panelToggle.focus();
    }
  };

  drawerToggle.addEventListener('click', onDrawer);
  panelToggle.addEventListener('click', onSheet);
  sheetToggle.addEventListener('click', onSheet);
  legendToggle.addEventListener('click', onLegend);
  tabs.addEventListener('click', onTab);
  // capture: before the page's own Escape (which clears the selection)
  window.addEventListener('keydown', onKey, true);
  sync();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (s.drawer !== p.drawer || s.sheet !== p.sheet || s.legend !== p.legend || s.lang !== p.lang) sync();
    }),
    store.watch(
      (s) => s.selected,
      (selected) => {
        if (selected !== null && compact.matches) store.set({ sheet: true, panel: 'town', drawer: false });
      },
    ),
  ];
  return () => {
    for (const u of unsubscribe) u();
    drawerToggle.removeEventListener('click', onDrawer);
    panelToggle.removeEventListener('click', onSheet);
    sheetToggle.removeEventListener('click', onSheet);
    legendToggle.removeEventListener('click', onLegend);
    tabs.removeEventListener('click', onTab);
    window.removeEventListener('keydown', onKey, true);
  };
};
