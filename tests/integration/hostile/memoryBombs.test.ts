import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry as cli, root, withBuiltCli } from '../../helpers/builtCli';
import { objStmBombPdf, stored, writeZip, zerosEntry } from '../../helpers/hostileFiles';
import { readJson, sampleDir, sha256File } from '../../helpers/packages';

/**
 * Finding 1 of issue 16: a 150 KB PDF whose unreferenced object stream inflates to 150 MB (or
 * 600 MB) took the importer to 4–5 GB and a crash; a 1 MB zip with ten unreferenced 100 MB
 * entries was inflated whole. The real command line imports each, under /usr/bin/time, and
 * must refuse it by name with a peak resident set under 500 MB.
 */
const MiB = 1024 * 1024;
const { temp } = withBuiltCli({ tempPrefix: 'kallelse-bomb-' });

/** The ANA sample in a folder with its first bilaga replaced by `bytes`. */
function anaWith(name: string, bytes: Uint8Array): string {
  const dir = path.join(temp.dir, name);
  fs.cpSync(sampleDir('ana-2022-02-23'), dir, { recursive: true });
  const json = readJson(path.join(dir, 'kallelse.json'));
  const text = JSON.stringify(json);
  const first = /"path":"(bilagor\/[^"]+\.pdf)"/.exec(text)?.[1] as string;
  fs.writeFileSync(path.join(dir, first), bytes);
  fs.writeFileSync(
    path.join(dir, 'kallelse.json'),
    text.replace(new RegExp(`("path":"${first}","sha256":")[0-9a-f]{64}`), `$1${sha256File(path.join(dir, first))}`),
  );
  return dir;
}

function importMeasured(input: string): { status: number | null; stderr: string; peakMb: number; ms: number } {
  const db = path.join(temp.dir, `db-${path.basename(input)}`, 'kallelse.sqlite');
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, cli, 'import', input, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const peak = Number(/PEAK_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  console.log(path.basename(input), `peak ${Math.round(peak / 1024)} MB`, `${Date.now() - started} ms`);
  return {
    status: r.status,
    stderr: r.stderr.replace(/PEAK_KB=\d+\s*$/, '').trim(),
    peakMb: peak / 1024,
    ms: Date.now() - started,
  };
}

describe('memory bombs are refused with bounded memory', () => {
  for (const inflated of [150, 600]) {
    it(`an unreferenced object stream of ${inflated} MB of zeros`, () => {
      const bomb = objStmBombPdf(inflated * MiB);
      expect(bomb.length).toBeLessThan(1 * MiB);
      const r = importMeasured(anaWith(`objstm-${inflated}`, bomb));
      expect(r.status, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/Bilagan ”bilagor\/[^”]+\.pdf” .*dekomprimeringsbomb/);
      expect(r.peakMb).toBeLessThan(500);
    });
  }

  it('a small zip with ten unreferenced 100 MB entries', () => {
    const dir = sampleDir('ana-2022-02-23');
    const entries = [stored('kallelse.json', fs.readFileSync(path.join(dir, 'kallelse.json')))];
    for (const f of fs.readdirSync(path.join(dir, 'bilagor'))) {
      entries.push(stored(`bilagor/${f}`, fs.readFileSync(path.join(dir, 'bilagor', f))));
    }
    const giant = zerosEntry('skrap/jatte-0.bin', 100 * MiB);
    for (let i = 0; i < 10; i++) entries.push({ ...giant, name: `skrap/jatte-${i}.bin` });
    const zip = path.join(temp.dir, 'jattar.kallelse');
    fs.writeFileSync(zip, writeZip(entries));
    expect(fs.statSync(zip).size).toBeLessThan(3 * MiB);
    const r = importMeasured(zip);
    expect(r.status, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/Posten ”skrap\/jatte-0\.bin” .*mer än 200 gånger/);
    expect(r.peakMb).toBeLessThan(500);
  });
});
