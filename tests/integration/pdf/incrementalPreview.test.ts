import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { deltaFrom } from '../../../electron/pdf/incremental';
import { renderKallelse } from '../../../electron/pdf/renderKallelse';
import { sampleDir } from '../../helpers/packages';
import { pageTexts } from '../../helpers/poppler';
import { expectSamePackage } from '../../helpers/samePackage';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The preview's incremental updates (electron/pdf/incremental.ts): an edit that moves no page
 * appends only what it changed to the file before, and the result reads (poppler, qpdf) as the
 * same package as a cold export.
 */
const now = new Date('2022-02-14T08:00:00Z');
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeAll(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test', now: () => now });
});
afterAll(() => {
  backend.close();
  temp.cleanup();
});

const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** A cold export of the meeting as it is now, in the page-number style of the settings (a test may change it). */
const coldRender = (meetingId: string) =>
  renderKallelse(backend.services.packages.exportMeeting(meetingId), {
    pageNumberStyle: backend.services.settings.get().pageNumberStyle,
    creationDate: now,
    creator: 'Kallelse 0.0.0-test',
  });
const prefixOf = (a: Uint8Array, b: Uint8Array) =>
  b.length > a.length && Buffer.from(b.subarray(0, a.length)).equals(a);

describe('incremental preview updates', () => {
  it('title edits append only the changed agenda pages, and the file reads as a cold export', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const pdf = backend.services.pdf;
    const items = () => backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items);
    const first = await pdf.previewMeeting(meetingId);
    expect(pdf.warm.stats).toMatchObject({ full: 1, incremental: 0 });
    const firstId = first.versions!.at(-1)!.id;

    let previous = first;
    for (const [i, n] of [9, 3, 12].entries()) {
      const item = items()[n - 1]!;
      backend.services.agenda.updateItem(item.id, { title: `${item.title} (ändring ${i + 1})` });
      const next = await pdf.previewMeeting(meetingId);
      // The new file is the old one plus an update far smaller than the package.
      expect(prefixOf(previous.bytes, next.bytes)).toBe(true);
      expect(next.bytes.length - previous.bytes.length).toBeLessThan(previous.bytes.length / 4);
      previous = next;
    }
    expect(pdf.warm.stats).toMatchObject({ full: 1, incremental: 3 });

    // What the window needs from the version it holds: the bytes after it and the pages that changed.
    const delta = deltaFrom(previous.versions!, firstId)!;
    expect(delta.offset).toBe(first.bytes.length);
    expect(delta.changed.length).toBeGreaterThan(0);
    expect(Math.max(...delta.changed)).toBeLessThanOrEqual(previous.kallelsePages + 20);
    expect(deltaFrom(previous.versions!, 'okänd')).toBeNull();

    const warmFile = write('incremental.pdf', previous.bytes);
    execFileSync('qpdf', ['--check', warmFile]); // throws on a damaged file or cross-reference table
    const cold = await coldRender(meetingId);
    expect(previous.items).toEqual(cold.items);
    expect(pageTexts(warmFile)[0]).toContain('(ändring 1)');
    expectSamePackage(temp.dir, warmFile, write('incremental-cold.pdf', cold.bytes));

    // A change that moves the page numbers' text renders in full again.
    backend.services.settings.set({ pageNumberStyle: 'sida-n-av-N' });
    const full = await pdf.previewMeeting(meetingId);
    expect(pdf.warm.stats.full).toBe(2);
    expect(prefixOf(previous.bytes, full.bytes)).toBe(false);
    expect(deltaFrom(full.versions!, firstId)).toBeNull();
  }, 180_000);

  it('an edit that uses no new glyph reuses the fonts already in the file (fontReuse.ts)', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const pdf = backend.services.pdf;
    const item = backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[11]!;
    await pdf.previewMeeting(meetingId);
    const fontFiles = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').split('/FontFile2').length - 1;
    const updates: number[] = [];
    let previous = await pdf.previewMeeting(meetingId);
    for (const n of [1, 2, 3]) {
      backend.services.agenda.updateItem(item.id, { title: `${item.title} (ändring ${n})` });
      const next = await pdf.previewMeeting(meetingId);
      expect(prefixOf(previous.bytes, next.bytes)).toBe(true);
      updates.push(fontFiles(next.file!.from(previous.bytes.length)));
      previous = next;
    }
    // The first edit brings glyphs the agenda had not used ("(ändring"); later ones only digits it had.
    expect(updates[0]).toBeGreaterThan(0);
    expect(updates.slice(1)).toEqual([0, 0]);
    const warmFile = write('fonts-reused.pdf', previous.bytes);
    execFileSync('qpdf', ['--check', warmFile]);
    const cold = await coldRender(meetingId);
    expectSamePackage(temp.dir, warmFile, write('fonts-reused-cold.pdf', cold.bytes));
  }, 180_000);

  it('many edits never let the file grow far beyond twice its full size', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    const pdf = backend.services.pdf;
    const item = backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[0]!;
    const first = await pdf.previewMeeting(meetingId);
    const fullBefore = pdf.warm.stats.full;
    let last = first;
    let largestUpdate = 0;
    for (let i = 0; i < 30; i++) {
      backend.services.agenda.updateItem(item.id, { title: `Ärende ${i}` });
      const previous = last.bytes.length;
      last = await pdf.previewMeeting(meetingId);
      largestUpdate = Math.max(largestUpdate, last.bytes.length - previous);
      // Twice the size of the last full save, plus the one update that crossed it.
      expect(last.bytes.length).toBeLessThanOrEqual(2 * pdf.warm.current!.fullSize + largestUpdate);
    }
    expect(pdf.warm.stats.full).toBeGreaterThan(fullBefore); // saved in full again on the way
    const file = write('many.pdf', last.bytes);
    execFileSync('qpdf', ['--check', file]);
    expect(pageTexts(file)[0]).toContain('Ärende 29');
    // After updates, sweeps of what they replaced and full saves on the way: still the same package.
    const cold = await coldRender(meetingId);
    expectSamePackage(temp.dir, file, write('many-cold.pdf', cold.bytes));
  }, 120_000);
});
