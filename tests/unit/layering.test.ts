import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const filesIn = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));

describe('layering rules the linter cannot express', () => {
  it('only renderer/api.ts touches window.api', () => {
    const offenders = filesIn('renderer').filter(
      (f) => f !== path.join('renderer', 'api.ts') && readFileSync(path.join(root, f), 'utf8').includes('window.api'),
    );
    expect(offenders).toEqual([]);
  });

  it('only the Electron shell files import electron', () => {
    const allowed = new Set([
      'electron/main.ts',
      'electron/window.ts',
      'electron/preload.ts',
      'electron/ipc/register.ts',
      'electron/nativeDialogs.ts',
      'electron/menu.ts',
      'electron/nativePrinter.ts',
    ]);
    const offenders = filesIn('electron').filter(
      (f) =>
        !allowed.has(f.split(path.sep).join('/')) &&
        /from ['"]electron['"]/.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('one render path', () => {
  it('every PDF goes through the render core; only the kallelse service and the plans call it', () => {
    const uses = (pattern: RegExp) =>
      [...filesIn('electron'), ...filesIn('shared')]
        .filter((f) => pattern.test(readFileSync(path.join(root, f), 'utf8')))
        .map((f) => f.split(path.sep).join('/'))
        .sort();
    // The plans: the kallelse and the stand-alone documents (protokoll, utdrag, anslag, changes).
    // (Type-only imports carry no code: the core's preview step, coreWarm.ts, shares its types.)
    expect(uses(/^import (?!type )[^;]*from ['"]\.\/core['"]/m)).toEqual([
      'electron/pdf/renderDocument.ts',
      'electron/pdf/renderKallelse.ts',
    ]);
    // The app and the command line's `pdf` both render a kallelse through KallelsePdfService.
    // (Type-only imports carry no code.)
    expect(
      uses(/^import (?!type )[^;]*from ['"][./]*pdf\/renderKallelse['"]|import\(['"][./]*pdf\/renderKallelse['"]\)/m),
    ).toEqual(['electron/services/KallelsePdfService.ts']);
  });
});

describe('content security policy', () => {
  it('is the same in the index.html meta tag as in the header main sends', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/csp');
    const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
