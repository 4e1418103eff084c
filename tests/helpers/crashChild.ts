// A real backend making seeded random edits and exports until it is killed (tests/integration/
// hostile/crashKill.test.ts). Each edit is acknowledged on stdout only after main answered ok —
// what the user would have seen as saved — one JSON line written synchronously; an `intent`
// line before each write names what may be there although it was never acknowledged.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend';
import type { Result } from '../../shared/ipc/result';

const [dataDir, exportDir, seedText, sectionsJson, meetingId] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const sections = JSON.parse(sectionsJson) as string[];
let seed = Number(seedText) >>> 0 || 1;
/** mulberry32: small, seeded, the same sequence on every machine. */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const ack = (line: unknown) => fs.writeSync(1, `${JSON.stringify(line)}\n`);

const backend = createBackend({ dataDir, runtime: 'node', version: '0.0.0-crash' });
const items: string[] = [];
ack({ ready: true });
/** A refusal here is a bug in the test's inputs: stop rather than spin. */
const check = (r: Result<unknown>): r is { ok: true; value: unknown } => {
  if (!r.ok) {
    process.stderr.write(`${r.error.message}\n`);
    process.exit(2);
  }
  return true;
};
const stopAt = Date.now() + 60_000;
for (let n = 0; Date.now() < stopAt; n++) {
  // Back to the event loop each round, so the parent's signals and timers are seen.
  await new Promise((resolve) => setImmediate(resolve));
  const op = random();
  const tag = `${seedText}-${n}`;
  if (op < 0.35 || items.length === 0) {
    ack({ intent: 'add' });
    const r = await backend.dispatch('items:add', { sectionId: pick(sections), title: `Ärende ${tag}` });
    if (check(r)) {
      const itemId = (r.value as { itemId: string }).itemId;
      items.push(itemId);
      ack({ item: itemId, title: `Ärende ${tag}` });
    }
  } else if (op < 0.6) {
    const itemId = pick(items);
    ack({ intent: itemId, title: `Ändrat ${tag}` });
    const r = await backend.dispatch('items:update', { itemId, patch: { title: `Ändrat ${tag}` } });
    if (check(r)) ack({ item: itemId, title: `Ändrat ${tag}` });
  } else if (op < 0.75) {
    ack({ intent: 'organisation', title: `Region ${tag}` });
    const r = await backend.dispatch('settings:set', { organisation: { name: `Region ${tag}` } });
    if (check(r)) ack({ organisation: `Region ${tag}` });
  } else if (op < 0.9) {
    await backend.services.pdf.exportMeeting(meetingId, path.join(exportDir, 'kallelse.pdf'));
    ack({ exported: tag });
  } else {
    // A large stored file: the content store's temp file is on disk for a while.
    backend.store.put(randomBytes(4 * 1024 * 1024), 'application/pdf');
    ack({ stored: tag });
  }
}
