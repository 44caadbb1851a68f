/**
 * Each shared rule is written once, in the module that owns it; this test names where. It scans
 * the product's code (server/, client/, contract/, bench/, scripts/; tests may keep independent
 * oracles) for the unmistakable mark of each rule and fails, naming the file, when a mark turns up
 * anywhere but the rule's home.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function productFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\0')
    .filter((file) => /^(server|client|contract|bench|scripts)\//.test(file))
    .filter((file) => fs.existsSync(path.join(ROOT, file)));
}

/** The rule, its home, and the marks that would give a second copy away. */
const RULES: { rule: string; home: string[]; marks: RegExp[] }[] = [
  { rule: 'name folding', home: ['contract/names.ts'], marks: [/normalize\(\s*['"]NF/] },
  { rule: 'the partnership types', home: ['contract/vocabularies.ts'], marks: [/['"]partnership['"],\s*['"]friendship['"]/] },
  {
    rule: 'the six centralities',
    home: ['contract/vocabularies.ts'],
    marks: [/['"]degree['"],\s*['"]betweenness['"],\s*['"]closeness['"]/],
  },
  {
    rule: 'the export and report formats',
    home: ['contract/vocabularies.ts'],
    marks: [/['"]gexf['"],\s*['"]graphml['"]/, /['"]html['"],\s*['"]pdf['"]/],
  },
  { rule: 'the two divides', home: [], marks: [/['"]germany['"]\s*\|\s*['"]europe['"]/, /['"]europe['"]\s*\|\s*['"]germany['"]/] },
  {
    rule: "a place's East/West side",
    home: ['contract/sides.ts'],
    marks: [/===\s*['"]east['"]\s*\|\|\s*\w+(\.\w+)?\s*===\s*['"]west['"]/],
  },
  { rule: 'place ids', home: ['contract/names.ts'], marks: [/toLowerCase\(\)\}-\$\{/] },
  { rule: 'the ranking order', home: ['server/analytics/ranking.ts'], marks: [/toPrecision\(12\)/] },
  { rule: 'the filter rule', home: ['contract/filters.ts'], marks: [/outOfRange\s*\+=/, /belowMinDegree\s*\+=/] },
  { rule: 'haversine distance', home: ['server/domain/geo.ts'], marks: [/Math\.asin\(Math\.min\(1,\s*Math\.sqrt/] },
];

describe('each rule is written once', () => {
  const files = productFiles().map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

  it('scans the product code', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const { rule, home, marks } of RULES) {
    it(`${rule}: ${home.length ? home.join(', ') : 'a vocabulary type, never a literal union'}`, () => {
      const found = files.filter(({ text }) => marks.some((mark) => mark.test(text))).map(({ file }) => file);
      expect(found.filter((file) => !home.includes(file))).toEqual([]);
      // the home really holds the rule (a mark that matches nothing would guard nothing)
      for (const file of home) expect(found, `${rule} in ${file}`).toContain(file);
    });
  }
});
