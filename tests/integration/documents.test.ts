import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { ScriptedDialogs } from '../../electron/services/dialogs';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { ipcCaller } from '../helpers/ipc';
import { sampleDir } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';
import { numberedPdf } from '../helpers/testPdfs';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let dialogs: ScriptedDialogs;
let meeting: MeetingDetail;

beforeEach(async () => {
  temp = makeTempDir();
  dialogs = new ScriptedDialogs();
  backend = createBackend({
    dataDir: temp.dir,
    runtime: 'node',
    version: '0.0.0-test',
    dialogs,
  });
  const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
  meeting = backend.services.meetings.get(meetingId);
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

const { call, refused } = ipcCaller(() => backend);

const items = (m: MeetingDetail) => m.sections.flatMap((s) => s.items);
const docTypes = (m: MeetingDetail, itemId: string) =>
  items(m)
    .find((i) => i.id === itemId)!
    .documents.map((d) => d.type);
const emptyItem = () => items(meeting).find((i) => i.documents.length === 0)!;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const ts = {
  type: 'tjansteskrivelse',
  date: '2024-03-01',
  dnr: 'RJL 2024/12',
  title: 'Stöd till besöksnäringen',
  forslagTillBeslut: { subject: 'Nämnden', style: 'bullet', points: ['godkänner stödet'] },
  sammanfattning: 'Kort **sammanfattning**.',
  informationIArendet: '- punkt ett\n- punkt två\n\n| A | B |\n| --- | --- |\n| 1 | 2 |',
  beslutsunderlag: ['Tjänsteskrivelse daterad 2024-03-01'],
  signatories: [{ name: 'Karin Hermansson', title: 'Direktör' }],
} as const;

describe('documents of an item', () => {
  it('adds written documents in the default order, edits, removes and restores them with the same id', async () => {
    const item = emptyItem();
    const pdf = path.join(temp.dir, 'Ansökan från Smålands Turism.pdf');
    fs.writeFileSync(pdf, await numberedPdf('Ansökan', 2));
    dialogs.answerNext([pdf]);
    const attached = await call('documents:attach', { itemId: item.id });
    expect(attached!.documentIds).toHaveLength(1);

    const added = await call('documents:add', { itemId: item.id, document: ts });
    const extract = await call('documents:add', {
      itemId: item.id,
      document: { type: 'protokollsutdrag', paragraph: 12, title: 'Stöd', decisionPoints: ['Godkänna stödet'] },
    });
    const outside = await refused('documents:add', {
      itemId: item.id,
      document: { type: 'protokollsutdrag', paragraph: 3, title: 'Stöd' },
    });
    expect(outside.message).toMatch(/§ 3 ligger utanför presidiets protokoll \(§§ 10-14\)/);
    // Protocol extract first, then the tjänsteskrivelse, then the bilaga (anatomy §8 req. 2).
    expect(docTypes(extract.meeting, item.id)).toEqual(['protokollsutdrag', 'tjansteskrivelse', 'pdf']);

    const detail = await call('documents:get', { documentId: added.documentId });
    expect(detail.document).toMatchObject({
      title: 'Stöd till besöksnäringen',
      informationIArendet: ts.informationIArendet,
    });

    const edited = await call('documents:update', {
      documentId: added.documentId,
      document: { ...ts, type: 'missiv', title: 'Ny rubrik' },
    });
    expect(items(edited.meeting).find((i) => i.id === item.id)!.documents[1]!.title).toBe('Ny rubrik');
    // Undo of the edit: the snapshot goes back.
    await call('documents:restore', edited.before);
    expect((await call('documents:get', { documentId: added.documentId })).document).toMatchObject({
      type: 'tjansteskrivelse',
      title: 'Stöd till besöksnäringen',
    });

    const removed = await call('documents:remove', { documentId: added.documentId });
    expect(docTypes(removed.meeting, item.id)).toEqual(['protokollsutdrag', 'pdf']);
    const restored = await call('documents:restore', removed.removed);
    expect(docTypes(restored, item.id)).toEqual(['protokollsutdrag', 'tjansteskrivelse', 'pdf']);
    expect(items(restored).find((i) => i.id === item.id)!.documents[1]!.id).toBe(added.documentId);

    // Reorder, and the package export follows the stored order.
    const ids = items(restored)
      .find((i) => i.id === item.id)!
      .documents.map((d) => d.id);
    const reordered = await call('documents:reorder', { itemId: item.id, documentIds: [ids[2], ids[0], ids[1]] });
    expect(docTypes(reordered, item.id)).toEqual(['pdf', 'protokollsutdrag', 'tjansteskrivelse']);
    const exported = await backend.services.packages.exportMeeting(meeting.id);
    const exportedItem = exported.pkg.meeting.sections.flatMap((s) => s.items)[items(meeting).indexOf(item)]!;
    expect(exportedItem.documents!.map((d) => d.type)).toEqual(['pdf', 'protokollsutdrag', 'tjansteskrivelse']);
    expect(exportedItem.documents![0]).toMatchObject({
      title: 'Ansökan från Smålands Turism',
      role: 'beslutsunderlag',
    });

    const wrongSet = await refused('documents:reorder', { itemId: item.id, documentIds: [ids[0], ids[1]] });
    expect(wrongSet.code).toBe('CONFLICT');
  });

  it('refuses documents that do not follow the model, naming the field', async () => {
    const item = emptyItem();
    const noTitle = await refused('documents:add', { itemId: item.id, document: { ...ts, title: '' } });
    expect(noTitle.code).toBe('VALIDATION');
    expect(noTitle.message).toMatch(/Rubrik/);
    expect(noTitle.message).not.toMatch(/title/);
    const badDate = await refused('documents:add', { itemId: item.id, document: { ...ts, date: '2024-02-30' } });
    expect(badDate.message).toMatch(/Datum/);
    const extra = await refused('documents:add', { itemId: item.id, document: { ...ts, evil: 1 } });
    expect(extra.code).toBe('VALIDATION');
    // A PDF cannot be added as a written document (it needs a checked file).
    const pdfAsText = await refused('documents:add', {
      itemId: item.id,
      document: { type: 'pdf', title: 'x', file: { path: '/etc/passwd' } },
    });
    expect(pdfAsText.code).toBe('VALIDATION');
    expect(backend.services.meetings.get(meeting.id).documentCount).toBe(meeting.documentCount);
  });

  it('attaches several dialog files, dropped bytes, and refuses damaged, encrypted and non-PDF files by name', async () => {
    const item = emptyItem();
    const a = path.join(temp.dir, 'a.pdf');
    const b = path.join(temp.dir, 'b.pdf');
    fs.writeFileSync(a, await numberedPdf('A', 1));
    fs.writeFileSync(b, await numberedPdf('B', 3));
    dialogs.answerNext([a, b]);
    const both = await call('documents:attach', { itemId: item.id });
    expect(
      items(both!.meeting)
        .find((i) => i.id === item.id)!
        .documents.map((d) => d.pageCount),
    ).toEqual([1, 3]);
    dialogs.answerNext(null);
    expect(await call('documents:attach', { itemId: item.id })).toBeNull();

    const dropped = await call('documents:drop', {
      itemId: item.id,
      files: [{ name: 'c.pdf', base64: b64(await numberedPdf('C', 2)) }],
    });
    expect(dropped.documentIds).toHaveLength(1);

    const good = await numberedPdf('D', 1);
    const damaged = good.slice(0, Math.floor(good.length / 2));
    const plain = path.join(temp.dir, 'plain.pdf');
    const locked = path.join(temp.dir, 'locked.pdf');
    fs.writeFileSync(plain, good);
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);
    const before = backend.store.list().length;
    for (const [name, bytes, pattern] of [
      ['trasig.pdf', damaged, /Filen ”trasig.pdf” är avkortad/],
      ['låst.pdf', fs.readFileSync(locked), /Filen ”låst.pdf” är krypterad/],
      ['brev.docx', Buffer.from('PK\x03\x04hello'), /Filen ”brev.docx” är ingen PDF-fil/],
    ] as const) {
      const error = await refused('documents:drop', {
        itemId: item.id,
        files: [
          { name: 'ok.pdf', base64: b64(good) },
          { name, base64: b64(bytes) },
        ],
      });
      expect(error.code).toBe('BAD_PDF');
      expect(error.message).toMatch(pattern);
    }
    // All or nothing: the good file beside a refused one was not stored either.
    expect(backend.store.list().length).toBe(before);
    expect(items(backend.services.meetings.get(meeting.id)).find((i) => i.id === item.id)!.documents).toHaveLength(3);
  });

  it('replaces a bilaga with a new version, keeps its fields, keeps the old file for undo', async () => {
    const item = emptyItem();
    const v1 = await numberedPdf('Version ett', 1);
    const { documentIds } = await call('documents:drop', {
      itemId: item.id,
      files: [{ name: 'avtal.pdf', base64: b64(v1) }],
    });
    const id = documentIds[0]!;
    await call('documents:update', {
      documentId: id,
      document: {
        type: 'pdf',
        title: 'Avtal',
        bilaga: 'Bilaga 1',
        role: 'for_information',
        public: false,
        date: '2024-01-02',
      },
    });
    const replaced = await call('documents:replaceDrop', {
      documentId: id,
      file: { name: 'avtal-v2.pdf', base64: b64(await numberedPdf('Version två', 4)) },
    });
    const doc = items(replaced.meeting).find((i) => i.id === item.id)!.documents[0]!;
    expect(doc).toMatchObject({
      title: 'Avtal',
      bilaga: 'Bilaga 1',
      role: 'for_information',
      public: false,
      pageCount: 4,
    });
    // Both versions are stored: the old one is still needed by undo.
    expect(backend.store.has(replaced.before.fileSha256!, 'application/pdf')).toBe(true);
    expect(backend.store.has(doc.fileSha256!, 'application/pdf')).toBe(true);
    const restored = await call('documents:restore', replaced.before);
    expect(items(restored).find((i) => i.id === item.id)!.documents[0]!.pageCount).toBe(1);
    const bytes = Buffer.from((await call('documents:fileBytes', { documentId: id })).base64, 'base64');
    expect(bytes.equals(Buffer.from(v1))).toBe(true);
  });

  it('restores only what the model knows (and x- extras) from a snapshot, whatever the renderer sends', async () => {
    const item = emptyItem();
    const added = await call('documents:add', { itemId: item.id, document: ts });
    const { removed } = await call('documents:remove', { documentId: added.documentId });
    const tampered = { ...JSON.parse(removed.body), evil: '<script>', 'x-note': 'kept' };
    await call('documents:restore', { ...removed, body: JSON.stringify(tampered) });
    const row = backend.db.prepare('SELECT body FROM documents WHERE id = ?').get(added.documentId) as { body: string };
    expect(JSON.parse(row.body)).not.toHaveProperty('evil');
    expect(JSON.parse(row.body)).toMatchObject({ 'x-note': 'kept', title: ts.title });
    // A snapshot of a bilaga must name a stored file.
    const missing = await refused('documents:restore', {
      ...removed,
      id: 'ny-handling',
      body: JSON.stringify({ type: 'pdf', title: 'Påhittad', file: { path: 'bilagor/x.pdf' } }),
      fileSha256: 'a'.repeat(64),
      fileName: 'x.pdf',
    });
    expect(missing.code).toBe('NOT_FOUND');
    // The meeting still exports as a valid package.
    expect(backend.services.packages.exportMeeting(meeting.id).pkg.meeting.sections.length).toBeGreaterThan(0);
  });

  it('refuses a dropped file over the size limit before reading it as a PDF', async () => {
    backend.close();
    backend = createBackend({
      dataDir: temp.dir,
      runtime: 'node',
      version: '0.0.0-test',
      dialogs,
      packageLimits: { maxFileBytes: 1000 },
    });
    const item = items(backend.services.meetings.get(meeting.id)).find((i) => i.documents.length === 0)!;
    const error = await refused('documents:drop', {
      itemId: item.id,
      files: [{ name: 'stor.pdf', base64: b64(await numberedPdf('Stor', 3)) }],
    });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/Filen ”stor.pdf” är .* högst/);
  });
});
