/**
 * The PNG export as a picture that stands on its own: a title band (the colour and size modes,
 * the counts, the filters), the map as drawn, the legend in a column beside it (read from the
 * legend on the page, so that both always say the same), and the data credits of the footer.
 */
import type { AppContext } from '../context.ts';
import { byId } from '../dom.ts';
import { countryName } from '../i18n/index.ts';

const PAD = 14;
const LEGEND_WIDTH = 250;
const FONT = 'system-ui, sans-serif';
const INK = '#1d1d1f';
const MUTED = '#5b6270';

/** What the filters leave in the view, in words ("none" when nothing is filtered). */
export function describeFilters(ctx: AppContext): string {
  const { filters, lang } = ctx.store.get();
  const t = ctx.t;
  const parts: string[] = [];
  if (filters.from !== null || filters.to !== null)
    parts.push(`${t('filters.years')} ${filters.from ?? ctx.meta.firstYear}–${filters.to ?? ctx.meta.lastYear}`);
  if (filters.types !== null) parts.push(`${t('filters.types')}: ${filters.types.map((type) => t(`type.${type}`)).join(', ')}`);
  if (filters.blocs.length) parts.push(`${t('filters.blocs')}: ${filters.blocs.map((bloc) => t(`bloc.${bloc}`)).join(', ')}`);
  if (filters.countries.length)
    parts.push(`${t('filters.countries')}: ${filters.countries.map((code) => countryName(lang, code)).join(', ')}`);
  if (filters.minDegree > 0) parts.push(`${t('filters.minDegree')}: ${filters.minDegree}`);
  return t('export.filters', { filters: parts.length ? parts.join(' · ') : t('export.noFilters') });
}

/** Lines of at most `width` pixels in the context's current font. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type Step = (g: CanvasRenderingContext2D, x: number, y: number) => number;

/** The legend's items as drawing steps, each returning the height it took. */
function legendSteps(width: number): Step[] {
  const steps: Step[] = [];
  const text =
    (size: number, color: string, bold = false) =>
    (content: string, indent = 0): Step =>
    (g, x, y) => {
      g.font = `${bold ? '600 ' : ''}${size}px ${FONT}`;
      g.fillStyle = color;
      const lines = wrap(g, content, width - indent);
      lines.forEach((line, i) => g.fillText(line, x + indent, y + size + i * (size + 4)));
      return lines.length * (size + 4) + 2;
    };
  for (const el of byId('legend-body').children) {
    if (el instanceof HTMLHeadingElement) steps.push((g, x, y) => 6 + text(13, INK, true)(el.textContent ?? '')(g, x, y + 6));
    else if (el instanceof HTMLUListElement)
      for (const li of el.querySelectorAll('li')) {
        const mark = li.querySelector<HTMLElement>('.swatch, .line, .broker');
        const label = [...li.childNodes]
          .filter((n) => n !== mark)
          .map((n) => n.textContent ?? '')
          .join('  ')
          .trim();
        steps.push((g, x, y) => {
          const color = mark ? getComputedStyle(mark).backgroundColor : MUTED;
          if (mark?.classList.contains('swatch')) {
            g.fillStyle = color;
            g.beginPath();
            g.arc(x + 6, y + 9, 5.5, 0, 2 * Math.PI);
            g.fill();
          } else if (mark?.classList.contains('line')) {
            g.fillStyle = color;
            g.fillRect(x, y + 8, 14, 3);
          } else if (mark) {
            g.strokeStyle = INK;
            g.strokeRect(x, y + 2, 16, 14);
            g.font = `10px ${FONT}`;
            g.fillStyle = INK;
            g.fillText('Aa', x + 2, y + 13);
          }
          return text(12, INK)(label, 22)(g, x, y);
        });
      }
    else if (el.textContent) steps.push(text(12, el.classList.contains('note') ? MUTED : INK)(el.textContent));
  }
  return steps;
}

/** The picture: `map` (a canvas of the view, `pixelRatio` device pixels per CSS pixel) with its title, legend and credits. */
export function composePicture(ctx: AppContext, map: HTMLCanvasElement, pixelRatio: number): HTMLCanvasElement {
  const mapWidth = map.width / pixelRatio;
  const mapHeight = map.height / pixelRatio;
  const width = mapWidth + LEGEND_WIDTH + 2 * PAD;
  const measure = document.createElement('canvas').getContext('2d')!;
  const title = [
    `Jumelage · ${byId('legend-body').querySelector('h2')?.textContent ?? ''}`,
    byId('stats').textContent ?? '',
    describeFilters(ctx),
  ];
  measure.font = `12px ${FONT}`;
  const subtitle = title.slice(1).flatMap((line) => wrap(measure, line, width - 2 * PAD));
  const credits = wrap(measure, creditsText(), width - 2 * PAD);
  const legend = legendSteps(LEGEND_WIDTH - 2 * PAD);
  const titleHeight = PAD + 20 + subtitle.length * 16 + 8;
  const creditsHeight = credits.length * 16 + 2 * PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * pixelRatio);
  const scratch = canvas.getContext('2d')!;
  // the legend may be taller than the map: measure it first, then size the picture
  let legendHeight = PAD;
  for (const step of legend) legendHeight += step(scratch, 0, -10_000);
  const bodyHeight = Math.max(mapHeight, legendHeight + PAD);
  canvas.height = Math.ceil((titleHeight + bodyHeight + creditsHeight) * pixelRatio);
  const g = canvas.getContext('2d')!;
  g.scale(pixelRatio, pixelRatio);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, titleHeight + bodyHeight + creditsHeight);
  g.textBaseline = 'alphabetic';
  g.fillStyle = INK;
  g.font = `600 17px ${FONT}`;
  g.fillText(title[0]!, PAD, PAD + 16);
  g.font = `12px ${FONT}`;
  g.fillStyle = MUTED;
  subtitle.forEach((line, i) => g.fillText(line, PAD, PAD + 20 + 14 + i * 16));
  g.drawImage(map, PAD, titleHeight, mapWidth, mapHeight);
  g.strokeStyle = '#d9dce1';
  g.strokeRect(PAD, titleHeight, mapWidth, mapHeight);
  let y = titleHeight;
  for (const step of legend) y += step(g, PAD + mapWidth + PAD, y);
  g.font = `12px ${FONT}`;
  g.fillStyle = MUTED;
  credits.forEach((line, i) => g.fillText(line, PAD, titleHeight + bodyHeight + PAD + 12 + i * 16));
  return canvas;
}

/** The footer's data and map credits, as one paragraph. */
function creditsText(): string {
  const footer = byId('credits').cloneNode(true) as HTMLElement;
  footer.querySelector('a[href="/api/docs"]')?.remove();
  return (footer.textContent ?? '').replace(/\s+/g, ' ').trim();
}
