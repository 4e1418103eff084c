import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { copySample, pdfRefs, readJson, sampleDir, sha256File } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
const open: Backend[] = [];
const backendIn = (name: string) => {
  const b = createBackend({ dataDir: path.join(temp.dir, name), runtime: 'node', version: '0.0.0-test' });
  open.push(b);
  return b;
};

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  for (const b of open.splice(0)) b.close();
  temp.cleanup();
});

const withoutExportedAt = (json: Record<string, unknown>) => {
  const { exportedAt: _drop, ...rest } = json;
  return rest;
};

/** The package without the `x-id`s the exporter adds to the meeting, items and documents. */
const withoutIds = (json: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(json, (key, value) => (key === 'x-id' ? undefined : value)));

describe('kallelse-package round trip', () => {
  it('ANA: export reproduces the sample kallelse.json and every file byte for byte', async () => {
    const a = backendIn('a');
    const { meetingId } = await a.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const out = path.join(temp.dir, 'export-folder');
    const written = await a.services.packages.writePackage(meetingId, out);
    expect(written).toMatchObject({ kind: 'folder', files: 15 });

    const sample = readJson(path.join(sampleDir('ana-2022-02-23'), 'kallelse.json'));
    const exported = readJson(path.join(out, 'kallelse.json'));
    expect(exported.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Same shape, same values, x- properties kept: the sample already uses bilagor/<name>.pdf with sha256.
    // The only addition: the identity of the meeting, each item and each document.
    expect(withoutIds(withoutExportedAt(exported))).toEqual(sample);
    const meeting = exported.meeting as { 'x-id': string; sections: { items: Record<string, unknown>[] }[] };
    const items = meeting.sections.flatMap((s) => s.items);
    const documents = items.flatMap((i) => (i.documents ?? []) as Record<string, unknown>[]);
    const ids = [meeting['x-id'], ...items.map((i) => i['x-id']), ...documents.map((d) => d['x-id'])];
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of pdfRefs(exported)) {
      const original = path.join(sampleDir('ana-2022-02-23'), ref.path);
      expect(sha256File(path.join(out, ref.path))).toBe(ref.sha256);
      expect(fs.readFileSync(path.join(out, ref.path)).equals(fs.readFileSync(original))).toBe(true);
    }
  });

  it('import → export (.kallelse zip) → import into a fresh database gives the same meeting', async () => {
    const a = backendIn('a');
    const first = await a.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const zip = path.join(temp.dir, 'ana.kallelse');
    expect((await a.services.packages.writePackage(first.meetingId, zip)).kind).toBe('zip');
    // A real zip: listed by the system's unzip-free check (qpdf cannot, so use the zip's own magic + python).
    expect(fs.readFileSync(zip).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const names = execFileSync(
      'python3',
      ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip],
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n');
    expect(names).toContain('kallelse.json');
    expect(names.filter((n) => n.startsWith('bilagor/') && n.endsWith('.pdf'))).toHaveLength(15);

    const b = backendIn('b');
    const second = await b.services.packages.importPackage(zip);
    expect(second).toEqual({ ...first, meetingId: second.meetingId });
    const exportA = a.services.packages.exportMeeting(first.meetingId);
    const exportB = b.services.packages.exportMeeting(second.meetingId);
    expect(withoutExportedAt(exportB.json)).toEqual(withoutExportedAt(exportA.json));
    // The meeting as the app shows it is the same, ids aside.
    const strip = (m: ReturnType<typeof a.services.meetings.get>) =>
      JSON.parse(JSON.stringify(m), (k, v) =>
        ['id', 'sectionId', 'membershipId', 'createdAt', 'updatedAt'].includes(k) ? undefined : v,
      );
    expect(strip(b.services.meetings.get(second.meetingId))).toEqual(strip(a.services.meetings.get(first.meetingId)));
    // Files byte-identical through two databases.
    for (const f of exportB.files) {
      const bytes = await exportB.readFile({ path: f.path, sha256: f.sha256 });
      const original = path.join(sampleDir('ana-2022-02-23'), f.path);
      expect(Buffer.from(bytes).equals(fs.readFileSync(original))).toBe(true);
    }
  });

  it('exports a meeting that was edited, and the edits survive a re-import', async () => {
    const a = backendIn('a');
    const { meetingId } = await a.services.packages.importPackage(sampleDir('minimal'));
    const meeting = a.services.meetings.get(meetingId);
    a.services.agenda.addItem({
      sectionId: meeting.sections[1]!.id,
      title: 'Information om budget',
      kind: 'information',
    });
    a.services.meetings.setAgendaColumn(meetingId, 'both');
    a.services.meetings.update(meetingId, { place: 'Regionens hus, sal A' });
    const out = path.join(temp.dir, 'edited');
    await a.services.packages.writePackage(meetingId, out);
    const exported = readJson(path.join(out, 'kallelse.json'));
    const titles = (
      exported.meeting as { sections: { items: { number: number; title: string }[] }[] }
    ).sections.flatMap((s) => s.items.map((i) => `${i.number} ${i.title}`));
    expect(titles).toEqual([
      '1 Val av protokollsjusterare',
      '2 Fastställande av dagordning',
      '3 Aktuell information',
      '4 Information om budget',
      '5 Exempelbidrag till föreningslivet 2024',
      '6 Sammanträdesplan 2025',
      '7 Övriga frågor',
    ]);
    const b = backendIn('b');
    const again = await b.services.packages.importPackage(out);
    expect(b.services.meetings.get(again.meetingId)).toMatchObject({
      agendaColumn: 'both',
      place: 'Regionens hus, sal A',
      itemCount: 7,
    });
  });

  it('accepts a zip whose entries sit in one top folder (a zipped package folder)', async () => {
    const dir = copySample('minimal', temp.dir);
    const zip = path.join(temp.dir, 'wrapped.kallelse');
    execFileSync('python3', [
      '-c',
      'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1],"w");z.write(sys.argv[2],"minimal/kallelse.json");z.close()',
      zip,
      path.join(dir, 'kallelse.json'),
    ]);
    const a = backendIn('a');
    expect((await a.services.packages.importPackage(zip)).items).toBe(6);
  });

  it('refuses to export into a folder that is not empty, and leaves it alone', async () => {
    const a = backendIn('a');
    const { meetingId } = await a.services.packages.importPackage(sampleDir('minimal'));
    const out = path.join(temp.dir, 'busy');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'anteckning.txt'), 'min fil');
    await expect(a.services.packages.writePackage(meetingId, out)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(fs.readdirSync(out)).toEqual(['anteckning.txt']);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('never exports a stored file that was damaged on disk; importing the package again repairs it', async () => {
    const a = backendIn('a');
    const { meetingId } = await a.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const [victim] = a.store.list();
    const file = path.join(a.store.root, victim!);
    const bytes = fs.readFileSync(file);
    bytes[100] = bytes[100]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    const out = path.join(temp.dir, 'tampered.kallelse');
    await expect(a.services.packages.writePackage(meetingId, out)).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining('har ändrats eller skadats'),
    });
    expect(fs.existsSync(out)).toBe(false);
    await a.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    expect(sha256File(file)).toBe(path.basename(victim!, '.pdf'));
    expect((await a.services.packages.writePackage(meetingId, out)).files).toBe(15);
  });
});
