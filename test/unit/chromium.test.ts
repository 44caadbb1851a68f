/** Which Chromium the report and the browser tests use: CHROMIUM_PATH, then PATH, then the npm package's. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, resolveChromium } from '../../server/browser/chromium.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-chromium-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH, and names it when nothing is there', async () => {
    const missing = path.join(tmp, 'nowhere', 'chrome');
    await expect(resolveChromium({ CHROMIUM_PATH: missing, PATH: '' })).rejects.toThrow(
      new ChromiumNotFoundError(`CHROMIUM_PATH is ${missing}, but no executable is there`),
    );
    const exe = path.join(tmp, 'my-chrome');
    fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
    expect(await resolveChromium({ CHROMIUM_PATH: exe, PATH: '' })).toMatchObject({ path: exe, source: 'CHROMIUM_PATH' });
  });

  it('then a chromium on PATH, skipping files that are not executable', async () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.writeFileSync(path.join(a, 'chromium'), 'not executable', { mode: 0o644 });
    fs.writeFileSync(path.join(b, 'chromium'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await resolveChromium({ PATH: [a, b].join(path.delimiter) })).toMatchObject({ path: path.join(b, 'chromium'), source: 'PATH' });
  });

  it('else unpacks the Chromium of the npm package @sparticuz/chromium into a folder per version', async () => {
    const exe = await resolveChromium({ PATH: '' });
    expect(exe.source).toBe('@sparticuz/chromium');
    expect(exe.path).toMatch(/jumelage-chromium-\d+\.\d+\.\d+\/chromium$/);
    fs.accessSync(exe.path, fs.constants.X_OK);
    expect(exe.args).toContain('--use-angle=swiftshader');
  });
});
