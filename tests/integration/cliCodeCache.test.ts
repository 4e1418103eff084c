import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withBuiltCli } from '../helpers/builtCli';
import { samplesDir } from '../helpers/poppler';

// The CLI's code cache (electron/cli/codeCache.ts, used by out/cli/kallelse.mjs and the PDF worker's
// pdfWorker.js): written after a successful run, one file per command and one for the worker,
// accepted by the next run, rewritten when V8 rejects it.
const { temp } = withBuiltCli();

function run(cacheDir: string, ...args: string[]) {
  const r = runCli(args, { KALLELSE_CODE_CACHE_DIR: cacheDir, KALLELSE_CODE_CACHE_DEBUG: '1' });
  const line = /^kallelse-code-cache: (.*)$/m.exec(r.stderr)?.[1] ?? '';
  return { ...r, cache: line.replace(/ \(.*\)$/, '') };
}

const cacheFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.bin'));

describe('CLI code cache', () => {
  it('is written after the first run, accepted by the next and kept per command', () => {
    const dir = path.join(temp.dir, 'fresh');
    const first = run(dir, 'version');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(first.cache).toBe('none, written');
    expect(cacheFiles(dir)).toHaveLength(1);
    const file = path.join(dir, cacheFiles(dir)[0]!);
    expect(file).toMatch(/-version\.bin$/);
    const written = fs.statSync(file);
    expect(written.size).toBeGreaterThan(10_000);

    const second = run(dir, 'version');
    expect(second.status, second.stderr).toBe(0);
    expect(second.cache).toBe('accepted, not written');
    expect(fs.statSync(file).mtimeMs).toBe(written.mtimeMs);

    // A command that used less code does not stand in for another: `pdf` gets its own, larger cache.
    const out = path.join(temp.dir, 'minimal.pdf');
    const pdf = run(dir, 'pdf', path.join(samplesDir, 'minimal'), '--out', out);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.cache).toBe('none, written');
    const pdfCache = cacheFiles(dir).find((f) => f.endsWith('-pdf.bin'));
    expect(pdfCache).toBeDefined();
    expect(fs.statSync(path.join(dir, pdfCache!)).size).toBeGreaterThan(written.size);
    expect(run(dir, 'pdf', path.join(samplesDir, 'minimal'), '--out', out).cache).toBe('accepted, not written');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects a corrupted cache gracefully and writes it anew', () => {
    const dir = path.join(temp.dir, 'corrupt');
    expect(run(dir, 'version').cache).toBe('none, written');
    const file = path.join(dir, cacheFiles(dir)[0]!);
    const garbage = Buffer.alloc(fs.statSync(file).size, 0x5a);
    fs.writeFileSync(file, garbage);

    const r = run(dir, 'version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.cache).toBe('rejected, written');
    expect(fs.readFileSync(file).equals(garbage)).toBe(false);
    expect(run(dir, 'version').cache).toBe('accepted, not written');
  });

  it('writes nothing after a failed command', () => {
    const dir = path.join(temp.dir, 'failed');
    const r = run(dir, 'tolka');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Okänt kommando: tolka. Se kallelse --help.');
    expect(r.cache).toBe('none, not written');
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('runs without a cache when the folder cannot be used', () => {
    const notAFolder = path.join(temp.dir, 'file');
    fs.writeFileSync(notAFolder, 'x');
    const r = run(path.join(notAFolder, 'cache'), 'version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.cache).toBe('no folder, not written');

    // A folder others may write to could hold planted code: not used.
    const shared = path.join(temp.dir, 'shared');
    fs.mkdirSync(shared, { mode: 0o777 });
    fs.chmodSync(shared, 0o777);
    const s = run(shared, 'version');
    expect(s.status, s.stderr).toBe(0);
    expect(s.cache).toBe(process.platform === 'win32' ? 'none, written' : 'no folder, not written');
  });

  it('never fails the command when the cache cannot be written', () => {
    const probe = path.join(temp.dir, 'probe');
    expect(run(probe, 'version').cache).toBe('none, written');
    // The cache file's name taken by a folder: reading and renaming onto it fail.
    const dir = path.join(temp.dir, 'blocked');
    fs.mkdirSync(path.join(dir, cacheFiles(probe)[0]!), { recursive: true });
    const r = run(dir, 'version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.cache).toBe('none, not written');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('serves the PDF worker too: its own cache, written after its first assembly, kept, and rewritten when corrupt', () => {
    const dir = path.join(temp.dir, 'worker');
    const out = path.join(temp.dir, 'worker.pdf');
    const pdf = () => run(dir, 'pdf', path.join(samplesDir, 'ana-2022-02-23'), '--out', out); // with bilagor: the worker assembles
    expect(pdf().status).toBe(0);
    const name = cacheFiles(dir).find((f) => f.endsWith('-pdf-worker.bin'));
    expect(name, cacheFiles(dir).join(', ')).toBeDefined();
    const file = path.join(dir, name!);
    const written = fs.statSync(file);
    expect(written.size).toBeGreaterThan(100_000); // pdf-lib's parser and writer, compiled

    expect(pdf().status).toBe(0);
    expect(fs.statSync(file).mtimeMs).toBe(written.mtimeMs); // accepted, not written again

    const garbage = Buffer.alloc(written.size, 0x5a);
    fs.writeFileSync(file, garbage);
    const r = pdf();
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toMatchObject({ pages: expect.any(Number) });
    expect(fs.readFileSync(file).equals(garbage)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
