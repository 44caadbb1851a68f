/**
 * Export: a PNG of the current view (@sigma/export-image, with the country outlines, the names and,
 * zoomed out, the flows drawn on its temporary renderer; framed with title, legend and credits by export-picture.ts), and links to the graph (/api/export) and the report (/api/report) for the
 * current filters, the report in the page's language (rebuilt when it changes).
 */
import { EXPORT_FORMATS, REPORT_FORMATS, type ExportFormat, type ReportFormat } from '../../../contract/vocabularies.ts';
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { ApiError, apiUrl, downloadFile } from '../api.ts';
import type { Feature } from '../context.ts';
import { byId, fill, h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { drawOutlines, loadOutlines } from './country-outlines.ts';
import { composePicture } from './export-picture.ts';
import { drawFlows } from './flows.ts';
import { drawFocus, focusOf } from './focus.ts';
import { drawLabels } from './labels.ts';

/** The `format`s of /api/export and /api/report (server/services/export.service.ts, report.service.ts). */
type Format = ExportFormat | ReportFormat;
const LAYERS = ['countries', 'edges', 'nodes', 'flows', 'names', 'focus', 'hovers', 'hoverNodes'];

function savePng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the picture could not be encoded'));
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      resolve();
    }, 'image/png'),
  );
}

export const setupExport: Feature = (ctx) => {
  const { store, renderer } = ctx;
  const mount = byId('export');
  let busy = false;

  const png = async (button: HTMLButtonElement) => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    const status = byId('export-status');
    status.textContent = ctx.t('export.working');
    try {
      const outlines = store.get().layout === 'geo' ? await loadOutlines().catch(() => null) : null;
      const pixelRatio = window.devicePixelRatio || 1;
      const map = await drawOnCanvas(renderer as unknown as Sigma, {
        backgroundColor: '#F4F6F8',
        layers: LAYERS,
        // the picture has what the screen has: the country outlines and the emphasis of the selected town
        withTempRenderer: (tmp) => {
          const { width, height } = tmp.getDimensions();
          const layer = (id: string, beforeLayer: string) => {
            const canvas = tmp.createCanvas(id, { beforeLayer });
            canvas.width = width * pixelRatio;
            canvas.height = height * pixelRatio;
            return canvas.getContext('2d');
          };
          if (outlines) {
            const context = layer('countries', 'edges');
            if (context) drawOutlines(tmp, context, outlines, pixelRatio);
          }
          // zoomed out, the flows stand for the partnerships (features/flows.ts)
          if (store.get().overview) {
            const context = layer('flows', 'labels');
            if (context) drawFlows(ctx, tmp, context, pixelRatio);
          }
          const names = layer('names', 'hovers');
          if (names) drawLabels(ctx, tmp, names, pixelRatio);
          const focus = focusOf(ctx);
          if (focus) {
            const context = layer('focus', 'hovers');
            if (context) drawFocus(tmp, context, focus, pixelRatio, width, height);
          }
        },
      });
      await savePng(composePicture(ctx, map, pixelRatio), 'jumelage.png');
      status.textContent = ctx.t('export.done');
    } catch (err) {
      status.textContent = ctx.t('export.failed', { reason: err instanceof Error ? err.message : String(err) });
    } finally {
      busy = false;
      button.disabled = false;
    }
  };

  /** A link that works as a plain download, but is fetched by the page so that a 202 job is waited for with progress. */
  const fileLink = (href: string, format: string, label: string, fallbackName: string) =>
    h(
      'a',
      {
        href,
        download: fallbackName,
        'data-format': format,
        onclick: (event: Event) => {
          event.preventDefault();
          const status = byId('export-status');
          status.textContent = ctx.t('export.preparing', { what: label });
          downloadFile(href, fallbackName, {
            onProgress: (p) => {
              if (p.computing)
                status.textContent = ctx.t('export.computing', {
                  what: label,
                  percent: p.fraction !== null ? Math.round(p.fraction * 100) : 0,
                });
            },
          }).then(
            () => (status.textContent = ctx.t('export.downloaded', { what: label })),
            (err: unknown) =>
              (status.textContent = ctx.t('export.failed', {
                reason:
                  err instanceof ApiError && err.messageKey ? ctx.t(err.messageKey) : err instanceof Error ? err.message : String(err),
              })),
          );
        },
      },
      label,
    );

  const links = (path: string, formats: readonly Format[], extension: (format: Format) => string, extra: Record<string, string> = {}) =>
    h(
      'ul',
      { class: 'links' },
      formats.map((format) =>
        h(
          'li',
          {},
          fileLink(
            apiUrl(path, { format, ...extra, ...ctx.filterQuery() }),
            format,
            ctx.t(`export.format.${format}`),
            `jumelage.${extension(format)}`,
          ),
        ),
      ),
    );

  const render = () => {
    const t = ctx.t;
    fill(
      mount,
      h('h2', {}, t('export.heading')),
      h(
        'button',
        { type: 'button', id: 'export-png', onclick: (e: Event) => void png(e.currentTarget as HTMLButtonElement) },
        t('export.png'),
      ),
      h('p', { id: 'export-status', class: 'note', role: 'status' }),
      h('h3', {}, t('export.graph')),
      links(ENDPOINTS.export, EXPORT_FORMATS, (f) => (f === 'csv' ? 'zip' : f)),
      h('h3', {}, t('export.report')),
      links(ENDPOINTS.report, REPORT_FORMATS, (f) => `report.${f}`, { lang: store.get().lang }),
    );
  };

  render();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang || (s.filters !== p.filters && !s.playing) || (s.playing !== p.playing && !s.playing)) render();
  });
  return () => {
    unsubscribe();
    mount.replaceChildren();
  };
};
