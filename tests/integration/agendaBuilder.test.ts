import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { defaultAgendaTemplate } from '../../shared/domain/agendaTemplate';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { type Channel, contract } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/result';
import { sampleDir } from '../helpers/packages';
import { flat, pageTexts } from '../helpers/poppler';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

async function call<C extends Channel>(channel: C, input: unknown) {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return contract[channel].output.parse(result.value) as ReturnType<(typeof contract)[C]['output']['parse']>;
}
async function refused(channel: Channel, input: unknown): Promise<AppErrorData> {
  const result = await backend.dispatch(channel, input);
  expect(result.ok, `${channel} should have been refused`).toBe(false);
  return (result as { ok: false; error: AppErrorData }).error;
}
const numbered = (m: MeetingDetail) => m.sections.flatMap((s) => s.items.map((i) => `${i.number} ${i.title}`));

async function committeeId() {
  await backend.services.packages.importPackage(sampleDir('minimal'));
  return (await call('committees:list', undefined)).find((c) => c.kind === 'namnd')!.id;
}
const create = (committee: string, start?: 'template' | 'previous' | 'empty') =>
  call('meetings:create', {
    committeeId: committee,
    date: '2030-05-14',
    startTime: '13:00',
    place: 'Sal A',
    ...(start ? { start } : {}),
  });

describe('standard agenda and new meetings', () => {
  it('a new meeting starts from the default standard agenda: the seven opening items, information, decisions, other', async () => {
    const m = await create(await committeeId());
    expect(m.sections.map((s) => s.heading)).toEqual([
      null,
      'Informationsärenden och aktuellt',
      'Beslutsärenden för nämnden',
      'Övrigt',
    ]);
    expect(numbered(m)).toEqual([
      '1 Upprop och val av protokollsjusterare',
      '2 Fastställande av dagordning',
      '3 Föregående mötesprotokoll',
      '4 Anmälan av informationshandlingar',
      '5 Anmälan av delegationsbeslut',
      '6 Inkomna remisser, promemorior och motioner',
      '7 Kurser och konferenser',
      '8 Aktuell information',
      '9 Övriga frågor',
    ]);
  });

  it('the nämnd’s own template is validated, stored and used; reset brings the default back', async () => {
    const id = await committeeId();
    expect(await call('templates:get', { committeeId: id })).toEqual({
      template: defaultAgendaTemplate,
      isDefault: true,
    });
    const e = await refused('templates:set', {
      committeeId: id,
      template: { sections: [{ heading: 'A', items: [{ title: '  \u0007 ', kind: null }] }] },
    });
    expect(e.code).toBe('VALIDATION');
    const saved = await call('templates:set', {
      committeeId: id,
      template: { sections: [{ heading: ' Inledning\u0007 ', items: [{ title: 'Upprop', kind: 'justerare' }] }] },
    });
    expect(saved).toEqual({
      template: { sections: [{ heading: 'Inledning', items: [{ title: 'Upprop', kind: 'justerare' }] }] },
      isDefault: false,
    });
    expect(numbered(await create(id))).toEqual(['1 Upprop']);
    expect((await call('templates:reset', { committeeId: id })).isDefault).toBe(true);
  });

  it('from the previous meeting: its sections and recurring items, no decisions and no documents', async () => {
    const id = await committeeId();
    const m = await create(id, 'previous');
    // The previous meeting is the imported sample: its structure without beslut/information items.
    expect(m.documentCount).toBe(0);
    expect(m.sections.flatMap((s) => s.items).every((i) => i.kind !== 'beslut' && i.kind !== 'information')).toBe(true);
    expect(m.sections.length).toBeGreaterThan(1);
    expect(m.itemCount).toBeGreaterThan(0);
  });
});

