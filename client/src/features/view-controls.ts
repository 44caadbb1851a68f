/**
 * The view controls: what the stage shows (the network, or the regions map: features/region-map.ts),
 * layout (map or force), colour mode, size mode and the east-west view.
 */
import { DIVIDES, type Divide } from '../../../contract/vocabularies.ts';
import type { Feature } from '../context.ts';
import { byId, h, labelledSelect } from '../dom.ts';
import { COLOR_MODES, LAYOUTS, MAP_MODES, SIZE_MODES, type ColorMode, type LayoutMode, type MapMode, type SizeMode } from '../state.ts';

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
  };

  render();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang) render();
    else if (s.layout !== p.layout || s.color !== p.color || s.size !== p.size || s.divide !== p.divide || s.map !== p.map) sync();
  });
  return () => {
    unsubscribe();
    mount.replaceChildren();
  };
};
