import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { pdfRefs, readJson, sampleDir, sha256File, stateOf } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
const fixedNow = () => new Date('2024-03-01T10:00:00.000Z');

beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test', now: fixedNow });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

const count = (table: string) => (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importing the sample packages', () => {
  it('imports ANA 2022-02-23: 19 items, 49 memberships, 15 PDF files of 145 pages', async () => {
    const summary = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    expect(summary).toEqual({
      meetingId: expect.any(String),
      items: 19,
      documents: 33,
      memberships: 49,
      files: 15,
      cleaned: [],
    });

    expect(count('agenda_items')).toBe(19);
    expect(count('memberships')).toBe(49);
    expect(count('files')).toBe(15);
    expect(count('documents')).toBe(33);
    const pages = backend.db.prepare('SELECT sum(page_count) AS n FROM files').get() as { n: number };
    expect(pages.n).toBe(145);
    // Content store: one file per sha256, named by it, with the same bytes as the sample.
    const stored = backend.store.list();
    expect(stored).toHaveLength(15);
    for (const ref of pdfRefs(readJson(path.join(sampleDir('ana-2022-02-23'), 'kallelse.json')))) {
      const file = path.join(backend.store.root, ref.sha256!.slice(0, 2), `${ref.sha256}.pdf`);
      expect(sha256File(file)).toBe(ref.sha256);
    }

    const meeting = backend.services.meetings.get(summary.meetingId);
    expect(meeting).toMatchObject({
      date: '2022-02-23',
      startTime: '09:00',
      endTime: '12:00',
      place: 'Digitalt',
      status: 'utkast',
      agendaColumn: 'dnr',
      committee: { name: 'Nämnd för arbetsmarknad, näringsliv och attraktivitet', shortName: 'ANA', kind: 'namnd' },
      organisation: { name: 'Region Jönköpings län', dnrPrefix: 'RJL' },
      presidiumMeeting: { date: '2022-02-10', startTime: '09:00', paragraphFrom: 17, paragraphTo: 32 },
      membersFrozenAt: null,
      itemCount: 19,
      documentCount: 33,
      importedPdfPages: 145,
    });
    expect(meeting.sections.map((s) => s.heading)).toEqual([
      null,
      'Informationsärenden och aktuellt',
      'Beslutsärenden för nämnden',
      'Övrigt',
    ]);
    expect(meeting.sections.flatMap((s) => s.items.map((i) => i.number))).toEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
    const item14 = meeting.sections[2]!.items.find((i) => i.number === 14)!;
    expect(item14.title).toBe('Projekt - InsTrä');
    expect(item14.documents.map((d) => [d.type, d.pageCount])).toEqual([
      ['protokollsutdrag', null],
      ['tjansteskrivelse', null],
      ['pdf', 3],
      ['pdf', 2],
    ]);
    expect(item14.documents[0]!.title).toBe('Protokollsutdrag § 25 – Projekt - InsTrä');
    // The derived member list on 2022-02-23: every membership (none are dated), presidium first.
    expect(meeting.members).toHaveLength(49);
    expect(meeting.members[0]).toMatchObject({
      name: 'Per Eriksson',
      party: 'C',
      presidiumRole: 'ordforande',
      group: 'kallade',
    });
  });

  it('imports the minimal sample', async () => {
    const summary = await backend.services.packages.importPackage(sampleDir('minimal'));
    expect(summary).toEqual({
      meetingId: expect.any(String),
      items: 6,
      documents: 2,
      memberships: 8,
      files: 0,
      cleaned: [],
    });
    const meeting = backend.services.meetings.get(summary.meetingId);
    expect(meeting.committee.presidiumName).toBe('Presidium - Exempelnämnden');
    expect(meeting.presidiumMeeting).toMatchObject({ date: '2024-03-06', paragraphFrom: 10, paragraphTo: 14 });
  });

  it('imports the same package twice as two meetings sharing one register, presidium meeting and file set', async () => {
    const first = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const second = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    expect(second.meetingId).not.toBe(first.meetingId);
    expect(count('organisations')).toBe(1);
    expect(count("committees WHERE kind = 'namnd'")).toBe(1);
    expect(count('memberships')).toBe(49);
    expect(count('files')).toBe(15);
    expect(backend.store.list()).toHaveLength(15);
    // Two nämnd meetings plus one shared presidium meeting.
    expect(count('meetings')).toBe(3);
    expect(backend.services.meetings.list()).toHaveLength(2);
    expect(backend.services.meetings.list({ includePresidium: true })).toHaveLength(3);
    // The recent list has the latest import first.
    expect(backend.services.settings.get().recentMeetings.slice(0, 2)).toEqual([second.meetingId, first.meetingId]);
  });

  it('keeps two identical vacant seats as two memberships', async () => {
    const dir = path.join(temp.dir, 'vacant');
    fs.mkdirSync(dir);
    const pkg = readJson(path.join(sampleDir('minimal'), 'kallelse.json'));
    const committee = pkg.committee as { memberships: Record<string, unknown>[] };
    committee.memberships.push(
      { vacant: true, category: 'ersattare', party: 'KD', order: 8 },
      { vacant: true, category: 'ersattare', party: 'KD', order: 9 },
    );
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    const summary = await backend.services.packages.importPackage(dir);
    expect(summary.memberships).toBe(10);
    expect(count('memberships WHERE vacant = 1')).toBe(2);
    // Imported again: still two, not four, not one.
    await backend.services.packages.importPackage(dir);
    expect(count('memberships WHERE vacant = 1')).toBe(2);
    const members = backend.services.meetings.get(summary.meetingId).members;
    expect(members.filter((m) => m.vacant).map((m) => [m.party, m.group])).toEqual([
      ['KD', 'for_kannedom'],
      ['KD', 'for_kannedom'],
    ]);
  });

  it('freezes the member list of a package that says it was sent, and stores given invitees as frozen', async () => {
    const dir = path.join(temp.dir, 'sent');
    fs.mkdirSync(dir);
    const pkg = readJson(path.join(sampleDir('minimal'), 'kallelse.json'));
    (pkg.meeting as Record<string, unknown>).status = 'utskickad';
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    const sent = await backend.services.packages.importPackage(dir);
    const meeting = backend.services.meetings.get(sent.meetingId);
    expect(meeting.membersFrozenAt).toBe('2024-03-01T10:00:00.000Z');
    expect(meeting.members.map((m) => m.name)).toHaveLength(8);
    expect(stateOf(backend.db, backend.store.root).tables.meeting_invitees).toBe(8);
  });
});
