import { AppError } from '../../shared/ipc/result';
import type { Db } from '../db/database';
import type { SeatColumns } from './registry';

export interface MeetingRow {
  id: string;
  committeeId: string;
  date: string;
  startTime: string;
  endTime: string | null;
  place: string;
  status: string;
  agendaColumn: string;
  presidiumMeetingId: string | null;
  paragraphFrom: number | null;
  paragraphTo: number | null;
  membersFrozenAt: string | null;
  extra: string | null;
  packageExtra: string | null;
  createdAt: string;
  updatedAt: string;
}

const MEETING_COLUMNS = `id, committee_id AS committeeId, meeting_date AS date, start_time AS startTime, end_time AS endTime,
  place, status, agenda_column AS agendaColumn, presidium_meeting_id AS presidiumMeetingId,
  paragraph_from AS paragraphFrom, paragraph_to AS paragraphTo, members_frozen_at AS membersFrozenAt,
  extra, package_extra AS packageExtra, created_at AS createdAt, updated_at AS updatedAt`;

export const getMeeting = (db: Db, id: string) =>
  db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ?`).get(id) as MeetingRow | undefined;

export function insertMeeting(db: Db, row: Omit<MeetingRow, 'createdAt' | 'updatedAt'>, now: string): void {
  db.prepare(
    `INSERT INTO meetings (id, committee_id, meeting_date, start_time, end_time, place, status, agenda_column,
                           presidium_meeting_id, paragraph_from, paragraph_to, members_frozen_at, extra, package_extra,
                           created_at, updated_at)
     VALUES (@id, @committeeId, @date, @startTime, @endTime, @place, @status, @agendaColumn, @presidiumMeetingId,
             @paragraphFrom, @paragraphTo, @membersFrozenAt, @extra, @packageExtra, @now, @now)`,
  ).run({ ...row, now });
}

/** A meeting of `committeeId` with exactly these facts (to reuse a presidium meeting shared by imports). */
export const findSameMeeting = (
  db: Db,
  f: Pick<MeetingRow, 'committeeId' | 'date' | 'startTime' | 'place' | 'paragraphFrom' | 'paragraphTo'>,
) =>
  db
    .prepare(
      `SELECT ${MEETING_COLUMNS} FROM meetings WHERE committee_id = @committeeId AND meeting_date = @date
         AND start_time = @startTime AND place = @place AND paragraph_from IS @paragraphFrom AND paragraph_to IS @paragraphTo
       ORDER BY rowid LIMIT 1`,
    )
    .get(f) as MeetingRow | undefined;

export type MeetingFields = Partial<
  Pick<MeetingRow, 'date' | 'startTime' | 'endTime' | 'place' | 'status' | 'agendaColumn' | 'membersFrozenAt'>
>;

const fieldColumns: Record<keyof MeetingFields, string> = {
  date: 'meeting_date',
  startTime: 'start_time',
  endTime: 'end_time',
  place: 'place',
  status: 'status',
  agendaColumn: 'agenda_column',
  membersFrozenAt: 'members_frozen_at',
};

/** Updates the given fields (column names from a fixed map, values as parameters). */
export function updateMeeting(db: Db, id: string, fields: MeetingFields, now: string): void {
  const keys = (Object.keys(fields) as (keyof MeetingFields)[]).filter((k) => fields[k] !== undefined);
  const sets = keys.map((k) => `${fieldColumns[k]} = @${k}`);
  db.prepare(`UPDATE meetings SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`).run({
    ...Object.fromEntries(keys.map((k) => [k, fields[k]])),
    id,
    now,
  });
}

export const touchMeeting = (db: Db, id: string, now: string) =>
  db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?').run(now, id);

export const deleteMeeting = (db: Db, id: string) => db.prepare('DELETE FROM meetings WHERE id = ?').run(id);

/**
 * True when, once meeting `leaving` and its agenda are gone, nothing refers to presidium meeting
 * `id` and it has no agenda of its own: safe to remove with its last user.
 */
export function isOrphanPresidiumMeetingAfter(db: Db, id: string, leaving: string): boolean {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM meetings WHERE presidium_meeting_id = @id AND id <> @leaving)
            + (SELECT count(*) FROM agenda_sections WHERE meeting_id = @id)
            + (SELECT count(*) FROM documents d JOIN agenda_items i ON i.id = d.item_id
                 JOIN agenda_sections s ON s.id = i.section_id
               WHERE d.protocol_meeting_id = @id AND s.meeting_id <> @leaving) AS n`,
    )
    .get({ id, leaving }) as { n: number };
  return row.n === 0;
}

/**
 * Meetings other than `id` that refer to it (issue 16, finding 7): as their presidium meeting,
 * or through protokollsutdrag taken from its protocol (their §§, Tid and Plats come from it).
 */
export function meetingsReferringTo(db: Db, id: string) {
  const meetings = db
    .prepare(
      `SELECT m.id AS meetingId, c.name AS committeeName, m.meeting_date AS date
         FROM meetings m JOIN committees c ON c.id = m.committee_id
        WHERE m.id <> @id
          AND (m.presidium_meeting_id = @id
               OR EXISTS (SELECT 1 FROM documents d JOIN agenda_items i ON i.id = d.item_id
                            JOIN agenda_sections s ON s.id = i.section_id
                           WHERE s.meeting_id = m.id AND d.protocol_meeting_id = @id))
        ORDER BY m.meeting_date, m.id`,
    )
    .all({ id }) as { meetingId: string; committeeName: string; date: string }[];
  return meetings;
}

