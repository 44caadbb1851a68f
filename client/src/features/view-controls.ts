/**
 * The view controls: layout (map or force), colour mode, size mode and the east-west view.
 * Modes that need an analysis endpoint the server does not have yet are shown, disabled, with
 * "not available yet".
 */
import { ENDPOINTS } from '../capabilities.ts';
import type { Feature } from '../context.ts';
import { byId, h } from '../dom.ts';
import type { MessageKey } from '../i18n/index.ts';
import { COLOR_MODES, DIVIDES, LAYOUTS, type ColorMode, type Divide, type LayoutMode, type SizeMode } from '../state.ts';
import { CENTRALITY_MEASURES } from '../types.ts';

export const setupViewControls: Feature = (ctx) => {
  const { store, caps } = ctx;
  const mount = byId('view-controls');
  const hasCentrality = caps.has(ENDPOINTS.centrality);
  const measures = new Set(caps.values(ENDPOINTS.centrality, 'measure') ?? CENTRALITY_MEASURES);
  const sizeAvailable = (m: SizeMode) => m === 'degree' || (hasCentrality && measures.has(m));
  const colorAvailable = (m: ColorMode) => m !== 'community' || caps.has(ENDPOINTS.communities);

  const render = () => {
    const state = store.get();
    const t = ctx.t;
    const unavailable = ` (${t('common.notAvailable')})`;
    mount.replaceChildren(
      h('h2', {}, t('view.heading')),
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
            t(`layout.${mode}` as MessageKey),
          ),
        ),
      ),
      h('label', { for: 'color-mode' }, t('color.label')),
      h(
        'select',
        { id: 'color-mode', onchange: (e: Event) => store.set({ color: (e.target as HTMLSelectElement).value as ColorMode }) },
        COLOR_MODES.map((mode) =>
          h('option', { value: mode, selected: state.color === mode, disabled: !colorAvailable(mode) }, t(`color.${mode}` as MessageKey) + (colorAvailable(mode) ? '' : unavailable)),
        ),
      ),
      h('label', { for: 'size-mode' }, t('size.label')),
      h(
        'select',
        { id: 'size-mode', onchange: (e: Event) => store.set({ size: (e.target as HTMLSelectElement).value as SizeMode }) },
        CENTRALITY_MEASURES.map((m) =>
          h('option', { value: m, selected: state.size === m, disabled: !sizeAvailable(m) }, t(`size.${m}` as MessageKey) + (sizeAvailable(m) ? '' : unavailable)),
        ),
      ),
      h('label', { for: 'eastwest-mode' }, t('eastwest.label')),
      h(
        'select',
        {
          id: 'eastwest-mode',
          onchange: (e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            store.set({ divide: value === 'off' ? null : (value as Divide) });
          },
        },
        h('option', { value: 'off', selected: state.divide === null }, t('eastwest.off')),
        DIVIDES.map((d) => h('option', { value: d, selected: state.divide === d }, t(`divide.${d}` as MessageKey))),
      ),
    );
  };

  /** Keeps the controls in step with the state without rebuilding them (focus stays where it is). */
  const sync = () => {
    const state = store.get();
    for (const radio of mount.querySelectorAll<HTMLInputElement>('input[name="layout"]')) radio.checked = radio.value === state.layout;
    byId<HTMLSelectElement>('color-mode').value = state.color;
    byId<HTMLSelectElement>('size-mode').value = state.size;
    byId<HTMLSelectElement>('eastwest-mode').value = state.divide ?? 'off';
  };

  render();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang) render();
    else if (s.layout !== p.layout || s.color !== p.color || s.size !== p.size || s.divide !== p.divide) sync();
  });
  return () => {
    unsubscribe();
    mount.replaceChildren();
  };
};
