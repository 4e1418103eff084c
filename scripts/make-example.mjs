#!/usr/bin/env node
// Writes the example meeting that ships with Kallelse ("Öppna exempelmötet", `npm run demo`):
// samples/exempel/kallelse.json and its PDF bilagor, and the meeting before it with its justerat
// protokoll (samples/exempel-protokoll/kallelse.json, no bilagor). Deterministic: the same bytes on every run,
// so the committed package can be checked against a fresh run (tests/integration/exampleMeeting.test.ts).
//
//   node scripts/make-example.mjs [--out FOLDER] [--out-protokoll FOLDER]
//   (defaults: samples/exempel, samples/exempel-protokoll)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bilagor } from './example/bilagor.mjs';
import { examplePackage } from './example/meeting.mjs';
import { previousPackage } from './example/previous.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'out-protokoll': { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(root, 'samples', 'exempel'));
const outProtokoll = path.resolve(values['out-protokoll'] ?? path.join(root, 'samples', 'exempel-protokoll'));

const refs = new Map();
for (const [file, make] of Object.entries(bilagor)) {
  const bytes = await make();
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  fs.writeFileSync(path.join(out, file), bytes);
  refs.set(file, { path: file, sha256: createHash('sha256').update(bytes).digest('hex') });
}
const pkg = examplePackage((file) => {
  const ref = refs.get(file);
  if (!ref) throw new Error(`Bilagan ${file} skapas inte av scripts/example/bilagor.mjs.`);
  return ref;
});
fs.writeFileSync(path.join(out, 'kallelse.json'), `${JSON.stringify(pkg, null, 2)}\n`);
process.stdout.write(`Exempelmötet skrevs till ${path.relative(process.cwd(), out) || '.'} (${refs.size} bilagor).\n`);
fs.mkdirSync(outProtokoll, { recursive: true });
fs.writeFileSync(path.join(outProtokoll, 'kallelse.json'), `${JSON.stringify(previousPackage(), null, 2)}\n`);
process.stdout.write(
  `Föregående sammanträde med protokoll skrevs till ${path.relative(process.cwd(), outProtokoll) || '.'}.\n`,
);
