/**
 * The import dialog (issue #21, "Spreadsheets with any columns"): opened from the controls, it
 * reads a registry-style CSV with German column names and pre-fills the column mapping; a dry run
 * without the types mapping is refused with each error's line; the preview's numbers are those of
 * the API's dry run of the same request; Import is enabled only by a dry run of the same options;
 * the import moves the dataset version, and the page reloaded by the dialog draws the new
 * partnership. Escape closes the dialog and gives the focus back to its button; a wrong token is
 * shown as the server's refusal. The fixture's rows are the seeds' and the registry fixture's
 * (registry-partnerschaften.csv): Friedberg (Hessen)–Villiers-sur-Marne is the one the seeds lack.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Health } from '../../contract/api/health.ts';
import type { ImportSummary } from '../../contract/api/imports.ts';
import { clientSession, openClient } from '../helpers/browser.ts';
import { KOMMUNEN_GUESS } from '../fixtures/import/registry-guesses.ts';

const TOKEN = 'import-dialog-token-0123456789abcdef';
const FIXTURE = path.resolve('test/fixtures/import/registry-kommunen.csv');
const TYPES = 'P=partnership,F=friendship,K=contact';
/** What the header guessing must offer for the fixture's German header. */
const GUESS = KOMMUNEN_GUESS;

/** The preview's figures and partnerships by type, as the dialog shows them (`data-value`). */
async function previewNumbers(page: Page) {
  const figure = async (id: string) => Number(await page.getAttribute(`#import-summary dd[data-figure="${id}"]`, 'data-value'));
  const types = await page.$$eval('#import-summary ul.import-types li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.getAttribute('data-type')!, Number(li.getAttribute('data-value'))])),
  );
  return { rows: await figure('rows'), partnerships: await figure('partnerships'), dated: await figure('dated'), types };
}

/** Clicks `button` and waits until the request it starts has been answered and the dialog is idle. */
async function clickAndSettle(page: Page, button: string) {
  await page.click(button);
  await page.waitForSelector('#import-dialog[aria-busy="false"]');
}

