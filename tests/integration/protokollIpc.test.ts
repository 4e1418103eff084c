import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackageJson } from '../../electron/package/validate';
import { saveProtokollSettings } from '../../electron/repos/protokoll';
import type { RecordingPrinter } from '../../electron/services/printer';
import { backendPerTest } from '../helpers/backendPerTest';
import { sampleDir } from '../helpers/packages';
import { flat, pageTexts } from '../helpers/poppler';

const t = backendPerTest();
const { call, refused } = t;

/** Through the status workflow to genomförd: fastställd, utskickad, genomförd. */
async function hold(meetingId: string) {
  for (const status of ['faststalld', 'utskickad', 'genomford'])
    await call('meetings:setStatus', { meetingId, status });
}

/** ANA imported and moved to a given date, held (genomförd). */
async function heldMeeting(date: string): Promise<string> {
  const { meetingId } = await t.backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
  await call('meetings:update', { meetingId, patch: { date } });
  await hold(meetingId);
  return meetingId;
}

describe('the protokoll of a meeting (IPC, real database)', () => {
  it('is created only once the meeting is held, pre-filled from the kallelse', async () => {
    const { meetingId } = await t.backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    expect((await refused('protokoll:create', { meetingId })).message).toMatch(
      /Protokollet skrivs när mötet är genomfört.*ändra statusen till Genomförd först/,
    );
    await hold(meetingId);
    const view = await call('protokoll:create', { meetingId });
    const p = view.protokoll!;
    expect(p.paragraphs.map((x) => x.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(p.paragraphs[1]).toMatchObject({ title: 'Fastställande av dagordning', beslut: 'Dagordningen fastställs.' });
    expect(p.paragraphs[10]!.beslut).toMatch(/^Nämnden beslutar att\n\n- godkänna överenskommelse/);
    expect(p.attendees.find((a) => a.role === 'ordförande')?.name).toBe('Per Eriksson');
    expect(p.chair).toBe('Per Eriksson');
    expect(view.latestJustering).toBe('2022-03-09');
    expect((await refused('protokoll:create', { meetingId })).code).toBe('CONFLICT');
  });

  it('continues the § series across meetings of the year and starts again the next year', async () => {
    const first = await heldMeeting('2026-02-11');
    await call('protokoll:create', { meetingId: first });
    const second = await heldMeeting('2026-04-22');
    expect((await call('protokoll:create', { meetingId: second })).protokoll!.paragraphs[0]!.number).toBe(20);
    const nextYear = await heldMeeting('2027-01-20');
    expect((await call('protokoll:create', { meetingId: nextYear })).protokoll!.paragraphs[0]!.number).toBe(1);
  });

  it('renumbers while a draft; justering needs justerare, freezes the numbers and marks the meeting justerad', async () => {
    const meetingId = await heldMeeting('2026-02-11');
    const p = (await call('protokoll:create', { meetingId })).protokoll!;
    // Remove § 3: the rest close up.
    const draft = { ...p, paragraphs: p.paragraphs.filter((x) => x.number !== 3) };
    const saved = (await call('protokoll:update', { meetingId, protokoll: draft })).protokoll!;
    expect(saved.paragraphs.map((x) => x.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(saved.paragraphs[2]!.title).toBe('Anmälan av informationshandlingar');

    expect((await refused('protokoll:justera', { meetingId, justeringDate: '2026-02-18' })).message).toMatch(
      /Ange vem som utses att justera/,
    );
    await call('protokoll:update', { meetingId, protokoll: { ...saved, justerare: ['Olle Moln Teike'] } });
    const justerad = (await call('protokoll:justera', { meetingId, justeringDate: '2026-02-18' })).protokoll!;
    expect(justerad).toMatchObject({ justerad: true, justeringDate: '2026-02-18' });
    expect((await call('meetings:get', { meetingId })).status).toBe('justerad');
    const removed = { ...justerad, paragraphs: justerad.paragraphs.slice(1) };
    expect((await refused('protokoll:update', { meetingId, protokoll: removed })).message).toMatch(
      /Protokollet är justerat: paragraferna och deras nummer kan inte längre ändras/,
    );
    // Text can still be corrected.
    const fixed = structuredClone(justerad);
    fixed.paragraphs[0]!.beslut = 'Till att jämte ordföranden justera dagens protokoll utses Olle Moln Teike (SD).';
    expect((await call('protokoll:update', { meetingId, protokoll: fixed })).protokoll!.paragraphs[0]!.beslut).toMatch(
      /Olle/,
    );
  });

  it('warns about late justering and posting, and computes when the notice comes down', async () => {
    const meetingId = await heldMeeting('2022-02-23');
    const p = (await call('protokoll:create', { meetingId })).protokoll!;
    const view = await call('protokoll:update', {
      meetingId,
      protokoll: { ...p, justeringDate: '2022-03-10', anslag: { postedDate: '2022-03-14', storagePlace: 'Kansliet' } },
    });
    expect(view.takeDownDate).toBe('2022-04-05');
    expect(view.warnings).toHaveLength(2);
  });

  it('keeps a storage place given before the posting date; the anslagsbevis waits for both', async () => {
    const meetingId = await heldMeeting('2022-02-23');
    const p = (await call('protokoll:create', { meetingId })).protokoll!;
    const view = await call('protokoll:update', {
      meetingId,
      protokoll: { ...p, anslag: { storagePlace: 'Kansliet' } },
    });
    expect(view.protokoll!.anslag).toEqual({ storagePlace: 'Kansliet' });
    expect(view.takeDownDate).toBeNull();
    expect(await refused('protokoll:export', { meetingId, document: 'anslag' })).toMatchObject({
      code: 'VALIDATION',
      message: 'Ange datum då anslaget sätts upp och var protokollet förvaras.',
    });
    // It travels in the exchange package and comes back.
    const { pkg } = t.backend.services.packages.exportMeeting(meetingId);
    expect(pkg.meeting.protokoll?.anslag).toEqual({ storagePlace: 'Kansliet' });
    expect(validatePackageJson(JSON.parse(JSON.stringify(pkg))).meeting.protokoll?.anslag).toEqual({
      storagePlace: 'Kansliet',
    });
  });

  it('exports the protokoll, an utdrag and the anslag through the save dialog; cancelling writes nothing', async () => {
    const meetingId = await heldMeeting('2022-02-23');
    const p = (await call('protokoll:create', { meetingId })).protokoll!;
    await call('protokoll:update', {
      meetingId,
      protokoll: {
        ...p,
        justerare: ['Olle Moln Teike'],
        anslag: { postedDate: '2022-03-03', storagePlace: 'Kansliet' },
      },
    });
    expect(await call('protokoll:export', { meetingId, document: 'protokoll' })).toBeNull();
    const out = path.join(t.temp.dir, 'p.pdf');
    t.dialogs.answerNext(out);
    const r = await call('protokoll:export', { meetingId, document: 'protokoll' });
    expect(r).toEqual({ path: out, pageCount: expect.any(Number) });
    expect(flat(pageTexts(out).join(' '))).toContain('Utses att justera Olle Moln Teike');
    expect(t.dialogs.asked.at(-1)).toBe('Spara protokollet som PDF');
    const u = path.join(t.temp.dir, 'u.pdf');
    t.dialogs.answerNext(u);
    await call('protokoll:export', { meetingId, document: 'utdrag', paragraphs: [11] });
    expect(flat(pageTexts(u).join(' '))).toContain('Rätt utdraget intygar');
    const a = path.join(t.temp.dir, 'a.pdf');
    t.dialogs.answerNext(a);
    await call('protokoll:export', { meetingId, document: 'anslag' });
    expect(flat(pageTexts(a).join(' '))).toContain('Datum då anslaget tas ned 2022-03-25');
    expect(
      fs
        .readdirSync(t.temp.dir)
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(['a.pdf', 'p.pdf', 'u.pdf']);
    expect((await refused('protokoll:export', { meetingId, document: 'bogus' })).code).toBe('VALIDATION');
  });

  it('prints through the Printer dependency and previews as base64 PDF; a refused document prints nothing', async () => {
    const meetingId = await heldMeeting('2022-02-23');
    const p = (await call('protokoll:create', { meetingId })).protokoll!;
    const printer = t.backend.services.printer as RecordingPrinter;
    expect((await refused('protokoll:print', { meetingId, document: 'anslag' })).message).toMatch(
      /Ange datum då anslaget sätts upp/,
    );
    expect(printer.printed).toHaveLength(0);
    await call('protokoll:update', {
      meetingId,
      protokoll: { ...p, paragraphs: p.paragraphs.map((x, i) => (i === 4 ? { ...x, omedelbarJustering: true } : x)) },
    });
    const r = await call('protokoll:print', { meetingId, document: 'utdrag', paragraphs: [5] });
    expect(r).toEqual({ printed: true, pageCount: expect.any(Number) });
    expect(printer.printed.at(-1)!.title).toMatch(/^Protokollsutdrag .* 2022-02-23$/);
    const printedFile = path.join(t.temp.dir, 'printed.pdf');
    fs.writeFileSync(printedFile, printer.printed.at(-1)!.bytes);
    expect(flat(pageTexts(printedFile).join(' '))).toContain('Rätt utdraget intygar');
    await call('protokoll:print', { meetingId, document: 'omedelbar' });
    expect(printer.printed.at(-1)!.title).toMatch(/^Protokoll, omedelbar justering /);

    const preview = await call('protokoll:preview', { meetingId });
    const previewFile = path.join(t.temp.dir, 'preview.pdf');
    fs.writeFileSync(previewFile, Buffer.from(preview.base64, 'base64'));
    const pages = pageTexts(previewFile);
    expect(pages).toHaveLength(preview.pageCount);
    expect(pages[0]).toContain('Beslutande');
  });

  it("shows the nämnd's ersättare order with the protokoll, so the app can tell who serves for whom", async () => {
    const meetingId = await heldMeeting('2022-02-23');
    const committeeId = (await call('meetings:get', { meetingId })).committee.id;
    saveProtokollSettings(t.backend.db, committeeId, { substituteOrder: { S: ['S', 'V'] } }, '2026-01-01T00:00:00Z');
    expect((await call('protokoll:get', { meetingId })).substituteOrder).toEqual({ S: ['S', 'V'] });
  });
});
