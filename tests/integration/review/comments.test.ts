import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { listDocuments } from '../../../electron/repos/documents';
import type { ReviewSessionView } from '../../../shared/domain/review';
import { sampleDir } from '../../helpers/packages';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
const open: Backend[] = [];
let tick = Date.parse('2026-02-01T08:00:00.000Z');
const backendIn = (name: string) => {
  const b = createBackend({
    dataDir: path.join(temp.dir, name),
    runtime: 'node',
    version: '0.0.0-test',
    now: () => {
      tick += 1000;
      return new Date(tick);
    },
  });
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

const itemByTitle = (s: ReviewSessionView, start: string) => s.items.find((i) => i.title.startsWith(start))!;

/** Replaces a document the way a secretary does: the old one goes, a new one (new identity) takes its place. */
function replaceDocument(
  b: Backend,
  meetingId: string,
  documentId: string,
  body?: (old: Record<string, unknown>) => Record<string, unknown>,
) {
  const old = listDocuments(b.db, meetingId).find((d) => d.id === documentId)!;
  const newId = randomUUID();
  b.db.transaction(() => {
    b.db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    const oldBody = JSON.parse(old.body) as Record<string, unknown>;
    b.db
      .prepare(
        `INSERT INTO documents (id, item_id, position, type, title, document_date, dnr, paragraph, protocol_meeting_id,
           file_sha256, file_name, bilaga, role, public, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')`,
      )
      .run(
        newId,
        old.itemId,
        old.position,
        old.type,
        old.title,
        old.date,
        old.dnr,
        old.paragraph,
        old.protocolMeetingId,
        old.fileSha256,
        old.fileName,
        old.bilaga,
        old.role,
        old.public,
        JSON.stringify(body ? body(oldBody) : oldBody),
      );
  })();
  return newId;
}

describe('review round: review copy → comments → import on a changed agenda', () => {
  it('comments land on the right item after reorder, renumbering, document replacement and deletion', async () => {
    const secretary = backendIn('secretary');
    const { meetingId } = await secretary.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    await secretary.services.versions.changeStatus(meetingId, 'granskning');
    const copy = path.join(temp.dir, 'ana-granskning.kallelse');
    expect(await secretary.services.review.exportReviewCopy(meetingId, copy)).toMatchObject({ version: 1 });

    // The reviewer's laptop: an empty database, no register, no meetings.
    const reviewer = backendIn('reviewer');
    let s = await reviewer.services.reviewSession.openCopy(copy);
    expect(reviewer.services.meetings.list()).toEqual([]);
    expect(s).toMatchObject({ version: 1, reviewer: null, committee: expect.stringContaining('arbetsmarknad') });
    expect(s.items).toHaveLength(19);
    expect((await reviewer.services.reviewSession.sessionPdf(s.id)).pageCount).toBeGreaterThan(100);

    const unga = itemByTitle(s, 'Projekt - Unga akademiker');
    const growing = itemByTitle(s, 'Projekt - Growing green');
    const besok = itemByTitle(s, 'Stöd till besöksnäringen');
    const berattelse = itemByTitle(s, 'Verksamhetsberättelse 2021');
    const kultur = itemByTitle(s, 'Kulturrådets');
    const tsPkg = secretary.services.packages
      .exportMeeting(meetingId)
      .pkg.meeting.sections[2]!.items.find((i) => i.title.startsWith('Stöd till besöksnäringen'))!;
    const ts = tsPkg.documents!.find((d) => d.type === 'tjansteskrivelse')! as { sammanfattning: string };
    const quote = ts.sammanfattning.split(/\s+/).slice(0, 6).join(' ');

    const r = reviewer.services.reviewSession;
    s = r.addComment({ sessionId: s.id, itemKey: unga.key, body: 'Ta detta ärende först.' });
    s = r.addComment({
      sessionId: s.id,
      itemKey: growing.key,
      documentKey: growing.documents.find((d) => d.title.includes('Ansökan'))!.key,
      body: 'Ansökan saknar budgetbilagan.',
    });
    s = r.addComment({
      sessionId: s.id,
      itemKey: besok.key,
      documentKey: besok.documents.find((d) => d.title.startsWith('Tjänsteskrivelse'))!.key,
      quote,
      body: 'Stämmer beloppet?',
    });
    s = r.addComment({ sessionId: s.id, itemKey: berattelse.key, body: 'Kan vänta till nästa möte.' });
    s = r.setVerdict(s.id, kultur.key, 'ok');
    s = r.setVerdict(s.id, unga.key, 'behover_andras');
    expect(() => r.commentsFile(s.id)).toThrow(/Skriv ditt namn/);
    s = r.setReviewer(s.id, 'Anna Ordförande');
    const file1 = path.join(temp.dir, 'anna.json');
    expect(r.writeCommentsFile(s.id, file1)).toMatchObject({ comments: 4 });

    // A second reviewer on another laptop.
    const vice = backendIn('vice');
    let s2 = await vice.services.reviewSession.openCopy(copy);
    s2 = vice.services.reviewSession.addComment({ sessionId: s2.id, itemKey: kultur.key, body: 'Bra underlag.' });
    s2 = vice.services.reviewSession.setReviewer(s2.id, 'Bengt Vice');
    const file2 = path.join(temp.dir, 'bengt.json');
    vice.services.reviewSession.writeCommentsFile(s2.id, file2);
    // Small files, anchored by identity: no page numbers in them.
    const json1 = fs.readFileSync(file1, 'utf8');
    expect(json1).not.toMatch(/"page/);

    // Meanwhile the secretary changes the agenda.
    const a = secretary.services.agenda;
    const m = secretary.services.meetings.get(meetingId);
    const ungaNow = m.sections[2]!.items.find((i) => i.title.startsWith('Projekt - Unga akademiker'))!;
    a.moveItem(ungaNow.id, m.sections[2]!.id, 0);
    a.deleteItem(m.sections[2]!.items.find((i) => i.title.startsWith('Verksamhetsberättelse'))!.id);
    a.addItem({ sectionId: m.sections[0]!.id, position: 0, title: 'Mötets öppnande' });
    const docs = listDocuments(secretary.db, meetingId);
    const itemIdOf = (start: string) =>
      secretary.services.meetings
        .get(meetingId)
        .sections.flatMap((x) => x.items)
        .find((i) => i.title.startsWith(start))!.id;
    const growingPdf = docs.find((d) => d.itemId === itemIdOf('Projekt - Growing green') && d.type === 'pdf')!;
    replaceDocument(secretary, meetingId, growingPdf.id);
    const besokTs = docs.find(
      (d) => d.itemId === itemIdOf('Stöd till besöksnäringen') && d.type === 'tjansteskrivelse',
    )!;
    const newTs = replaceDocument(secretary, meetingId, besokTs.id, (b) => ({ ...b, title: `${b.title} (reviderad)` }));

    const first = secretary.services.review.importComments(meetingId, file1);
    expect(first).toEqual({ reviewer: 'Anna Ordförande', added: 4, alreadyImported: 0, detached: 1, verdicts: 2 });
    expect(secretary.services.review.importComments(meetingId, file1)).toMatchObject({ added: 0, alreadyImported: 4 });
    expect(secretary.services.review.importComments(meetingId, file2)).toMatchObject({
      reviewer: 'Bengt Vice',
      added: 1,
    });

    const overview = secretary.services.review.overview(meetingId);
    expect(overview.comments).toHaveLength(5);
    const now = secretary.services.meetings.get(meetingId);
    const numberOf = (start: string) =>
      now.sections.flatMap((x) => x.items).find((i) => i.title.startsWith(start))!.number;
    const byBody = (text: string) => overview.comments.find((c) => c.body === text)!;

    // Moved and renumbered: on the same item under its new number.
    expect(numberOf('Projekt - Unga akademiker')).toBe(12);
    expect(byBody('Ta detta ärende först.').anchor).toMatchObject({
      state: 'item',
      itemNumber: 12,
      itemTitle: 'Projekt - Unga akademiker',
      note: null,
    });
    // Document replaced: stays on its item, says so.
    expect(byBody('Ansökan saknar budgetbilagan.').anchor).toMatchObject({
      state: 'item',
      itemNumber: numberOf('Projekt - Growing green'),
      note: expect.stringContaining('har ersatts eller tagits bort'),
    });
    // Document replaced but the quote is in the new one: anchored to the new document.
    expect(byBody('Stämmer beloppet?')).toMatchObject({
      quote,
      anchor: {
        state: 'document',
        itemNumber: numberOf('Stöd till besöksnäringen'),
        documentId: newTs,
        note: expect.stringContaining('Citatet finns i'),
      },
    });
    // Item deleted: detached, never dropped, with how the reviewer saw it.
    expect(byBody('Kan vänta till nästa möte.')).toMatchObject({
      seenAs: '18. Verksamhetsberättelse 2021',
      anchor: { state: 'detached', itemId: null, note: expect.stringContaining('18. Verksamhetsberättelse 2021') },
    });
    expect(byBody('Bra underlag.')).toMatchObject({
      author: 'Bengt Vice',
      anchor: { itemNumber: numberOf('Kulturrådets') },
    });
    expect(overview.verdicts.map((v) => [v.reviewer, v.itemLabel, v.verdict])).toEqual([
      ['Anna Ordförande', `11. ${kultur.title}`, 'ok'],
      ['Anna Ordförande', '12. Projekt - Unga akademiker', 'behover_andras'],
    ]);

    // Answered and resolved.
    const c = byBody('Ta detta ärende först.');
    let after = secretary.services.review.answer(c.id, 'Flyttat först i beslutsärendena.');
    expect(after.comments.find((x) => x.id === c.id)!.answers).toMatchObject([
      { author: 'Sekreteraren', body: 'Flyttat först i beslutsärendena.' },
    ]);
    after = secretary.services.review.resolve(c.id, true);
    expect(after.comments.find((x) => x.id === c.id)!.resolvedAt).not.toBeNull();
    after = secretary.services.review.resolve(c.id, false);
    expect(after.comments.find((x) => x.id === c.id)!.resolvedAt).toBeNull();
    expect(after.comments).toHaveLength(5);
    secretary.services.review.answer(byBody('Stämmer beloppet?').id, 'Ja, beloppet är rätt.');
    secretary.services.review.resolve(byBody('Stämmer beloppet?').id, true);

    // The review round travels with the meeting package (x-comments, x-verdicts, x-versions) to another laptop.
    const pkg = path.join(temp.dir, 'ana-med-granskning.kallelse');
    await secretary.services.packages.writePackage(meetingId, pkg);
    const other = backendIn('other');
    const imported = await other.services.packages.importPackage(pkg);
    const there = other.services.review.overview(imported.meetingId);
    const strip = (o: typeof overview) =>
      o.comments.map((x) => ({
        author: x.author,
        body: x.body,
        quote: x.quote,
        resolved: x.resolvedAt !== null,
        state: x.anchor.state,
        item: x.anchor.itemNumber,
        answers: x.answers.map((y) => y.body),
      }));
    expect(strip(there)).toEqual(strip(secretary.services.review.overview(meetingId)));
    expect(there.verdicts).toHaveLength(2);
    expect((await other.services.packages.exportMeeting(imported.meetingId)).json.meeting).toMatchObject({
      'x-versions': [{ version: 1, status: 'granskning' }],
    });
    // The comments file imported on that laptop too adds nothing new.
    expect(other.services.review.importComments(imported.meetingId, file1)).toMatchObject({ added: 0 });
  });

  it('refuses comments for another meeting, a plain package in review mode, and a file that is not a comments file', async () => {
    const secretary = backendIn('secretary');
    const ana = await secretary.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const other = await secretary.services.packages.importPackage(sampleDir('minimal'));
    await secretary.services.versions.changeStatus(ana.meetingId, 'granskning');
    const copy = path.join(temp.dir, 'copy.kallelse');
    await secretary.services.review.exportReviewCopy(ana.meetingId, copy);
    await expect(secretary.services.review.exportReviewCopy(other.meetingId, copy)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Sätt mötet i status Granskning'),
    });

    const reviewer = backendIn('reviewer');
    const s = reviewer.services.reviewSession.setReviewer(
      (await reviewer.services.reviewSession.openCopy(copy)).id,
      'Anna',
    );
    // Opening the same copy again continues the same review.
    expect((await reviewer.services.reviewSession.openCopy(copy)).id).toBe(s.id);
    const file = path.join(temp.dir, 'c.json');
    reviewer.services.reviewSession.writeCommentsFile(s.id, file);
    expect(() => secretary.services.review.importComments(other.meetingId, file)).toThrow(/inte det här mötet/);

    const plain = path.join(temp.dir, 'plain.kallelse');
    await secretary.services.packages.writePackage(ana.meetingId, plain);
    await expect(reviewer.services.reviewSession.openCopy(plain)).rejects.toMatchObject({ code: 'BAD_PACKAGE' });
    fs.writeFileSync(path.join(temp.dir, 'bad.json'), '{"format":"något annat"}');
    expect(() => secretary.services.review.importComments(ana.meetingId, path.join(temp.dir, 'bad.json'))).toThrow(
      /ingen giltig kommentarsfil/,
    );
  });
});
