/**
 * The filters: partnership types, blocs and countries (a partnership stays when at least one end is
 * there, as in the API), minimum number of partners, and the founding-year range with a play
 * button that grows the network year by year from 1950 to this year. Filtering happens in the
 * browser with the API's rule (view.ts, contract/filters.ts); the analysis panels send the same
 * filters to the API.
 */
import { hasFilters } from '../../../contract/filters.ts';
import { BLOCS, PARTNERSHIP_TYPES, type Bloc, type PartnershipType } from '../../../contract/vocabularies.ts';
import type { Feature } from '../context.ts';
import { byId, h } from '../dom.ts';
import { countryName } from '../i18n/index.ts';
import { NO_CLIENT_FILTERS, type ClientFilters } from '../state.ts';

const PLAY_START = 1950;
const PLAY_STEP_MS = 350;

export const setupFilters: Feature = (ctx) => {
  const { store, meta } = ctx;
  const mount = byId('filters');
  const typeCounts = new Map<string, number>();
  ctx.graph.forEachEdge((_e, attr) => typeCounts.set(attr.type, (typeCounts.get(attr.type) ?? 0) + 1));
  const presentTypes = PARTNERSHIP_TYPES.filter((type) => typeCounts.has(type));
  let timer: number | undefined;

  const setFilters = (patch: Partial<ClientFilters>) => store.set({ filters: { ...store.get().filters, ...patch } });

  const checkedTypes = (): PartnershipType[] | null => {
    const checked = [...mount.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((i) => i.value as PartnershipType);
    return checked.length === PARTNERSHIP_TYPES.length ||
      (checked.length === presentTypes.length && presentTypes.every((t) => checked.includes(t)))
      ? null
      : checked;
  };

  const yearValue = (which: 'from' | 'to', value: number): number | null =>
    which === 'from' ? (value <= meta.firstYear ? null : value) : value >= meta.lastYear ? null : value;

  const onYear = (which: 'from' | 'to') => (event: Event) => {
    const value = Number((event.target as HTMLInputElement).value);
    const f = store.get().filters;
    let from = which === 'from' ? yearValue('from', value) : f.from;
    let to = which === 'to' ? yearValue('to', value) : f.to;
    if (from !== null && to !== null && from > to) {
      if (which === 'from') to = from;
      else from = to;
    }
    stopPlaying();
    setFilters({ from, to });
  };

  const step = () => {
    const f = store.get().filters;
    const next = (f.to ?? meta.lastYear) + 1;
    if (next >= meta.lastYear) {
      setFilters({ to: null });
      stopPlaying();
    } else setFilters({ to: next });
  };

  function stopPlaying(): void {
    window.clearInterval(timer);
    timer = undefined;
    if (store.get().playing) store.set({ playing: false });
  }

  const togglePlay = () => {
    if (store.get().playing) return stopPlaying();
    const f = store.get().filters;
    const start = Math.max(PLAY_START, f.from ?? meta.firstYear);
    const to = f.to === null || f.to >= meta.lastYear - 1 ? start : f.to;
    store.set({ playing: true, filters: { ...f, to } });
    timer = window.setInterval(step, PLAY_STEP_MS);
  };

  const render = () => {
    const { filters } = store.get();
    const t = ctx.t;
    const lang = store.get().lang;
    const countries = [...meta.countries].sort((a, b) => countryName(lang, a.code).localeCompare(countryName(lang, b.code), lang));
    mount.replaceChildren(
      h('h2', {}, t('filters.heading')),
      h(
        'fieldset',
        {},
        h('legend', {}, t('filters.types')),
        presentTypes.map((type) =>
          h(
            'label',
            {},
            h('input', {
              type: 'checkbox',
              name: 'type',
              value: type,
              checked: filters.types === null || filters.types.includes(type),
              onchange: () => setFilters({ types: checkedTypes() }),
            }),
            h('span', {}, `${t(`type.${type}`)} `, h('span', { class: 'count' }, `(${typeCounts.get(type) ?? 0})`)),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t('filters.blocs')),
        BLOCS.map((bloc) =>
          h(
            'label',
            {},
            h('input', {
              type: 'checkbox',
              name: 'bloc',
              value: bloc,
              checked: filters.blocs.includes(bloc),
              onchange: () =>
                setFilters({
                  blocs: [...mount.querySelectorAll<HTMLInputElement>('input[name="bloc"]:checked')].map((i) => i.value as Bloc),
                }),
            }),
            h('span', {}, t(`bloc.${bloc}`)),
          ),
        ),
      ),
      h('label', { for: 'filter-countries' }, t('filters.countries')),
      h(
        'select',
        {
          id: 'filter-countries',
          multiple: true,
          size: 6,
          'aria-describedby': 'filter-countries-help',
          onchange: (e: Event) => setFilters({ countries: [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value) }),
        },
        countries.map((c) =>
          h('option', { value: c.code, selected: filters.countries.includes(c.code) }, `${countryName(lang, c.code)} (${c.towns})`),
        ),
      ),
      h('small', { id: 'filter-countries-help' }, t('filters.countriesHelp')),
      h(
        'div',
        { class: 'row' },
        h('label', { for: 'filter-min-degree' }, t('filters.minDegree')),
        h('input', {
          id: 'filter-min-degree',
          type: 'number',
          min: 0,
          max: 1000,
          step: 1,
          inputmode: 'numeric',
          value: String(filters.minDegree),
          onchange: (e: Event) => {
            const v = Math.max(0, Math.floor(Number((e.target as HTMLInputElement).value) || 0));
            setFilters({ minDegree: v });
          },
        }),
      ),
      ...(meta.unpartnered > 0
        ? [
            h(
              'label',
              { class: 'unpartnered' },
              h('input', {
                id: 'filter-unpartnered',
                type: 'checkbox',
                checked: filters.unpartnered,
                onchange: (e: Event) => setFilters({ unpartnered: (e.target as HTMLInputElement).checked }),
              }),
              h('span', {}, t('filters.unpartnered', { n: meta.unpartnered })),
            ),
          ]
        : []),
      h(
        'fieldset',
        { class: 'years' },
        h('legend', {}, t('filters.years')),
        h(
          'p',
          { id: 'year-coverage', class: 'note' },
          t('filters.coverage', {
            pct: Math.round((100 * (meta.ties - meta.undated)) / Math.max(1, meta.ties)),
            n: meta.ties - meta.undated,
            all: meta.ties,
          }),
        ),
        h('output', { id: 'year-output', for: 'year-from year-to', 'aria-live': 'off' }),
        h(
          'div',
          { class: 'row' },
          h('label', { for: 'year-from' }, t('filters.from')),
          h('input', {
            id: 'year-from',
            type: 'range',
            min: meta.firstYear,
            max: meta.lastYear,
            step: 1,
            value: String(filters.from ?? meta.firstYear),
            oninput: onYear('from'),
          }),
        ),
        h(
          'div',
          { class: 'row' },
          h('label', { for: 'year-to' }, t('filters.to')),
          h('input', {
            id: 'year-to',
            type: 'range',
            min: meta.firstYear,
            max: meta.lastYear,
            step: 1,
            value: String(filters.to ?? meta.lastYear),
            oninput: onYear('to'),
          }),
        ),
        h('button', { id: 'play', type: 'button', 'aria-pressed': 'false', onclick: togglePlay }),
        h(
          'label',
          { class: 'undated' },
          h('input', {
            id: 'filter-undated',
            type: 'checkbox',
            checked: filters.includeUndated,
            onchange: (e: Event) => setFilters({ includeUndated: (e.target as HTMLInputElement).checked }),
          }),
          h('span', {}, t('filters.undated', { n: meta.undated })),
        ),
        h('p', { id: 'year-note', class: 'note', 'aria-live': 'polite' }),
      ),
      h(
        'button',
        { id: 'reset-filters', type: 'button', onclick: () => (stopPlaying(), store.set({ filters: NO_CLIENT_FILTERS })) },
        t('filters.reset'),
      ),
    );
    sync();
  };

  /** Brings the controls in line with the state (a shared link, the play button, a reset). */
  const sync = () => {
    const { filters, playing } = store.get();
    const t = ctx.t;
    for (const box of mount.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      box.checked = filters.types === null || filters.types.includes(box.value as PartnershipType);
    for (const box of mount.querySelectorAll<HTMLInputElement>('input[name="bloc"]'))
      box.checked = filters.blocs.includes(box.value as Bloc);
    for (const option of byId<HTMLSelectElement>('filter-countries').options) option.selected = filters.countries.includes(option.value);
    const minDegree = byId<HTMLInputElement>('filter-min-degree');
    if (Number(minDegree.value) !== filters.minDegree) minDegree.value = String(filters.minDegree);
    const from = filters.from ?? meta.firstYear;
    const to = filters.to ?? meta.lastYear;
    const fromInput = byId<HTMLInputElement>('year-from');
    const toInput = byId<HTMLInputElement>('year-to');
    fromInput.value = String(from);
    toInput.value = String(to);
    fromInput.setAttribute('aria-valuetext', filters.from === null ? t('filters.anyYear') : String(from));
    toInput.setAttribute('aria-valuetext', filters.to === null ? t('filters.today') : String(to));
    byId('year-output').textContent = filters.from === null && filters.to === null ? t('filters.allYears') : `${from} – ${to}`;
    const play = byId<HTMLButtonElement>('play');
    play.replaceChildren(
      h('span', { class: `icon ${playing ? 'pause' : 'play'}`, 'aria-hidden': 'true' }),
      t(playing ? 'filters.pause' : 'filters.play'),
    );
    play.setAttribute('aria-pressed', String(playing));
    play.title = t('filters.playHelp', { from: String(PLAY_START), to: String(meta.lastYear) });
    byId<HTMLInputElement>('filter-undated').checked = filters.includeUndated;
    const unpartnered = document.getElementById('filter-unpartnered') as HTMLInputElement | null;
    if (unpartnered) unpartnered.checked = filters.unpartnered;
    const left = ctx.view().undatedLeftOut;
    byId('year-note').textContent = left > 0 ? t('filters.undatedLeftOut', { n: left }) : '';
    byId<HTMLButtonElement>('reset-filters').disabled = !hasFilters(filters) && !filters.includeUndated && !filters.unpartnered;
  };

  render();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang) render();
    else if (s.filters !== p.filters || s.playing !== p.playing) sync();
  });
  return () => {
    window.clearInterval(timer);
    unsubscribe();
    mount.replaceChildren();
  };
};