describe('numbers once the kallelse is sent', () => {
  it('frozen numbers: no renumbering, extra ärende last, utgår keeps its number, every change logged; back before Utskickad lifts it all', async () => {
    const m = await create(await committeeId());
    const beslut = m.sections[2]!;
    await call('items:add', { sectionId: beslut.id, title: 'Budget 2031', kind: 'beslut' });
    await call('items:add', { sectionId: beslut.id, title: 'Taxor 2031', kind: 'beslut' });
    await call('meetings:setStatus', { meetingId: m.id, status: 'faststalld' });
    const sent = await call('meetings:setStatus', { meetingId: m.id, status: 'utskickad' });
    expect(sent.numbersFrozen).toBe(true);
    expect(sent.membersFrozenAt).not.toBeNull();
    const items = sent.sections.flatMap((s) => s.items);

    expect(
      (await refused('items:move', { itemId: items[0]!.id, sectionId: beslut.id, position: 0 })).message,
    ).toContain('ärendenumren är låsta');
    expect((await refused('items:delete', { itemId: items[9]!.id })).code).toBe('CONFLICT');
    const e = await refused('sections:delete', { sectionId: beslut.id, items: 'delete' });
    expect(e.code).toBe('CONFLICT');

    // Added to the first section, it still goes last, numbered after the last.
    const extra = await call('items:add', {
      sectionId: sent.sections[0]!.id,
      title: 'Brådskande avtal',
      kind: 'beslut',
    });
    const extraItem = extra.meeting.sections.at(-1)!.items.at(-1)!;
    expect(extraItem).toMatchObject({ number: 12, title: 'Brådskande avtal', extra: true });
    const withdrawn = await call('items:withdraw', { itemId: items[8]!.id, withdrawn: true });
    expect(withdrawn.sections[2]!.items[0]).toMatchObject({ number: 9, title: 'Budget 2031', withdrawn: true });

    // The PDF shows the frozen numbers, `Extra ärende` and `utgår`.
    const file = path.join(temp.dir, 'k.pdf');
    fs.writeFileSync(file, (await backend.services.pdf.renderMeeting(m.id)).bytes);
    const text = flat(pageTexts(file, { first: 1, last: 1 })[0]!);
    expect(text).toMatch(/9 Budget 2031 – utgår/);
    expect(text).toMatch(/10 Taxor 2031/);
    expect(text).toMatch(/11 Övriga frågor/);
    expect(text).toMatch(/12 Extra ärende: Brådskande avtal/);

    const log = await call('meetings:changes', { meetingId: m.id });
    expect(log.map((c) => c.action)).toEqual(['status', 'extra-arende', 'utgar']);

    // An extra ärende can be deleted (and restored); back before Utskickad unfreezes list and numbers.
    const del = await call('items:delete', { itemId: extraItem.id });
    await call('trash:restore', { trashId: del.trashId });
    const draft = await call('meetings:setStatus', {
      meetingId: m.id,
      status: 'faststalld',
      reason: 'Ett ärende måste läggas till.',
    });
    expect(draft).toMatchObject({ numbersFrozen: false, membersFrozenAt: null });
    expect(draft.sections.flatMap((s) => s.items).some((i) => i.extra)).toBe(false);
    await call('items:move', { itemId: items[0]!.id, sectionId: beslut.id, position: 0 });
  });

  it('a deleted meeting comes back whole with trash:restore', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    const before = await call('meetings:get', { meetingId });
    const { trashId } = await call('meetings:delete', { meetingId });
    expect((await refused('meetings:get', { meetingId })).code).toBe('NOT_FOUND');
    const back = await call('trash:restore', { trashId });
    expect({ ...back.meeting, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    expect((await refused('trash:restore', { trashId })).code).toBe('NOT_FOUND');
  });

  it('titles are cleaned: trimmed, control characters removed, empty refused', async () => {
    const m = await create(await committeeId());
    const added = await call('items:add', { sectionId: m.sections[0]!.id, title: '  Ny\u0007  budget\u202E ' });
    expect(added.meeting.sections[0]!.items.at(-1)!.title).toBe('Ny budget');
    const e = await refused('items:update', { itemId: added.itemId, patch: { title: ' \u0007 ' } });
    expect(e.code).toBe('VALIDATION');
  });
});
