/** Section 2: the top municipalities by each centrality, ranked exactly as /api/metrics/centrality ranks them. */
import { optionsSchema as pagerankOptions } from '../../analytics/centrality/pagerank.ts';
import { rankOrder } from '../../analytics/ranking.ts';
import type { SuiteView } from '../../analytics/suite/suite-view.ts';
import { MEASURES, type Measure } from '../../../contract/vocabularies.ts';
import { html, num, type SafeHtml } from '../html.ts';
import type { Locale, MessageKey } from '../i18n/locale.ts';
import { place } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const LABELS = {
  degree: { title: 'rankings.degree', note: 'rankings.degreeNote' },
  betweenness: { title: 'rankings.betweenness', note: 'rankings.betweennessNote' },
  closeness: { title: 'rankings.closeness', note: 'rankings.closenessNote' },
  harmonic: { title: 'rankings.harmonic', note: 'rankings.harmonicNote' },
  pagerank: { title: 'rankings.pagerank', note: 'rankings.pagerankNote' },
  eigenvector: { title: 'rankings.eigenvector', note: 'rankings.eigenvectorNote' },
} as const satisfies Record<Measure, { title: MessageKey; note: MessageKey }>;

/** Indices of the nodes by value, highest first, ties by id: the API's order. */
function ranking(view: SuiteView, measure: Measure): number[] {
  return rankOrder(view.suite.centrality[measure], view.suite.nodes);
}

export function rankingsSection(d: ReportData, { t, f }: Locale, n: number, top = 10): SafeHtml {
  const view = d.view;
  const method = view.suite.centrality.betweennessMethod;
  // one value for every note: only PageRank's names it
  const alpha = f.decimal(pagerankOptions.parse({}).alpha);
  const tables = MEASURES.map((key) => {
    const values = view.suite.centrality[key];
    const rows = ranking(view, key)
      .slice(0, top)
      .map((i, r) => {
        const id = view.suite.nodes[i]!;
        const p = place(view, id);
        return html`<tr data-id="${id}"><td class="rank">${r + 1}</td><td>${p.name}</td><td class="code">${p.country ?? ''}</td><td class="n">${num(`centrality.${key}.${r + 1}`, values[i], f.fixed(values[i], 4))}</td></tr>`;
      });
    return html`<div class="ranking" data-measure="${key}"><h3>${t(LABELS[key].title)}</h3><p class="note">${t(LABELS[key].note, { alpha })}</p>
<table><thead><tr><th>#</th><th>${t('rankings.municipality')}</th><th></th><th class="n">${t('rankings.value')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  });
  return html`<section id="rankings">
<h2>${n}. ${t('rankings.title')}</h2>
<p>${t('rankings.intro', {
    top: String(top),
    method:
      method.mode === 'exact'
        ? t('rankings.exact')
        : method.errorBound
          ? t('rankings.sampledBound', {
              k: f.int(method.k),
              seed: String(method.seed),
              epsilon: f.fixed(method.errorBound.epsilon, 4),
              confidence: f.decimal(method.errorBound.confidence),
            })
          : t('rankings.sampled', { k: f.int(method.k), seed: String(method.seed) }),
  })}</p>
<div class="rankings">${tables}</div>
</section>`;
}
