/**
 * No source file is longer than 400 lines: the size of module a reader holds in mind
 * (graphology's and NetworkX's modules are around a hundred). Checked over the files git knows
 * (tracked, and new ones not ignored), TypeScript and .mjs, test fixtures aside; the failure
 * names each file that is too long and its length.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_LINES = 400;

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\0'))]
    .filter((file) => file !== '' && !file.startsWith('test/fixtures/'))
    .filter((file) => fs.existsSync(path.join(ROOT, file))) // deleted in the work tree, not yet in the index
    .sort();
}

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('source size', () => {
  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100); // git answered, and from the project's folder
    const tooLong = files
      .map((file) => ({ file, lines: lineCount(fs.readFileSync(path.join(ROOT, file), 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(tooLong, `files over ${MAX_LINES} lines`).toEqual([]);
  });

  it('counts lines as an editor shows them', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 1, 2, 2]);
  });
});