/** The links `meetingsReferringTo` found, as ids, so an undo can put them back. */
export function referenceLinks(db: Db, id: string) {
  return {
    documents: db
      .prepare(
        `SELECT d.id FROM documents d JOIN agenda_items i ON i.id = d.item_id
           JOIN agenda_sections s ON s.id = i.section_id
          WHERE d.protocol_meeting_id = @id AND s.meeting_id <> @id`,
      )
      .pluck()
      .all({ id }) as string[],
    meetings: db
      .prepare('SELECT id FROM meetings WHERE presidium_meeting_id = @id AND id <> @id')
      .pluck()
      .all({ id }) as string[],
  };
}

/** Puts links back after an undo (only where nothing else has been set meanwhile). */
export function restoreReferenceLinks(db: Db, id: string, links: { documents: string[]; meetings: string[] }) {
  const doc = db.prepare('UPDATE documents SET protocol_meeting_id = ? WHERE id = ? AND protocol_meeting_id IS NULL');
  for (const d of links.documents) doc.run(id, d);
  const meeting = db.prepare(
    'UPDATE meetings SET presidium_meeting_id = ? WHERE id = ? AND presidium_meeting_id IS NULL',
  );
  for (const m of links.meetings) meeting.run(id, m);
}

/** A nämnd meeting with the same organisation, committee, date and start time (a package imported again). */
export const findImportedTwin = (
  db: Db,
  f: { organisation: string; committee: string; date: string; startTime: string },
) =>
  db
    .prepare(
      `SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN organisations o ON o.id = c.organisation_id
       WHERE o.name = @organisation AND c.name = @committee AND c.kind <> 'presidium'
         AND m.meeting_date = @date AND m.start_time = @startTime
       ORDER BY m.rowid LIMIT 1`,
    )
    .get(f) as { id: string } | undefined;

export const markCopy = (db: Db, id: string, originalId: string) =>
  db.prepare('UPDATE meetings SET copy_of_meeting_id = ? WHERE id = ?').run(originalId, id);

export interface MeetingSummaryRow {
  id: string;
  committeeId: string;
  committeeName: string;
  committeeShortName: string | null;
  committeeKind: string;
  organisationName: string;
  date: string;
  startTime: string;
  place: string;
  status: string;
  itemCount: number;
  documentCount: number;
  updatedAt: string;
  isCopy: 0 | 1;
}

export const listMeetingSummaries = (db: Db, includePresidium: boolean) =>
  db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, c.short_name AS committeeShortName,
              c.kind AS committeeKind, o.name AS organisationName, m.meeting_date AS date, m.start_time AS startTime,
              m.place, m.status, m.updated_at AS updatedAt, (m.copy_of_meeting_id IS NOT NULL) AS isCopy,
              (SELECT count(*) FROM agenda_items i JOIN agenda_sections s ON s.id = i.section_id WHERE s.meeting_id = m.id) AS itemCount,
              (SELECT count(*) FROM documents d JOIN agenda_items i ON i.id = d.item_id JOIN agenda_sections s ON s.id = i.section_id
                WHERE s.meeting_id = m.id) AS documentCount
       FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN organisations o ON o.id = c.organisation_id
       WHERE @includePresidium = 1 OR c.kind <> 'presidium'
       ORDER BY m.meeting_date DESC, m.start_time DESC, m.rowid DESC`,
    )
    .all({ includePresidium: includePresidium ? 1 : 0 }) as MeetingSummaryRow[];

/** Frozen member list rows, in order. */
export interface InviteeRow extends SeatColumns {
  id: string;
  meetingId: string;
  position: number;
  membershipId: string | null;
  sortOrder: number | null;
}

export const listInvitees = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT id, meeting_id AS meetingId, position, membership_id AS membershipId, name, vacant, category,
              member_group AS memberGroup, party, presidium_role AS presidiumRole, title, email, valid_from AS validFrom,
              valid_to AS validTo, sort_order AS sortOrder, extra
       FROM meeting_invitees WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as InviteeRow[];

export function insertInvitee(db: Db, row: InviteeRow): void {
  db.prepare(
    `INSERT INTO meeting_invitees (id, meeting_id, position, membership_id, name, vacant, category, member_group, party,
                                   presidium_role, title, email, valid_from, valid_to, sort_order, extra)
     VALUES (@id, @meetingId, @position, @membershipId, @name, @vacant, @category, @memberGroup, @party,
             @presidiumRole, @title, @email, @validFrom, @validTo, @sortOrder, @extra)`,
  ).run(row);
}

export const deleteInvitees = (db: Db, meetingId: string) =>
  db.prepare('DELETE FROM meeting_invitees WHERE meeting_id = ?').run(meetingId);

/** The meeting, or NOT_FOUND with a message the user can act on. */
export function requireMeeting(db: Db, meetingId: string): MeetingRow {
  const meeting = getMeeting(db, meetingId);
  if (!meeting) {
    throw new AppError(
      'NOT_FOUND',
      `Mötet finns inte (id ${meetingId}). Det kan ha tagits bort; uppdatera listan.`,
      meetingId,
    );
  }
  return meeting;
}
