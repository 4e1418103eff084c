import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import type { MeetingDetail } from '../../shared/domain/meeting';
import type { EventPayload } from '../../shared/ipc/events';
import { ipcCaller } from '../helpers/ipc';
import { sampleDir, stateOf } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let events: EventPayload<'data:changed'>[];

beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({
    dataDir: temp.dir,
    runtime: 'node',
    version: '0.0.0-test',
  });
  events = [];
  backend.events.on('data:changed', (p) => events.push(p));
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

/** Calls a channel like the renderer does; checks the answer against the contract's output schema. */
const { call, refused } = ipcCaller(() => backend);
const numbered = (m: MeetingDetail) => m.sections.flatMap((s) => s.items.map((i) => `${i.number} ${i.title}`));

async function openMinimal(): Promise<MeetingDetail> {
  const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
  return call('meetings:get', { meetingId });
}

describe('meetings over IPC', () => {
  it('samples:open imports the shipped example; meetings:list and meetings:get describe it', async () => {
    const summary = await call('samples:open', { sample: 'exempel' });
    expect(summary).toMatchObject({ items: 17, documents: 22, memberships: 36, files: 7 });
    expect(events.at(-1)).toMatchObject({
      meetingId: summary.meetingId,
      entities: expect.arrayContaining(['meetings', 'meeting']),
    });
    const list = await call('meetings:list', undefined);
    expect(list).toEqual([
      expect.objectContaining({
        id: summary.meetingId,
        committeeName: 'Kultur- och bildningsnämnden',
        committeeShortName: 'KBN',
        date: '2026-03-18',
        status: 'utkast',
        itemCount: 17,
        documentCount: 22,
      }),
    ]);
    const meeting = await call('meetings:get', { meetingId: summary.meetingId });
    expect(meeting.sections[2]!.items[0]!.documents.map((d) => d.type)).toEqual([
      'protokollsutdrag',
      'tjansteskrivelse',
      'pdf',
    ]);
    expect(meeting.sections[0]!.items[3]!.documents[0]!.title).toBe('Sammanställning av informationshandlingar');
  });

  it('refuses invalid input with a Swedish validation error naming the field, and unknown samples', async () => {
    const e1 = await refused('samples:open', { sample: 'stor' });
    expect(e1.code).toBe('VALIDATION');
    expect(e1.message).toMatch(/^Kontrollera uppgifterna\. Exempelmöte: /);
    const e2 = await refused('meetings:update', { meetingId: 'x', patch: { date: '2022-02-30' } });
    expect(e2).toMatchObject({ code: 'VALIDATION', detail: 'patch.date' });
    expect(e2.message).toContain('2022-02-30 finns inte (februari 2022 har 28 dagar)');
    const e3 = await refused('items:add', { title: 'Utan avsnitt' });
    expect(e3).toMatchObject({ code: 'VALIDATION', detail: 'sectionId' });
    const e4 = await refused('meetings:update', { meetingId: 'x', patch: { colour: 'röd' } });
    expect(e4.code).toBe('VALIDATION');
  });

  it('samples:open says where it looked when the sample packages are not installed', async () => {
    backend.close();
    backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0', samplesDir: temp.dir });
    const e = await refused('samples:open', { sample: 'exempel' });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('KALLELSE_SAMPLES_DIR');
  });

  it('meetings:update changes fields in one step, refuses end before start and unknown meetings', async () => {
    const m = await openMinimal();
    const updated = await call('meetings:update', {
      meetingId: m.id,
      patch: { place: 'Regionens hus, sal A', endTime: '16:30' },
    });
    expect(updated).toMatchObject({ place: 'Regionens hus, sal A', endTime: '16:30', startTime: '13:00' });
    expect(events.at(-1)).toEqual({ entities: ['meetings', 'meeting'], meetingId: m.id });
    const cleared = await call('meetings:update', { meetingId: m.id, patch: { endTime: null } });
    expect(cleared.endTime).toBeNull();
    const before = stateOf(backend.db, backend.store.root);
    const e = await refused('meetings:update', { meetingId: m.id, patch: { startTime: '17:00', endTime: '16:00' } });
    expect(e).toMatchObject({ code: 'VALIDATION', message: 'Sluttiden 16:00 måste vara senare än starttiden 17:00.' });
    expect(stateOf(backend.db, backend.store.root)).toEqual(before);
    expect((await refused('meetings:get', { meetingId: 'finns-inte' })).code).toBe('NOT_FOUND');
  });

  it('items: add, update, move across sections and delete keep the numbers 1..N', async () => {
    const m = await openMinimal();
    const [, info, decisions, other] = m.sections;
    const added = await call('items:add', {
      sectionId: info!.id,
      position: 0,
      title: 'Information om budget 2025',
      kind: 'information',
    });
    expect(numbered(added.meeting)).toEqual([
      '1 Val av protokollsjusterare',
      '2 Fastställande av dagordning',
      '3 Information om budget 2025',
      '4 Aktuell information',
      '5 Exempelbidrag till föreningslivet 2024',
      '6 Sammanträdesplan 2025',
      '7 Övriga frågor',
    ]);
    const updated = await call('items:update', {
      itemId: added.itemId,
      patch: { dnr: 'EXR 2024/99', presenter: 'Ingrid Påhittad', public: false },
    });
    expect(updated.sections[1]!.items[0]).toMatchObject({
      dnr: 'EXR 2024/99',
      presenter: 'Ingrid Påhittad',
      public: false,
    });

    const planItem = decisions!.items[1]!;
    const moved = await call('items:move', { itemId: planItem.id, sectionId: other!.id, position: 5 });
    expect(numbered(moved).slice(4)).toEqual([
      '5 Exempelbidrag till föreningslivet 2024',
      '6 Övriga frågor',
      '7 Sammanträdesplan 2025',
    ]);
    const { meeting: deleted } = await call('items:delete', { itemId: decisions!.items[0]!.id });
    expect(numbered(deleted)).toEqual([
      '1 Val av protokollsjusterare',
      '2 Fastställande av dagordning',
      '3 Information om budget 2025',
      '4 Aktuell information',
      '5 Övriga frågor',
      '6 Sammanträdesplan 2025',
    ]);
    // The item's documents went with it.
    expect(deleted.documentCount).toBe(0);
    expect(events.every((e) => e.meetingId === m.id || e.entities.includes('settings'))).toBe(true);
  });

  it('a refused move changes nothing: an item cannot move into another meeting', async () => {
    const a = await openMinimal();
    const b = await openMinimal();
    const before = stateOf(backend.db, backend.store.root);
    const e = await refused('items:move', {
      itemId: a.sections[0]!.items[0]!.id,
      sectionId: b.sections[0]!.id,
      position: 0,
    });
    expect(e.code).toBe('CONFLICT');
    expect(stateOf(backend.db, backend.store.root)).toEqual(before);
  });

  it('sections: add, rename, refuse deleting one with items, delete an empty one', async () => {
    const m = await openMinimal();
    const added = await call('sections:add', { meetingId: m.id, heading: 'Valärenden', position: 3 });
    expect(added.meeting.sections.map((s) => s.heading)).toEqual([
      null,
      'Informationsärenden och aktuellt',
      'Beslutsärenden för nämnden',
      'Valärenden',
      'Övrigt',
    ]);
    const renamed = await call('sections:update', { sectionId: added.sectionId, heading: 'Val' });
    expect(renamed.sections[3]!.heading).toBe('Val');
    const e = await refused('sections:delete', { sectionId: m.sections[2]!.id });
    expect(e).toMatchObject({ code: 'CONFLICT' });
    expect(e.message).toContain('innehåller 2 ärenden; välj om de ska tas bort eller flyttas');
    const { meeting: after } = await call('sections:delete', { sectionId: added.sectionId });
    expect(after.sections).toHaveLength(4);
    expect(numbered(after).at(-1)).toBe('6 Övriga frågor');
  });

  it('sending the kallelse freezes the member list; later register changes do not reach it', async () => {
    const m = await openMinimal();
    expect(m.membersFrozenAt).toBeNull();
    await call('meetings:setStatus', { meetingId: m.id, status: 'faststalld' });
    const sent = await call('meetings:setStatus', { meetingId: m.id, status: 'utskickad' });
    expect(sent.status).toBe('utskickad');
    expect(sent.membersFrozenAt).not.toBeNull();
    expect(sent.members.map((x) => x.name)).toEqual(m.members.map((x) => x.name));

    // The register changes: a new ersättare from the meeting date on.
    backend.db
      .prepare(
        `INSERT INTO memberships (id, committee_id, category, member_group, party, sort_order, valid_from, created_at, updated_at)
         VALUES ('ny', ?, 'ersattare', 'for_kannedom', 'MP', 99, '2024-01-01', '', '')`,
      )
      .run(m.committee.id);
    expect((await call('meetings:get', { meetingId: m.id })).members).toHaveLength(8);
    expect((await refused('meetings:unfreezeMembers', { meetingId: m.id })).code).toBe('CONFLICT');

    await call('meetings:setStatus', { meetingId: m.id, status: 'faststalld', reason: 'Fel i listan' });
    await call('meetings:setStatus', { meetingId: m.id, status: 'utkast', reason: 'Fel i listan' });
    const derived = await call('meetings:unfreezeMembers', { meetingId: m.id });
    expect(derived.membersFrozenAt).toBeNull();
    expect(derived.members).toHaveLength(9);
    const frozen = await call('meetings:freezeMembers', { meetingId: m.id });
    expect(frozen.membersFrozenAt).not.toBeNull();
    expect(frozen.members).toHaveLength(9);
  });

  it('sets the agenda column', async () => {
    const m = await openMinimal();
    expect(m.agendaColumn).toBe('pages');
    expect((await call('meetings:setAgendaColumn', { meetingId: m.id, agendaColumn: 'dnr' })).agendaColumn).toBe('dnr');
    expect((await refused('meetings:setAgendaColumn', { meetingId: m.id, agendaColumn: 'sidor' })).code).toBe(
      'VALIDATION',
    );
  });

  it('opening puts a meeting first in the recent list; deleting removes it and its unused presidium meeting', async () => {
    const a = await openMinimal();
    const b = await openMinimal();
    await call('meetings:open', { meetingId: a.id });
    expect((await call('meetings:recent', undefined)).map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await call('settings:get', undefined)).recentMeetings).toEqual([a.id, b.id]);

    await call('meetings:delete', { meetingId: a.id });
    expect((await call('meetings:recent', undefined)).map((x) => x.id)).toEqual([b.id]);
    expect((await call('meetings:list', { includePresidium: true })).map((x) => x.committeeKind)).toEqual([
      'namnd',
      'presidium',
    ]);
    await call('meetings:delete', { meetingId: b.id });
    // The shared presidium meeting went with the last meeting that used it.
    expect(await call('meetings:list', { includePresidium: true })).toEqual([]);
    expect(backend.db.prepare('SELECT count(*) AS n FROM agenda_items').get()).toEqual({ n: 0 });
  });
});

