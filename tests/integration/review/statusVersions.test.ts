import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { sha256Hex } from '../../../electron/files/ContentStore';
import { loadPackage } from '../../../electron/package/load';
import type { ScriptedDialogs } from '../../../electron/services/dialogs';
import { sampleDir } from '../../helpers/packages';
import { grayImage, pdfText, shareOfPixels } from '../../helpers/poppler';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let clock = new Date('2026-02-01T08:00:00.000Z');

beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-02-01T08:00:00.000Z');
  backend = createBackend({
    dataDir: temp.dir,
    runtime: 'node',
    version: '0.0.0-test',
    now: () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    },
  });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

async function minimal(): Promise<string> {
  return (await backend.services.packages.importPackage(sampleDir('minimal'))).meetingId;
}
/** The UTKAST watermark is drawn, not written: measure its gray on page 1. */
function watermarkShare(bytes: Uint8Array): number {
  const file = path.join(temp.dir, `w-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return shareOfPixels(grayImage(file, 1, 36), [226, 230], 36);
}
const status = (meetingId: string) => backend.services.meetings.get(meetingId).status;

describe('status workflow enforced by the service', () => {
  it('refuses a jump that skips steps and says where the meeting can go', async () => {
    const id = await minimal();
    await expect(backend.services.versions.changeStatus(id, 'utskickad')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Från Utkast kan det gå till: Granskning, Fastställd'),
    });
    await expect(backend.services.versions.changeStatus(id, 'justerad')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(status(id)).toBe('utkast');
  });

  it('walks forward through every step; going back needs a reason, and both are recorded', async () => {
    const id = await minimal();
    const v = backend.services.versions;
    await v.changeStatus(id, 'granskning');
    await v.changeStatus(id, 'faststalld');
    await expect(v.changeStatus(id, 'granskning')).rejects.toMatchObject({ code: 'VALIDATION', detail: 'reason' });
    expect(status(id)).toBe('faststalld');
    await v.changeStatus(id, 'granskning', 'Ordföranden vill lägga till en punkt');
    await v.changeStatus(id, 'faststalld');
    await v.changeStatus(id, 'utskickad');
    await v.changeStatus(id, 'genomford');
    await v.changeStatus(id, 'justerad');
    expect(status(id)).toBe('justerad');
    await expect(v.changeStatus(id, 'utkast', 'x')).rejects.toMatchObject({
      message: expect.stringContaining('Från Justerad kan det gå till: Genomförd'),
    });

    const history = v.history(id);
    expect(history.changes.map((c) => `${c.fromStatus}→${c.toStatus}${c.version ? ` v${c.version}` : ''}`)).toEqual([
      'utkast→granskning v1',
      'granskning→faststalld',
      'faststalld→granskning v2',
      'granskning→faststalld',
      'faststalld→utskickad v3',
      'utskickad→genomford',
      'genomford→justerad',
    ]);
    expect(history.changes[2]).toMatchObject({ direction: 'backward', reason: 'Ordföranden vill lägga till en punkt' });
    expect(history.versions.map((x) => [x.version, x.status])).toEqual([
      [1, 'granskning'],
      [2, 'granskning'],
      [3, 'utskickad'],
    ]);
  });

  it('over IPC: meetings:setStatus applies the rules and takes the reason', async () => {
    const id = await minimal();
    const refused = await backend.dispatch('meetings:setStatus', { meetingId: id, status: 'genomford' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const ok = await backend.dispatch('meetings:setStatus', { meetingId: id, status: 'faststalld' });
    expect(ok).toMatchObject({ ok: true, value: { status: 'faststalld' } });
    const back = await backend.dispatch('meetings:setStatus', { meetingId: id, status: 'utkast', reason: '  ' });
    expect(back).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('versions', () => {
  it('granskning stores the package and the PDF (UTKAST); utskickad stores the sent one (no watermark)', async () => {
    const id = await minimal();
    const v = backend.services.versions;
    await v.changeStatus(id, 'granskning');
    const [first] = v.versions(id);
    expect(first).toMatchObject({ version: 1, status: 'granskning' });
    const pdf1 = v.versionPdf(first!.id);
    expect(sha256Hex(pdf1)).toBe(first!.pdfSha256);
    expect(watermarkShare(pdf1)).toBeGreaterThan(0.012);

    // The stored package is the meeting as it was, status included, with identities.
    const stored = v.versionPackage(first!.id);
    expect(stored.pkg.meeting.status).toBe('granskning');
    const firstItem = stored.pkg.meeting.sections[0]!.items[0]!;
    expect(firstItem['x-id']).toMatch(/.+/);

    // Later edits do not reach the version.
    const itemId = backend.services.meetings.get(id).sections[0]!.items[0]!.id;
    backend.services.agenda.updateItem(itemId, { title: 'Ändrad rubrik efter granskningen' });
    expect(v.versionPackage(first!.id).pkg.meeting.sections[0]!.items[0]!.title).toBe(firstItem.title);

    await v.changeStatus(id, 'faststalld');
    await v.changeStatus(id, 'utskickad');
    const sent = v.versions(id).at(-1)!;
    expect(sent).toMatchObject({ version: 2, status: 'utskickad' });
    expect(watermarkShare(v.versionPdf(sent.id))).toBeLessThan(0.006);
    const text2 = await pdfText(v.versionPdf(sent.id), temp.dir);
    expect(text2).toContain('Ändrad rubrik efter granskningen');
    expect(v.versionPackage(sent.id).pkg.meeting.invitees?.length).toBeGreaterThan(0);

    // What changed between them: exactly the retitled item.
    const report = v.changes(id, first!.id, sent.id);
    expect(report.changes.map((c) => c.kind)).toEqual(['item-retitled']);
  });

  it('a version cannot be changed or deleted, in SQL or by later moves; its files are kept', async () => {
    const id = await minimal();
    await backend.services.versions.changeStatus(id, 'granskning');
    const [first] = backend.services.versions.versions(id);
    const before = backend.db.prepare('SELECT * FROM meeting_versions').all();
    expect(() => backend.db.prepare("UPDATE meeting_versions SET package = '{}'").run()).toThrow(/oföränderliga/);
    expect(() => backend.db.prepare('UPDATE meeting_versions SET version = 7').run()).toThrow(/oföränderliga/);
    expect(() => backend.db.prepare('DELETE FROM meeting_versions').run()).toThrow(/med sitt möte/);
    expect(() => backend.db.prepare('DELETE FROM files WHERE sha256 = ?').run(first!.pdfSha256)).toThrow(/FOREIGN KEY/);
    await backend.services.versions.changeStatus(id, 'utkast', 'Mer att göra');
    await backend.services.versions.changeStatus(id, 'granskning');
    expect(backend.db.prepare('SELECT * FROM meeting_versions WHERE version = 1').all()).toEqual(before);
    // Deleting the meeting takes its versions with it.
    backend.services.meetings.delete(id);
    expect(backend.db.prepare('SELECT count(*) AS n FROM meeting_versions').get()).toEqual({ n: 0 });
  });

  it('an earlier version opens read-only and exports as PDF and as a package that imports', async () => {
    const id = await minimal();
    await backend.services.versions.changeStatus(id, 'granskning');
    const [first] = backend.services.versions.versions(id);
    const view = backend.services.versions.open(first!.id);
    expect(view.items.length).toBeGreaterThan(0);
    expect(Buffer.from(view.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const dialogs = backend.services.dialogs as ScriptedDialogs;
    const pdfTarget = path.join(temp.dir, 'v1.pdf');
    const pkgTarget = path.join(temp.dir, 'v1.kallelse');
    dialogs.answerNext(pdfTarget);
    expect(await backend.dispatch('versions:exportPdf', { versionId: first!.id })).toMatchObject({ ok: true });
    expect(sha256Hex(fs.readFileSync(pdfTarget))).toBe(first!.pdfSha256);
    dialogs.answerNext(pkgTarget);
    expect(await backend.dispatch('versions:exportPackage', { versionId: first!.id })).toMatchObject({ ok: true });
    const loaded = await loadPackage(pkgTarget);
    expect(loaded.pkg.meeting.status).toBe('granskning');
  });

  it('the change report PDF "Ändringar sedan version 1" against the meeting as it is now', async () => {
    const id = await minimal();
    await backend.services.versions.changeStatus(id, 'granskning');
    const [first] = backend.services.versions.versions(id);
    const section = backend.services.meetings.get(id).sections[0]!;
    const added = backend.services.agenda.addItem({ sectionId: section.id, title: 'Extra ärende om lokaler' });
    expect(added.itemId).toBeTruthy();
    const r = await backend.services.versions.changesPdf(id, first!.id);
    expect(r.changes).toBe(1);
    const text = await pdfText(r.bytes, temp.dir);
    expect(text).toContain('Ändringar sedan version 1');
    expect(text).toContain('Extra ärende om lokaler');
  });
});
