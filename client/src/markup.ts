/**
 * The markup of the shared chart builders (charts/, escaped by the template of charts/markup.ts,
 * so names from the data are text) as DOM nodes: parsed into an inert document (no script runs,
 * no resource loads), then adopted into the page.
 */
import type { SafeHtml } from '../../charts/markup.ts';

export function nodesOf(markup: SafeHtml): Node[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup.value}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => document.adoptNode(node));
}