describe('settings over IPC: the logo', () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it('stores a PNG in the content store and points settings at it', async () => {
    const settings = await call('settings:setLogo', { data: png, mimeType: 'image/png' });
    const sha = settings.organisation.logoSha256!;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(backend.store.list()).toEqual([`${sha.slice(0, 2)}/${sha}.png`]);
    expect(backend.db.prepare('SELECT media_type AS t, byte_size AS n FROM files WHERE sha256 = ?').get(sha)).toEqual({
      t: 'image/png',
      n: Buffer.from(png, 'base64').byteLength,
    });
    expect(events.at(-1)).toEqual({ entities: ['settings', 'files'] });
    expect((await call('settings:removeLogo', undefined)).organisation.logoSha256).toBeNull();
  });

  it('refuses bytes that do not match the type, a logo over 2 MB, and non-base64', async () => {
    const e1 = await refused('settings:setLogo', { data: png, mimeType: 'image/jpeg' });
    expect(e1).toMatchObject({
      code: 'VALIDATION',
      message: 'Logotypen är ingen JPEG-bild (den är PNG). Välj en PNG- eller JPEG-fil.',
    });
    const big = Buffer.concat([Buffer.from(png, 'base64'), Buffer.alloc(2 * 1024 * 1024)]).toString('base64');
    expect((await refused('settings:setLogo', { data: big, mimeType: 'image/png' })).code).toBe('TOO_LARGE');
    expect((await refused('settings:setLogo', { data: 'inte base64!', mimeType: 'image/png' })).code).toBe(
      'VALIDATION',
    );
    expect(backend.store.list()).toEqual([]);
    expect((await call('settings:get', undefined)).organisation.logoSha256).toBeNull();
  });
});

