/**
 * The east-west panel: for the current filters, how many partnerships cross the divide, counted in
 * the browser from the ends' `germany` (inside Germany) or `bloc` (Europe) — a tie is cross when
 * one end is east and the other west; Berlin as a whole, neutral and non-European places count on
 * neither side (contract/sides.ts) — with the cross ties per founding year and the list of ties;
 * from the API's east-west analysis (/api/bridges/east-west) its summary, brokers, random
 * baseline and figures per region. Inside Germany the brokers come twice: first those of the
 * paths that stay inside Germany (German towns a council can act on, `innerBrokers`), then, for
 * comparison, those of the whole network.
 */
import type { EastWestAnswer } from '../../../contract/api/analyses.ts';
import { DIVIDES, type Divide } from '../../../contract/vocabularies.ts';
import { flyTo } from '../camera.ts';
import type { AppContext, Feature } from '../context.ts';
import { batched, byId, fill, h } from '../dom.ts';
import { countryName, formatMetric, formatShare } from '../i18n/index.ts';
import { regionName } from '../regions.ts';
import { sortableTable } from '../table.ts';
import { crossTies } from '../view.ts';
import { pending } from './panel-reload.ts';

const TIE_LIMIT = 100;

function yearChart(ctx: AppContext, edges: ReadonlySet<string>): HTMLElement | null {
  const perYear = new Map<number, number>();
  for (const edge of edges) {
    const since = ctx.graph.getEdgeAttribute(edge, 'since');
    if (since !== undefined) perYear.set(since, (perYear.get(since) ?? 0) + 1);
  }
  if (perYear.size === 0) return null;
  const first = Math.min(ctx.meta.firstYear, ...perYear.keys());
  const last = ctx.meta.lastYear;
  const max = Math.max(...perYear.values());
  const width = 280;
  const height = 70;
  const bar = width / (last - first + 1);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 14}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute(
    'aria-label',
    ctx.t('ew.perYearLabel', {
      years: [...perYear]
        .sort((a, b) => a[0] - b[0])
        .map(([y, n]) => `${y}: ${n}`)
        .join(', '),
    }),
  );
  for (const [year, n] of perYear) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const barHeight = Math.max(1, (n / max) * height);
    rect.setAttribute('x', String((year - first) * bar));
    rect.setAttribute('y', String(height - barHeight));
    rect.setAttribute('width', String(Math.max(1, bar - 0.5)));
    rect.setAttribute('height', String(barHeight));
    rect.setAttribute('class', 'bar');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = `${year}: ${n}`;
    rect.append(title);
    svg.append(rect);
  }
  for (const year of [first, 1990, last]) {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', String(Math.min(width - 24, (year - first) * bar)));
    text.setAttribute('y', String(height + 12));
    text.textContent = String(year);
    svg.append(text);
  }
  return h('figure', { class: 'chart' }, svg, h('figcaption', {}, ctx.t('ew.perYear')));
}

/** The top ten of a list of brokers, each a button that selects it. */
function brokerList(ctx: AppContext, id: string, heading: string, brokers: EastWestAnswer['brokers']): Node[] {
  const lang = ctx.store.get().lang;
  return [
    h('h4', {}, heading),
    brokers.length
      ? h(
          'ol',
          { class: 'brokers', id },
          brokers.slice(0, 10).map((b) =>
            h(
              'li',
              { 'data-id': b.id },
              ctx.graph.hasNode(b.id)
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link',
                      onclick: () => (ctx.store.set({ selected: b.id, panel: 'town' }), flyTo(ctx, b.id)),
                    },
                    b.name,
                  )
                : b.name,
              h('span', { class: 'meta' }, `${b.country ? `${b.country} · ` : ''}${formatMetric(lang, b.value)}`),
            ),
          ),
        )
      : h('p', { class: 'note' }, ctx.t('ew.noBrokers')),
  ];
}

function apiSection(ctx: AppContext, divide: Divide): HTMLElement {
  const state = ctx.analytics.eastWest.state;
  const title = h('h3', {}, ctx.t('ew.fromApi'));
  // the answer for the other divide is still on screen until this one's arrives
  if (state.status !== 'ready' || state.data.level !== divide)
    return h('section', {}, title, pending(ctx, state.status === 'ready' ? { status: 'loading', progress: null } : state));
  const lang = ctx.store.get().lang;
  const { brokers, innerBrokers, summary, baseline, perRegion } = state.data;
  const value = (key: string, v: number) => (/share/i.test(key) && v <= 1 ? formatShare(lang, v) : formatMetric(lang, v));
  const figures = (Object.keys(summary) as Array<keyof typeof summary>).flatMap((k) => {
    const v = summary[k];
    return v === null ? [] : [[k, v] as const];
  });
  return h(
    'section',
    { id: 'eastwest-api' },
    title,
    h(
      'dl',
      { class: 'attributes' },
      figures.map(([k, v]) => [h('dt', {}, ctx.t(`column.${k}`)), h('dd', {}, value(k, v))]),
    ),
    h(
      'p',
      { class: 'note' },
      ctx.t('ew.baseline', {
        observed: formatMetric(lang, baseline.observed),
        mean: formatMetric(lang, baseline.mean),
        sd: formatMetric(lang, baseline.sd),
        z: formatMetric(lang, baseline.z),
        samples: baseline.samples,
      }),
    ),
    innerBrokers
      ? [
          ...brokerList(ctx, 'brokers-inner', ctx.t('ew.innerBrokers'), innerBrokers),
          ...brokerList(ctx, 'brokers-global', ctx.t('ew.globalBrokers'), brokers),
        ]
      : brokerList(ctx, 'brokers-global', ctx.t('ew.brokers'), brokers),
    perRegion.length
      ? sortableTable({
          caption: ctx.t('ew.perRegion'),
          rows: perRegion,
          lang,
          t: ctx.t,
          preferred: ['region', 'name', 'code'],
          format: (column, v) => {
            if ((column === 'region' || column === 'country') && typeof v === 'string') return regionName(lang, v);
            if (/share/i.test(column) && typeof v === 'number' && v <= 1) return formatShare(lang, v);
            return null;
          },
          initialSort: { column: 'crossShare', descending: true },
        })
      : null,
  );
}

