import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project must stand on its own: a user's clone has no `../shared` folder beside it (the team's
 * reference material: samples, formats, seeds). Test data lives in tests/fixtures, the shipped
 * example in samples/. This fails when any project file outside tests/fixtures (and prose *.md)
 * reaches for that folder — the same patterns as the CI hook, plus `'..', 'shared'` and the
 * absolute path.
 */
const root = path.resolve(import.meta.dirname, '../..');
const skipDirs = new Set(['node_modules', '.git', 'out', 'dist', 'test-results', 'playwright-report', '.bench']);
const skipPaths = ['tests/fixtures/', 'tests/unit/standsAlone.test.ts'];
const binary = /\.(pdf|png|jpe?g|ico|icns|ttf|otf|woff2?|zip|kallelse|sqlite)$/i;

const forbidden: RegExp[] = [
  /shared\/(samples|formats|seeds|hooks|notes)\b/,
  /["']shared["']\s*,\s*["'](samples|formats|seeds|hooks|notes)["']/,
  /["']\.\.["']\s*,\s*["']shared["']/,
  /\/work\/shared\b/,
];

function projectFiles(dir = root): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name) && !skipPaths.some((p) => `${rel}/`.startsWith(p))) out.push(...projectFiles(full));
    } else if (entry.isFile() && !skipPaths.includes(rel) && !rel.endsWith('.md') && !binary.test(rel)) {
      out.push(rel);
    }
  }
  return out;
}

describe('the project stands on its own', () => {
  it('no project file outside tests/fixtures reads ../shared', () => {
    const files = projectFiles();
    expect(files).toContain('electron/paths.ts');
    expect(files).toContain('electron-builder.yml');
    expect(files).toContain('.ci/run');
    const hits: string[] = [];
    for (const rel of files) {
      fs.readFileSync(path.join(root, rel), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (forbidden.some((re) => re.test(line))) hits.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits, 'Projektet läser ../shared, som en klon inte har; använd tests/fixtures eller samples/.').toEqual([]);
  });

  it('the patterns catch the ways a file could reach ../shared', () => {
    // Written with a placeholder so that this file itself does not trip CI's grep for such reads.
    const reads = [
      "path.resolve(root, '../SHARED/samples')",
      '  - from: ../SHARED/samples',
      "path.join(root, '..', 'SHARED', 'samples')",
      "path.join(dir, 'SHARED', 'formats')",
      'cat /work/SHARED/seeds/002.txt',
    ].map((line) => line.replaceAll('SHARED', 'shared'));
    for (const line of reads)
      expect(
        forbidden.some((re) => re.test(line)),
        line,
      ).toBe(true);
    // The project's own shared/ folder is fine.
    for (const line of ["import type { Api } from '../shared/ipc/api';", "from '../../shared/domain/meeting'"]) {
      expect(
        forbidden.some((re) => re.test(line)),
        line,
      ).toBe(false);
    }
  });
});
