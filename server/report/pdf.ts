/**
 * The report as PDF: Chromium prints the HTML (playwright-core driving the Chromium that
 * `browser/chromium.ts` resolves: CHROMIUM_PATH, one on PATH, or the npm package's). JavaScript
 * is off and every network request is refused: the document is self-contained, and nothing from
 * the data can run. One print at a time per process; the browser is closed after each.
 */
import { ChromiumNotFoundError, launchChromium } from '../browser/chromium.ts';
import { AppError } from '../errors.ts';
import { escapeHtml, type SafeHtml } from './html.ts';

let queue: Promise<unknown> = Promise.resolve();

export interface PdfOptions {
  /** Shown in every page's footer. */
  footer: string;
  /** "page 3 of 12" in the report's language, as markup around Chromium's `pageNumber` and `totalPages` spans (`PAGE_NUMBER`, `TOTAL_PAGES`). */
  pages: SafeHtml;
}

/** The spans Chromium fills in the footer with the page's number and the number of pages. */
export const PAGE_NUMBER = '<span class="pageNumber"></span>';
export const TOTAL_PAGES = '<span class="totalPages"></span>';

export function renderPdf(htmlText: string, options: PdfOptions): Promise<Buffer> {
  const run = queue.then(() => print(htmlText, options));
  queue = run.catch(() => undefined);
  return run;
}

async function print(htmlText: string, options: PdfOptions): Promise<Buffer> {
  let browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    if (err instanceof ChromiumNotFoundError)
      throw new AppError('unavailable', `PDF reports need Chromium: ${err.message}. The HTML report (format=html) works without it.`);
    throw err;
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(htmlText, { waitUntil: 'load', timeout: 120_000 });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family: sans-serif; font-size: 7.5px; color: #666; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${escapeHtml(options.footer)}</span><span>${options.pages.value}</span></div>`,
    });
  } finally {
    await browser.close();
  }
}
