import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { ipcCaller } from '../helpers/ipc';
import { samplesRoot } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test', samplesDir: samplesRoot });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

const { call, refused } = ipcCaller(() => backend);

const seat = (fields: Record<string, unknown>) => ({
  name: '',
  party: '',
  presidiumRole: null,
  title: '',
  validFrom: '',
  validTo: '',
  ...fields,
});

async function freshNamnd() {
  return call('register:createCommittee', {
    name: 'Nämnd för arbetsmarknad, näringsliv och attraktivitet',
    shortName: 'ANA',
    organisationName: 'Region Jönköpings län',
  });
}

describe('the register kept in the app', () => {
  it('a fresh install goes from nothing to a nämnd, seats and a first meeting with its member list', async () => {
    expect(await call('register:overview', undefined)).toEqual({ organisations: [], committees: [] });
    const ana = await freshNamnd();
    expect(ana).toMatchObject({ shortName: 'ANA', organisationName: 'Region Jönköpings län', kind: 'namnd' });
    await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({ name: 'Per Eriksson', party: 'C', category: 'ordinarie', presidiumRole: 'ordforande' }),
    });
    await call('register:addSeat', { committeeId: ana.id, seat: seat({ party: 'KD', category: 'ersattare' }) });
    const reg = await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({ name: 'Jane Ydman', title: 'regiondirektör', category: 'tjansteman' }),
    });
    expect(reg.seats.map((s) => s.line)).toEqual([
      'Per Eriksson (C) ordf.',
      'Vakant (KD)',
      'Jane Ydman, regiondirektör',
    ]);

    expect((await call('committees:list', undefined)).map((c) => c.shortName)).toEqual(['ANA']);
    const meeting = await call('meetings:create', {
      committeeId: ana.id,
      date: '2026-02-23',
      startTime: '09:00',
      place: 'Digitalt',
    });
    expect(meeting.members.map((m) => [m.group, m.line])).toEqual([
      ['kallade', 'Per Eriksson (C) ordf.'],
      ['for_kannedom', 'Vakant (KD)'],
      ['kallade', 'Jane Ydman, regiondirektör'],
    ]);
    // The kallelse prints them.
    const pdf = await backend.services.pdf.renderMeeting(meeting.id);
    expect(pdf.pageCount).toBeGreaterThan(0);
  });

  it('refuses a second holder of a presidium role in an overlapping period, naming the holder', async () => {
    const ana = await freshNamnd();
    await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({
        name: 'Monica Samuelsson',
        party: 'KD',
        category: 'ordinarie',
        presidiumRole: 'forste_vice_ordforande',
        validFrom: '2023-01-01',
      }),
    });
    const error = await refused('register:addSeat', {
      committeeId: ana.id,
      seat: seat({
        name: 'Olle Ny',
        party: 'S',
        category: 'ordinarie',
        presidiumRole: 'forste_vice_ordforande',
        validFrom: '2024-01-01',
      }),
    });
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toContain('Rollen 1:e vice ordf. innehas redan av Monica Samuelsson (2023-01-01 – …)');
    // After her seat ends, the role is free from the next day.
    const before = await call('register:get', { committeeId: ana.id });
    await call('register:endSeat', { membershipId: before.seats[0]!.id, validTo: '2023-12-31' });
    const after = await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({
        name: 'Olle Ny',
        party: 'S',
        category: 'ordinarie',
        presidiumRole: 'forste_vice_ordforande',
        validFrom: '2024-01-01',
      }),
    });
    expect(after.seats.map((s) => [s.line, s.validFrom, s.validTo])).toEqual([
      ['Monica Samuelsson (KD) 1:e vice ordf.', '2023-01-01', '2023-12-31'],
      ['Olle Ny (S) 1:e vice ordf.', '2024-01-01', null],
    ]);
    // Printed lines follow the date; the history stays.
    const in2023 = await call('register:printed', { committeeId: ana.id, date: '2023-06-01' });
    expect(in2023.groups[0]!.subgroups[0]!.lines).toEqual(['Monica Samuelsson (KD) 1:e vice ordf.']);
    const in2024 = await call('register:printed', { committeeId: ana.id, date: '2024-06-01' });
    expect(in2024.groups[0]!.subgroups[0]!.lines).toEqual(['Olle Ny (S) 1:e vice ordf.']);
    // An end before the start is refused in Swedish.
    const bad = await refused('register:endSeat', { membershipId: after.seats[1]!.id, validTo: '2023-01-01' });
    expect(bad.message).toContain('Platsen började 2024-01-01');
  });

  it('a person’s seats across nämnder; rename, short name, presidium, utskott and archive', async () => {
    const ana = await freshNamnd();
    const other = await call('register:createCommittee', { name: 'Regionstyrelsen', shortName: 'RS' });
    expect(other.organisationId).toBe(ana.organisationId); // the only organisation is taken
    await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({ name: 'Per Eriksson', party: 'C', category: 'ordinarie' }),
    });
    const rs = await call('register:addSeat', {
      committeeId: other.id,
      seat: seat({ name: 'Per Eriksson', party: 'C', category: 'ersattare' }),
    });
    const person = await call('register:person', { personId: rs.seats[0]!.personId! });
    expect(person.seats.map((s) => `${s.committeeName}: ${s.line}`).sort()).toEqual([
      'Nämnd för arbetsmarknad, näringsliv och attraktivitet: Per Eriksson (C)',
      'Regionstyrelsen: Per Eriksson (C)',
    ]);
    expect(await call('register:people', undefined)).toEqual([
      expect.objectContaining({ name: 'Per Eriksson', seatCount: 2 }),
    ]);

    const renamed = await call('register:updateCommittee', {
      committeeId: ana.id,
      patch: { name: 'ANA-nämnden', shortName: 'ANA2', presidiumName: 'Presidiet ANA' },
    });
    expect(renamed).toMatchObject({ name: 'ANA-nämnden', shortName: 'ANA2', presidiumName: 'Presidiet ANA' });
    const utskott = await call('register:createCommittee', { name: 'Kulturutskottet', parentId: ana.id });
    expect(utskott.kind).toBe('utskott');
    expect((await call('register:overview', undefined)).committees.find((c) => c.id === ana.id)?.utskott).toEqual([
      expect.objectContaining({ name: 'Kulturutskottet' }),
    ]);
    const dup = await refused('register:createCommittee', { name: 'Regionstyrelsen' });
    expect(dup).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('redan en nämnd som heter Regionstyrelsen'),
    });

    await call('register:updateCommittee', { committeeId: other.id, patch: { archived: true } });
    expect((await call('committees:list', undefined)).map((c) => c.name)).not.toContain('Regionstyrelsen');
    expect((await call('register:overview', undefined)).committees.find((c) => c.id === other.id)?.archivedAt).toEqual(
      expect.any(String),
    );
  });

  it('reorders seats; a stale order is refused', async () => {
    const ana = await freshNamnd();
    for (const name of ['A', 'B', 'C'])
      await call('register:addSeat', { committeeId: ana.id, seat: seat({ name, party: 'S', category: 'ordinarie' }) });
    const reg = await call('register:get', { committeeId: ana.id });
    const [a, b, c] = reg.seats.map((s) => s.id);
    const moved = await call('register:reorder', { committeeId: ana.id, order: [c, a, b] });
    expect(moved.seats.map((s) => s.name)).toEqual(['C', 'A', 'B']);
    expect((await refused('register:reorder', { committeeId: ana.id, order: [a, b] })).code).toBe('CONFLICT');
  });

  it('import: previews every bad row and writes nothing; a valid sheet goes in as one transaction', async () => {
    const ana = await freshNamnd();
    const bad =
      'Namn\tParti\tKategori\tRoll\nPer Eriksson\tC\tOrdinarie ledamot\tordf.\nA\tS\tOrdinarie ledamot\t\nB\tM\tOrdinarie ledamot\t\nOlle\tS\tOrdinarie ledamotx\t\n';
    const preview = await call('register:previewImport', { committeeId: ana.id, source: { kind: 'text', text: bad } });
    expect(preview).toMatchObject({ ok: false, errors: ['Rad 5: okänd kategori ”Ordinarie ledamotx”'] });
    const refusedCommit = await refused('register:commitImport', {
      committeeId: ana.id,
      source: { kind: 'text', text: bad },
    });
    expect(refusedCommit).toMatchObject({ code: 'VALIDATION', message: 'Rad 5: okänd kategori ”Ordinarie ledamotx”' });
    expect((await call('register:get', { committeeId: ana.id })).seats).toEqual([]);

    const good = bad.replace('ledamotx', 'ledamot');
    const ok = await call('register:previewImport', { committeeId: ana.id, source: { kind: 'text', text: good } });
    expect(ok.rows.map((r) => r.line)).toEqual(['Per Eriksson (C) ordf.', 'A (S)', 'B (M)', 'Olle (S)']);
    const done = await call('register:commitImport', { committeeId: ana.id, source: { kind: 'text', text: good } });
    expect(done.added).toBe(4);
    // A second import of the same sheet clashes with the ordf. now in the register.
    const again = await call('register:previewImport', { committeeId: ana.id, source: { kind: 'text', text: good } });
    expect(again.errors).toEqual([expect.stringMatching(/^Rad 2: Rollen ordf\. innehas redan av Per Eriksson/)]);
  });

  it('a meeting’s one-off guest joins the list, travels in the package, and freezes with it', async () => {
    const ana = await freshNamnd();
    await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({ name: 'Per Eriksson', party: 'C', category: 'ordinarie' }),
    });
    const meeting = await call('meetings:create', {
      committeeId: ana.id,
      date: '2026-02-23',
      startTime: '09:00',
      place: 'Digitalt',
    });
    const withGuest = await call('meetings:addGuest', {
      meetingId: meeting.id,
      name: 'Lisa Föredragande',
      category: 'tjansteman',
      group: 'kallade',
      title: 'föredragande',
    });
    const guest = withGuest.members.find((m) => m.guestId !== null)!;
    expect(guest.line).toBe('Lisa Föredragande, föredragande');
    const pkg = (await backend.services.packages.exportMeeting(meeting.id)).pkg;
    expect(pkg.meeting['x-guests']).toEqual([
      { name: 'Lisa Föredragande', category: 'tjansteman', group: 'kallade', title: 'föredragande' },
    ]);
    // Round trip through a package file keeps the guest as a guest (not as an extra).
    const out = `${temp.dir}/m.kallelse`;
    await backend.services.packages.writePackage(meeting.id, out);
    const imported = await backend.services.packages.importPackage(out);
    const copy = await call('meetings:get', { meetingId: imported.meetingId });
    expect(copy.members.filter((m) => m.guestId !== null).map((m) => m.line)).toEqual([
      'Lisa Föredragande, föredragande',
    ]);

    // The status workflow goes through fastställd before the kallelse is sent.
    await call('meetings:setStatus', { meetingId: meeting.id, status: 'faststalld' });
    const sent = await call('meetings:setStatus', { meetingId: meeting.id, status: 'utskickad' });
    expect(sent.members.map((m) => m.line)).toEqual(['Per Eriksson (C)', 'Lisa Föredragande, föredragande']);
    const frozenGuest = await refused('meetings:removeGuest', { meetingId: meeting.id, guestId: guest.guestId });
    expect(frozenGuest.code).toBe('CONFLICT');
    // Register changes after sending leave the sent list as it was.
    await call('register:addSeat', {
      committeeId: ana.id,
      seat: seat({ name: 'Ny Person', party: 'M', category: 'ordinarie' }),
    });
    expect((await call('meetings:get', { meetingId: meeting.id })).members.map((m) => m.line)).toEqual([
      'Per Eriksson (C)',
      'Lisa Föredragande, föredragande',
    ]);
  });
});