describe('creating a meeting over IPC', () => {
  it('creates an empty meeting in a known committee with the settings defaults', async () => {
    await backend.services.packages.importPackage(sampleDir('minimal'));
    const [committee] = await call('committees:list', undefined);
    expect(committee).toMatchObject({ name: 'Exempelnämnden', kind: 'namnd', membershipCount: 8, meetingCount: 1 });
    // No place given and none in the settings: refused, nothing written.
    const before = stateOf(backend.db, backend.store.root);
    const e = await refused('meetings:create', { committeeId: committee!.id, date: '2024-04-17', startTime: '13:00' });
    expect(e).toMatchObject({ code: 'VALIDATION', detail: 'place' });
    expect(stateOf(backend.db, backend.store.root)).toEqual(before);

    await call('settings:set', { defaultPlace: 'Exempelhuset, sal 2', defaultAgendaColumn: 'both' });
    const created = await call('meetings:create', {
      committeeId: committee!.id,
      date: '2024-04-17',
      startTime: '13:00',
      start: 'empty',
    });
    expect(created).toMatchObject({
      date: '2024-04-17',
      place: 'Exempelhuset, sal 2',
      agendaColumn: 'both',
      status: 'utkast',
      itemCount: 0,
      presidiumMeeting: null,
    });
    expect(created.sections).toEqual([{ id: expect.any(String), heading: null, items: [] }]);
    expect(created.members).toHaveLength(8);
    expect(
      (await call('items:add', { sectionId: created.sections[0]!.id, title: 'Val av justerare', kind: 'justerare' }))
        .meeting.itemCount,
    ).toBe(1);
    expect(
      (await refused('meetings:create', { committeeId: 'nej', date: '2024-04-17', startTime: '13:00', place: 'X' }))
        .code,
    ).toBe('NOT_FOUND');
  });
});
