/** /api/docs in Chromium: Swagger UI renders every operation of the document, offline and within the CSP. */
import { describe, expect, it } from 'vitest';
import { clientSession, watchProblems } from '../helpers/browser.ts';

describe('the API reference page', () => {
  const session = clientSession({ client: false });

  it('lists every operation, asks no other host, and breaks no CSP rule', async () => {
    const doc = (await (await fetch(`${session.service.url}/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    const elsewhere: string[] = [];
    const origin = new URL(session.service.url).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${session.service.url}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    expect(await page.locator('.opblock').count()).toBe(operations);
    expect(await page.textContent('body')).toContain('/api/municipalities/{id}');
    // an operation opens with its parameters and answers, the schemas among them
    await page.locator('.opblock-summary', { hasText: '/api/graph' }).first().click();
    await page.waitForSelector('.opblock.is-open .parameters', { timeout: 10_000 });
    expect(await page.locator('.opblock.is-open').textContent()).toContain('includeUndated');
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  });
});
