/** Section 2: the top municipalities by each centrality, ranked exactly as /api/metrics/centrality ranks them. */
import { rankOrder } from '../../analytics/ranking.ts';
import type { SuiteView } from '../../analytics/suite/suite-view.ts';
import { MEASURES, type Measure } from '../../../contract/vocabularies.ts';
import { fmt, html, num, type SafeHtml } from '../html.ts';
import { place } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const LABELS: Record<Measure, { title: string; note: string }> = {
  degree: { title: 'Degree', note: 'share of the other municipalities it is twinned with' },
  betweenness: { title: 'Betweenness', note: 'share of shortest paths through it' },
  closeness: { title: 'Closeness', note: 'inverse mean distance, Wasserman–Faust' },
  harmonic: { title: 'Harmonic closeness', note: 'sum of inverse distances' },
  pagerank: { title: 'PageRank', note: 'random-walk importance, α = 0.85' },
  eigenvector: { title: 'Eigenvector', note: 'ties to well-tied towns' },
};

/** Indices of the nodes by value, highest first, ties by id: the API's order. */
function ranking(view: SuiteView, measure: Measure): number[] {
  return rankOrder(view.suite.centrality[measure], view.suite.nodes);
}

export function rankingsSection(d: ReportData, top = 10): SafeHtml {
  const view = d.view;
  const method = view.suite.centrality.betweennessMethod;
  const tables = MEASURES.map((key) => ({ key, ...LABELS[key] })).map((m) => {
    const values = view.suite.centrality[m.key];
    const rows = ranking(view, m.key)
      .slice(0, top)
      .map((i, r) => {
        const id = view.suite.nodes[i]!;
        const p = place(view, id);
        return html`<tr data-id="${id}"><td class="rank">${r + 1}</td><td>${p.name}</td><td class="code">${p.country ?? ''}</td><td class="n">${num(`centrality.${m.key}.${r + 1}`, values[i], fmt(values[i], 4))}</td></tr>`;
      });
    return html`<div class="ranking" data-measure="${m.key}"><h3>${m.title}</h3><p class="note">${m.note}</p>
<table><thead><tr><th>#</th><th>Municipality</th><th></th><th class="n">Value</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  });
  return html`<section id="rankings">
<h2>2. Top municipalities by centrality</h2>
<p>The ${top} municipalities with the highest value of each measure (ties broken by id, as the API does). Betweenness is ${
    method.mode === 'exact'
      ? 'exact'
      : `sampled with ${method.k} pivots (seed ${method.seed})${method.errorBound ? `, error at most ${fmt(method.errorBound.epsilon, 4)} for all nodes with probability ${method.errorBound.confidence}` : ''}`
  }. Definitions in the methods section.</p>
<div class="rankings">${tables}</div>
</section>`;
}
