/**
 * The report as PDF: Chromium prints the HTML (playwright-core driving the system's Chromium,
 * never a downloaded browser; Debian: `apt-get install chromium`, or CHROMIUM_PATH). JavaScript
 * is off and every network request is refused: the document is self-contained, and nothing from
 * the data can run. One print at a time per process; the browser is closed after each.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from '../errors.ts';
import { escapeHtml } from './html.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

let queue: Promise<unknown> = Promise.resolve();

export interface PdfOptions {
  /** Path of the Chromium executable (default CHROMIUM_PATH, else /usr/bin/chromium). */
  executablePath?: string;
  /** Shown in every page's footer. */
  footer: string;
}

export function renderPdf(htmlText: string, options: PdfOptions): Promise<Buffer> {
  const run = queue.then(() => print(htmlText, options));
  queue = run.catch(() => undefined);
  return run;
}

async function print(htmlText: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!fs.existsSync(executablePath)) {
    throw new AppError('unavailable', `PDF reports need Chromium, not found at ${executablePath}: install Debian's chromium package or set CHROMIUM_PATH. The HTML report (format=html) works without it.`);
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
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
      footerTemplate: `<div style="font-family: sans-serif; font-size: 7.5px; color: #666; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${escapeHtml(options.footer)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