export const setupEastWestPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-eastwest');

  const render = () => {
    const state = store.get();
    if (state.panel !== 'eastwest') return;
    const lang = state.lang;
    const view = ctx.view();
    const divide = state.divide ?? 'germany';
    const counts = Object.fromEntries(DIVIDES.map((d) => [d, crossTies(ctx.graph, view, d)])) as Record<
      Divide,
      ReturnType<typeof crossTies>
    >;
    const current = counts[divide];
    const share = (n: number, of: number) => (of ? formatShare(lang, n / of) : '–');
    const ties = [...current.crossEdges]
      .map((edge) => {
        const [s, t] = ctx.graph.extremities(edge);
        const attr = ctx.graph.getEdgeAttributes(edge);
        return { edge, s, t, since: attr.since ?? null };
      })
      .sort((a, b) => (a.since ?? 9999) - (b.since ?? 9999));
    const pick = (id: string) => {
      store.set({ selected: id, panel: 'town' });
      flyTo(ctx, id);
    };
    const townButton = (id: string) => {
      const attr = ctx.graph.getNodeAttributes(id);
      return h(
        'button',
        { type: 'button', class: 'link', onclick: () => pick(id) },
        attr.name,
        h('span', { class: 'meta' }, ` (${countryName(lang, attr.country)})`),
      );
    };
    fill(
      mount,
      h('h2', {}, ctx.t('ew.heading')),
      h(
        'label',
        { class: 'row' },
        h('input', {
          type: 'checkbox',
          id: 'eastwest-show',
          checked: state.divide !== null,
          onchange: (e: Event) => store.set({ divide: (e.target as HTMLInputElement).checked ? divide : null }),
        }),
        ` ${ctx.t('ew.show')}`,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, ctx.t('ew.level')),
        DIVIDES.map((d) =>
          h(
            'label',
            {},
            h('input', { type: 'radio', name: 'ew-level', value: d, checked: d === divide, onchange: () => store.set({ divide: d }) }),
            ` ${ctx.t(`divide.${d}`)}`,
          ),
        ),
      ),
      h(
        'table',
        { class: 'counts' },
        h('caption', {}, ctx.t('ew.countsCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, ''),
            DIVIDES.map((d) => h('th', { scope: 'col' }, ctx.t(`divide.${d}`))),
          ),
        ),
        h(
          'tbody',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, ctx.t('ew.cross')),
            DIVIDES.map((d) => h('td', { class: 'num', 'data-divide': d, 'data-cross': counts[d].cross }, String(counts[d].cross))),
          ),
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, ctx.t('ew.shareAll')),
            DIVIDES.map((d) => h('td', { class: 'num' }, share(counts[d].cross, counts[d].ties))),
          ),
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, ctx.t('ew.shareSided')),
            DIVIDES.map((d) => h('td', { class: 'num' }, share(counts[d].cross, counts[d].sided))),
          ),
        ),
      ),
      h(
        'p',
        { class: 'note', id: 'eastwest-summary' },
        ctx.t('ew.summary', { cross: current.cross, ties: current.ties, share: share(current.cross, current.ties), sided: current.sided }),
      ),
      h('p', { class: 'note' }, ctx.t(`ew.definition.${divide}`)),
      yearChart(ctx, current.crossEdges),
      apiSection(ctx, divide),
      h('h3', {}, ctx.t('ew.ties', { n: ties.length })),
      h(
        'ul',
        { class: 'ties' },
        ties
          .slice(0, TIE_LIMIT)
          .map((tie) =>
            h(
              'li',
              {},
              townButton(tie.s),
              ' – ',
              townButton(tie.t),
              tie.since !== null ? h('span', { class: 'meta' }, ` ${tie.since}`) : null,
            ),
          ),
      ),
      ties.length > TIE_LIMIT ? h('p', { class: 'note' }, ctx.t('ew.moreTies', { n: ties.length - TIE_LIMIT })) : null,
    );
  };

  const schedule = batched(render);
  render();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (s.panel !== p.panel || s.lang !== p.lang || s.divide !== p.divide || s.filters !== p.filters) schedule();
    }),
    ctx.analytics.eastWest.subscribe(schedule),
  ];
  return () => {
    for (const u of unsubscribe) u();
    mount.replaceChildren();
  };
};
