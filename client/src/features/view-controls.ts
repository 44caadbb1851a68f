/**
 * The view controls: what the stage shows (the network, or the regions map: features/region-map.ts),
 * layout (map or force; in the force layout, communities as nodes: community-graph.ts), colour
 * mode, size mode and the east-west view.
 */
import { DIVIDES, type Divide } from '../../../contract/vocabularies.ts';
import type { Feature } from '../context.ts';
import { byId, h, labelledSelect } from '../dom.ts';
import {
  COLOR_MODES,
  LAYOUTS,
  MAP_MODES,
  sameItems,
  SIZE_MODES,
  type ColorMode,
  type LayoutMode,
  type MapMode,
  type SizeMode,
} from '../state.ts';

export const setupViewControls: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('view-controls');

  const render = () => {
    const state = store.get();
    const t = ctx.t;
    mount.replaceChildren(
      h('h2', {}, t('view.heading')),
      h(
        'fieldset',
        { class: 'map-mode' },
        h('legend', {}, t('map.label')),
        MAP_MODES.map((mode) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: 'map-mode',
              value: mode,
              checked: state.map === mode,
              onchange: () => store.set({ map: mode as MapMode }),
            }),
            ' ',
            t(`map.${mode}`),
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'layout' },
        h('legend', {}, t('layout.label')),
        LAYOUTS.map((mode) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: 'layout',
              value: mode,
              checked: state.layout === mode,
              onchange: () => store.set({ layout: mode as LayoutMode }),
            }),
            ' ',
            t(`layout.${mode}`),
          ),
        ),
        // the force layout's community graph (community-graph.ts)
        h(
          'label',
          { class: 'row community-graph', hidden: state.layout !== 'force' },
          h('input', {
            type: 'checkbox',
            id: 'community-graph',
            checked: state.communityGraph,
            onchange: (e: Event) => store.set({ communityGraph: (e.target as HTMLInputElement).checked }),
          }),
          ` ${t('communityGraph.toggle')}`,
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'fold-communities',
            hidden: !state.communityGraph || state.expanded.length === 0,
            onclick: () => store.set({ expanded: [] }),
          },
          t('communityGraph.fold'),
        ),
      ),
      ...labelledSelect(
        'color-mode',
        t('color.label'),
        COLOR_MODES.map((mode) => ({ value: mode, text: t(`color.${mode}`) })),
        state.color,
        (value) => store.set({ color: value as ColorMode }),
      ),
      ...labelledSelect(
        'size-mode',
        t('size.label'),
        SIZE_MODES.map((m) => ({ value: m, text: t(`size.${m}`) })),
        state.size,
        (value) => store.set({ size: value as SizeMode }),
      ),
      ...labelledSelect(
        'eastwest-mode',
        t('eastwest.label'),
        [{ value: 'off', text: t('eastwest.off') }, ...DIVIDES.map((d) => ({ value: d, text: t(`divide.${d}`) }))],
        state.divide ?? 'off',
        (value) => store.set({ divide: value === 'off' ? null : (value as Divide) }),
      ),
    );
  };

  /** Keeps the controls in step with the state without rebuilding them (focus stays where it is). */
  const sync = () => {
    const state = store.get();
    for (const radio of mount.querySelectorAll<HTMLInputElement>('input[name="layout"]')) radio.checked = radio.value === state.layout;
    for (const radio of mount.querySelectorAll<HTMLInputElement>('input[name="map-mode"]')) radio.checked = radio.value === state.map;
    byId<HTMLSelectElement>('color-mode').value = state.color;
    byId<HTMLSelectElement>('size-mode').value = state.size;
    byId<HTMLSelectElement>('eastwest-mode').value = state.divide ?? 'off';
    mount.querySelector<HTMLElement>('label.community-graph')!.hidden = state.layout !== 'force';
    byId<HTMLInputElement>('community-graph').checked = state.communityGraph;
    byId('fold-communities').hidden = !state.communityGraph || state.expanded.length === 0;
  };

  render();
  const unwatch = [
    store.watch((s) => s.lang, render),
    store.watch((s) => [s.layout, s.color, s.size, s.divide, s.map, s.communityGraph, s.expanded], sync, sameItems),
  ];
  return () => {
    for (const u of unwatch) u();
    mount.replaceChildren();
  };
};
