import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcCaller } from '../../helpers/ipc';
import { readJson, sampleDir, writePackage } from '../../helpers/packages';
import { pageTexts } from '../../helpers/poppler';
import { backend, expectRefused, type Json, registerRefusalHarness, temp } from '../../helpers/refusals';

/**
 * Finding 6 of issue 16: text dropped silently — a 1,500-word title stopped at word 199 in the
 * agenda, a 500-level nested list lost every level after about 45, an 18 MB title was accepted
 * (3 GB, 30 s export). The import and the IPC gate now share one set of limits (titles ≤ 500
 * characters, lists nested ≤ 20 levels), and what they accept prints in full.
 */
registerRefusalHarness();
const ipc = ipcCaller(() => backend);

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i + 1}`).join(' ');
/** `- - - x`: a list in a list in a list — 500 levels in 1,000 characters. */
const compactList = (levels: number) => `${'- '.repeat(levels)}djupast`;
const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- nivå ${i + 1}`).join('\n');

/** The minimal package with its last item's title and the protokollsutdrag's sammanfattning changed. */
function minimal(change: { title?: string; sammanfattning?: string }) {
  const json = readJson(path.join(sampleDir('minimal'), 'kallelse.json')) as Json;
  json.meeting.date = '2024-04-17'; // not the meeting already in the database
  const items = json.meeting.sections.flatMap((s: Json) => s.items);
  if (change.title !== undefined) items.at(-1).title = change.title;
  if (change.sammanfattning !== undefined) {
    const utdrag = items.flatMap((i: Json) => i.documents ?? []).find((d: Json) => d.type === 'protokollsutdrag');
    utdrag.sammanfattning = change.sammanfattning;
  }
  return writePackage(json).dir;
}

const firstSection = () =>
  backend.db.prepare('SELECT id FROM agenda_sections ORDER BY rowid LIMIT 1').pluck().get() as string;

describe('limits that agree: import and IPC', () => {
  it('a 1,500-word title is refused at import and at the IPC gate, naming the field', async () => {
    await expectRefused(minimal({ title: words(1500) }), 'BAD_PACKAGE', /högst 500 tecken/);
    const error = await ipc.refused('items:add', { sectionId: firstSection(), title: words(1500) });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/högst 500 tecken/);
  });

  it('an 18 MB title is refused fast at import and at the IPC gate', async () => {
    const huge = 'x'.repeat(18 * 1024 * 1024);
    let started = Date.now();
    await expectRefused(minimal({ title: huge }), 'BAD_PACKAGE', /högst 500 tecken/);
    expect(Date.now() - started, 'import refusal (ms)').toBeLessThan(10_000);
    started = Date.now();
    const error = await ipc.refused('items:add', { sectionId: firstSection(), title: huge });
    expect(error.code).toBe('VALIDATION');
    expect(Date.now() - started, 'IPC refusal (ms)').toBeLessThan(2_000);
  });

  it('a 500-level nested list is refused at import and at the IPC gate', async () => {
    await expectRefused(minimal({ sammanfattning: compactList(500) }), 'BAD_PACKAGE', /nästlade högst 20 nivåer/);
    const documentId = backend.db
      .prepare("SELECT id FROM documents WHERE type = 'protokollsutdrag' LIMIT 1")
      .pluck()
      .get() as string;
    const current = await ipc.call('documents:get', { documentId });
    const error = await ipc.refused('documents:update', {
      documentId,
      document: { ...(current as Json).document, sammanfattning: compactList(500) },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/nästlade högst 20 nivåer/);
  });
});

describe('what the limits allow prints in full', () => {
  it('a 500-character title and a 20-level list are in the exported PDF, every word and level', async () => {
    const title = `${'Långt ärende '.repeat(40).slice(0, 480)} SLUTORDET`.slice(0, 500);
    expect(title.length).toBeLessThanOrEqual(500);
    const { meetingId } = await backend.services.packages.importPackage(
      minimal({ title, sammanfattning: nestedList(20) }),
    );
    const out = path.join(temp.dir, 'kallelse.pdf');
    await backend.services.pdf.exportMeeting(meetingId, out);
    const text = pageTexts(out).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('SLUTORDET');
    for (let level = 1; level <= 20; level++) expect(text).toContain(`nivå ${level}`);
  }, 60_000);
});
