import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Finding 3 of issue 16: the app's settings and a command-line import both wrote config.json by
 * read-merge-write, and 100 of 777 writes were lost. Two real processes now write settings
 * through the same services at the same time — one the organisation name, the other the
 * recent list (as every import does) — and each watches the other's field: it may only move
 * forward. At the end both last writes are there.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let temp: ReturnType<typeof makeTempDir>;
const ROUNDS = 150;

const writer = (dataDir: string, role: 'name' | 'recent') => `
import { createBackend } from ${JSON.stringify(path.join(root, 'electron/backend.ts'))};
const backend = createBackend({ dataDir: ${JSON.stringify(dataDir)}, runtime: 'node', version: '0.0.0-test' });
const s = backend.services.settings;
const seen = [];
for (let i = 0; i < ${ROUNDS}; i++) {
  ${role === 'name' ? "s.set({ organisation: { name: 'A' + i } });" : "s.touchRecentMeeting('b' + i);"}
  const now = s.get();
  seen.push(${role === 'name' ? "Number((now.recentMeetings[0] ?? 'b-1').slice(1))" : "Number((now.organisation.name || 'A-1').slice(1))"});
}
backend.close();
console.log(JSON.stringify(seen));
`;

function run(dataDir: string, role: 'name' | 'recent'): Promise<number[]> {
  const script = path.join(temp.dir, `${role}.mts`);
  fs.writeFileSync(script, writer(dataDir, role));
  return new Promise((resolve, reject) => {
    // vitest's own loader is not in a plain child: run the TypeScript sources with Node's type stripping.
    const child = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        path.join(root, 'tests/helpers/tsResolve.mjs'),
        script,
      ],
      {
        cwd: root,
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '[]')) : reject(new Error(err)),
    );
  });
}

beforeAll(() => {
  temp = makeTempDir('kallelse-settings-');
  createBackend({ dataDir: path.join(temp.dir, 'data'), runtime: 'node', version: '0.0.0-test' }).close();
});
afterAll(() => temp.cleanup());

describe('settings written by two processes at once', () => {
  it('loses no write: each sees the other only move forward, and both last writes remain', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const [byNameWriter, byRecentWriter] = await Promise.all([run(dataDir, 'name'), run(dataDir, 'recent')]);
    const backwards = (seen: number[]) => seen.filter((v, i) => i > 0 && v < (seen[i - 1] as number)).length;
    expect(backwards(byNameWriter), 'the recent list went backwards').toBe(0);
    expect(backwards(byRecentWriter), 'the organisation name went backwards').toBe(0);
    const backend = createBackend({ dataDir, runtime: 'node', version: '0.0.0-test' });
    const settings = backend.services.settings.get();
    backend.close();
    expect(settings.organisation.name).toBe(`A${ROUNDS - 1}`);
    expect(settings.recentMeetings[0]).toBe(`b${ROUNDS - 1}`);
    expect(settings.recentMeetings).toHaveLength(10);
  });
});
