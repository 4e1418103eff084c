import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { stored, writeZip } from '../../helpers/hostileFiles';
import { sampleDir, stateOf } from '../../helpers/packages';
import { makeTempDir } from '../../helpers/tempDir';
import { numberedPdf } from '../../helpers/testPdfs';

/**
 * Seeded, bounded fuzzing of the importer (issue 16): the minimal package with one bilaga,
 * mutated — bytes of kallelse.json, of the bilaga PDF or of the whole .kallelse zip flipped,
 * truncated or spliced, or a JSON value replaced by arbitrary JSON. Every import either
 * succeeds or is refused with a one-line Swedish message (never INTERNAL, never a crash),
 * within 10 s, and a refused one leaves every table and the content store as they were.
 */
const RUNS = Number(process.env.KALLELSE_FUZZ_RUNS) || 150;
const SEED = 20261129;
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let baseJson: Record<string, unknown>;
let basePdf: Uint8Array;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function packageJson(pdf: Uint8Array, json: Record<string, unknown> = baseJson): Buffer {
  const copy = structuredClone(json) as { meeting: { sections: { items: { documents?: unknown[] }[] }[] } };
  const item = copy.meeting.sections.at(-1)?.items.at(-1);
  if (item) {
    item.documents ??= [];
    item.documents.push({ type: 'pdf', title: 'Bilaga', file: { path: 'bilagor/b.pdf', sha256: sha(pdf) } });
  }
  return Buffer.from(JSON.stringify(copy, null, 2), 'utf8');
}

type Mutation =
  | { kind: 'bytes'; edits: { at: number; byte: number }[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    edits: fc
      .array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
          byte: fc.integer({ min: 0, max: 255 }),
        }),
        { minLength: 1, maxLength: 8 },
      )
      .map((es) => es.map((e) => ({ at: e.at, byte: e.byte }))),
  }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.string({ maxLength: 40, unit: 'binary' }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Buffer {
  const b = Buffer.from(bytes);
  const pos = (x: number) => Math.min(b.length - 1, Math.floor(x * b.length));
  if (m.kind === 'bytes') {
    for (const e of m.edits) b[pos(e.at)] = e.byte;
    return b;
  }
  if (m.kind === 'truncate') return b.subarray(0, pos(m.at));
  return Buffer.concat([b.subarray(0, pos(m.at)), Buffer.from(m.text, 'utf8'), b.subarray(pos(m.at))]);
}

/** Replaces the value at a pseudo-random place in the JSON tree with `value`. */
function replaceSomewhere(json: Record<string, unknown>, pick: number, value: unknown): Record<string, unknown> {
  const copy = structuredClone(json);
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((v, i) => {
        slots.push([node, i]);
        walk(v);
      });
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, k]);
        walk(v);
      }
  };
  walk(copy);
  const [parent, key] = slots[pick % slots.length] as [Record<string | number, unknown>, string | number];
  parent[key] = value;
  return copy;
}

type Target = { where: 'json' | 'pdf' | 'zip'; m: Mutation } | { where: 'value'; pick: number; value: unknown };

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ where: fc.constant('json' as const), m: mutation }),
  fc.record({ where: fc.constant('pdf' as const), m: mutation }),
  fc.record({ where: fc.constant('zip' as const), m: mutation }),
  fc.record({ where: fc.constant('value' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
);

let n = 0;
/** Writes the mutated package; returns what to import. */
function write(t: Target): string {
  const dir = path.join(temp.dir, `p${n++}`);
  fs.mkdirSync(path.join(dir, 'bilagor'), { recursive: true });
  let pdf: Uint8Array = basePdf;
  let json: Buffer;
  if (t.where === 'pdf') pdf = mutate(basePdf, t.m);
  if (t.where === 'value')
    json = Buffer.from(JSON.stringify(replaceSomewhere(JSON.parse(packageJson(pdf).toString()), t.pick, t.value)));
  else json = packageJson(pdf);
  if (t.where === 'json') json = mutate(json, t.m);
  if (t.where === 'zip') {
    const file = `${dir}.kallelse`;
    fs.writeFileSync(file, mutate(writeZip([stored('kallelse.json', json), stored('bilagor/b.pdf', pdf)]), t.m));
    return file;
  }
  fs.writeFileSync(path.join(dir, 'kallelse.json'), json);
  fs.writeFileSync(path.join(dir, 'bilagor/b.pdf'), pdf);
  return dir;
}

beforeAll(async () => {
  temp = makeTempDir('kallelse-fuzz-');
  backend = createBackend({ dataDir: path.join(temp.dir, 'data'), runtime: 'node', version: '0.0.0-test' });
  baseJson = JSON.parse(fs.readFileSync(path.join(sampleDir('minimal'), 'kallelse.json'), 'utf8'));
  basePdf = await numberedPdf('Fuzz', 2);
  // The unmutated package imports: the fuzz starts from something valid.
  const dir = write({ where: 'value', pick: 0, value: 'kallelse-package' });
  await backend.services.packages.importPackage(dir);
});
afterAll(() => {
  backend.close();
  temp.cleanup();
});

describe('importer fuzz', () => {
  it(`${RUNS} mutated packages (seed ${SEED}): no crash, no hang past 10 s, nothing written when refused`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const input = write(t);
        const before = stateOf(backend.db, backend.store.root);
        let timer: NodeJS.Timeout | undefined;
        const outcome = await Promise.race([
          backend.services.packages.importPackage(input).then(
            () => ({ ok: true as const }),
            (error: unknown) => ({ ok: false as const, error: error as { code?: string; message?: string } }),
          ),
          new Promise<'hang'>((resolve) => {
            timer = setTimeout(() => resolve('hang'), 10_000);
          }),
        ]);
        clearTimeout(timer);
        expect(outcome, 'the import took more than 10 s').not.toBe('hang');
        if (outcome === 'hang' || outcome.ok) return;
        refused += 1;
        expect(outcome.error.code, outcome.error.message).toBeTypeOf('string');
        expect(outcome.error.code, outcome.error.message).not.toBe('INTERNAL');
        expect(outcome.error.message).not.toContain('\n');
        expect(outcome.error.message).not.toMatch(/\bat \w+ \(|TypeError|RangeError|undefined/);
        expect(stateOf(backend.db, backend.store.root)).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(refused, 'most mutations are refused').toBeGreaterThan(RUNS / 4);
  }, 300_000);
});