describe('the import dialog', () => {
  const session = clientSession({ env: { API_TOKEN: TOKEN } });

  it('maps a German registry table, previews it as the API does, imports it and shows the new partnership', async () => {
    const before = await session.api<Health>('/api/health');
    const { page, problems } = await openClient(session.browser, `${session.service.url}/`);
    const edgesBefore = Number(await page.getAttribute('#stats', 'data-edges'));

    // open, Escape, and the focus is back on the button; open again
    await page.click('#import-open');
    await page.waitForSelector('#import-dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-token');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#import-dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-open');
    await page.click('#import-open');
    await page.waitForSelector('#import-dialog[open]');

    // every control has a label
    const unlabelled = await page.$$eval('#import-dialog input, #import-dialog select', (els) =>
      els.filter((el) => (el as HTMLInputElement).labels?.length === 0).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);

    // the token, the file, "my own columns": the columns are read and the mapping pre-filled
    await page.fill('#import-token', TOKEN);
    await page.setInputFiles('#import-file', FIXTURE);
    expect(await page.isChecked('#import-format-auto')).toBe(true);
    await page.check('#import-format-table');
    await page.waitForSelector('#import-column-nameA');
    await page.waitForSelector('#import-dialog[aria-busy="false"]');
    for (const [field, column] of Object.entries(GUESS))
      expect([field, await page.inputValue(`#import-column-${field}`)]).toEqual([field, column]);
    for (const field of ['countryA', 'latA', 'lonA', 'agsA', 'latB', 'lonB', 'until'])
      expect([field, await page.inputValue(`#import-column-${field}`)]).toEqual([field, '']);
    // what a column holds is shown beside it
    expect(await page.textContent('td.import-sample[data-field="nameA"]')).toBe('Saarlouis · Tübingen · Jena · Dresden');
    expect(await page.textContent('td.import-sample[data-field="countryB"]')).toContain('Vereinigte Staaten');
    expect(await page.textContent('#import-types-seen')).toContain('P, F, K');
    expect(await page.isDisabled('#import-run')).toBe(true);

    // without the types mapping the dry run is refused, each error with its line
    await clickAndSettle(page, '#import-preview');
    const errors = await page.$$eval('#import-errors li', (lis) => lis.map((li) => li.getAttribute('data-field')));
    expect(errors).toEqual(expect.arrayContaining(['line 2, column Art', 'line 5, column Art']));
    expect(await page.getAttribute('#import-errors', 'data-status')).toBe('400');
    expect(await page.isDisabled('#import-run')).toBe(true);

    // the dry run of the same request the API answers: the same numbers
    await page.fill('#import-types', TYPES);
    await page.fill('#import-country-a', 'DE');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/imports'),
      clickAndSettle(page, '#import-preview'),
    ]);
    await page.waitForSelector('#import-summary');
    const sent = Object.fromEntries(new URL(request.url()).searchParams);
    expect(sent).toEqual({
      dryRun: 'true',
      replace: 'false',
      name: 'registry-kommunen.csv',
      format: 'table',
      // in the order of TABLE_FIELDS, which GUESS follows
      columns: Object.entries(GUESS)
        .map(([f, c]) => `${f}=${c}`)
        .join(','),
      types: TYPES,
      countryA: 'DE',
    });
    expect(request.headers()['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(request.url()).not.toContain(TOKEN);
    const res = await fetch(`${session.service.url}/api/imports?${new URL(request.url()).searchParams}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body: new Uint8Array(fs.readFileSync(FIXTURE)),
    });
    expect(res.status).toBe(200);
    const api = (await res.json()) as ImportSummary;
    const shown = await previewNumbers(page);
    expect(shown).toEqual({ rows: api.rows, partnerships: api.partnerships, dated: api.dated, types: api.types });
    // and those are the file's: six rows, one without a year, four partnerships, a friendship, a contact
    expect(shown).toEqual({ rows: 6, partnerships: 6, dated: 5, types: { partnership: 4, friendship: 1, contact: 1 } });
    expect(await page.textContent('#import-summary')).toContain('No row was left out.');

    // Import follows the options of the dry run: another country for side A disables it until it is back
    expect(await page.isEnabled('#import-run')).toBe(true);
    await page.fill('#import-country-a', 'FR');
    expect(await page.isDisabled('#import-run')).toBe(true);
    expect(await page.textContent('#import-status')).toContain('preview again');
    await page.fill('#import-country-a', 'DE');
    expect(await page.isEnabled('#import-run')).toBe(true);

    // import: what was written, a new dataset version
    await clickAndSettle(page, '#import-run');
    await page.waitForSelector('#import-written');
    const after = await session.api<Health>('/api/health');
    expect(after.dataset!.version).toBeGreaterThan(before.dataset!.version);
    expect(await page.getAttribute('#import-written', 'data-version')).toBe(String(after.dataset!.version));
    expect(await page.textContent('#import-written')).toContain(`version ${after.dataset!.version}`);
    expect(await page.isDisabled('#import-run')).toBe(true);

    // the reloaded page draws the new partnership
    await Promise.all([page.waitForEvent('load'), page.click('#import-reload')]);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 60_000 });
    expect(Number(await page.getAttribute('#stats', 'data-edges'))).toBe(edgesBefore + 1);
    const search = page.getByRole('combobox', { name: 'Find a town' });
    await search.fill('Friedberg');
    await page.waitForSelector('#search-suggestions [role="option"]');
    await search.press('Enter');
    await page.waitForSelector('#panel-town ul.partners li');
    expect(await page.textContent('#town-name')).toBe('Friedberg');
    expect(await page.textContent('#panel-town ul.partners')).toContain('Villiers-sur-Marne');
    // the refused dry run's 400 is the only failed request
    expect(problems.filter((p) => !/\b400\b/.test(p))).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows a refused token, in German, and never keeps the token', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?lang=de`, {
      viewport: { width: 390, height: 844 },
    });
    await page.click('#controls-toggle');
    expect(await page.textContent('#import-open')).toBe('Eine Datei importieren…');
    await page.click('#import-open');
    await page.waitForSelector('#import-dialog[open]');
    expect(await page.textContent('#import-title')).toBe('Eine Datei importieren');
    await page.fill('#import-token', 'not-the-token-0123456789');
    await page.setInputFiles('#import-file', FIXTURE);
    await page.check('#import-format-table');
    await page.waitForSelector('#import-errors[data-status="403"]');
    expect(await page.textContent('#import-errors')).toContain('Der Server hat das Token abgelehnt');
    // the dialog fills the phone's screen
    const box = (await page.locator('#import-dialog').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.height).toBeGreaterThanOrEqual(843);
    // the token is in no address and no storage
    const kept = await page.evaluate(() =>
      [location.href, JSON.stringify(Object.entries(localStorage)), JSON.stringify(Object.entries(sessionStorage)), document.cookie].join(
        ' ',
      ),
    );
    expect(kept).not.toContain('not-the-token');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#import-dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-open');
    expect(problems.filter((p) => !/\b403\b/.test(p))).toEqual([]);
    await page.context().close();
  });
});
