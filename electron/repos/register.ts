import type { Db } from '../db/database';
import type { CommitteeRow, MembershipRow } from './registry';

/**
 * Queries of the register kept in the app (RegisterService) and of a meeting's one-off
 * guests. The package import's register functions stay in registry.ts; these add what the
 * editor needs: archiving, renaming, updating and reordering seats, people across nämnder.
 */

export interface CommitteeListRow extends CommitteeRow {
  organisationName: string;
  archivedAt: string | null;
  seatCount: number;
  meetingCount: number;
}

export const listRegisterCommittees = (db: Db) =>
  db
    .prepare(
      `SELECT c.id, c.organisation_id AS organisationId, o.name AS organisationName, c.parent_id AS parentId, c.kind,
              c.name, c.short_name AS shortName, c.extra, c.archived_at AS archivedAt,
              (SELECT count(*) FROM memberships m WHERE m.committee_id = c.id) AS seatCount,
              (SELECT count(*) FROM meetings x WHERE x.committee_id = c.id) AS meetingCount
       FROM committees c JOIN organisations o ON o.id = c.organisation_id
       ORDER BY o.name, c.name COLLATE NOCASE`,
    )
    .all() as CommitteeListRow[];

export const listOrganisations = (db: Db) =>
  db.prepare('SELECT id, name FROM organisations ORDER BY name').all() as { id: string; name: string }[];

export function updateCommitteeFields(
  db: Db,
  id: string,
  fields: { name?: string; shortName?: string | null; archivedAt?: string | null },
  now: string,
): void {
  const sets: string[] = [];
  const params: Record<string, unknown> = { id, now };
  if (fields.name !== undefined) {
    sets.push('name = @name');
    params.name = fields.name;
  }
  if (fields.shortName !== undefined) {
    sets.push('short_name = @shortName');
    params.shortName = fields.shortName;
  }
  if (fields.archivedAt !== undefined) {
    sets.push('archived_at = @archivedAt');
    params.archivedAt = fields.archivedAt;
  }
  if (sets.length === 0) return;
  db.prepare(`UPDATE committees SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(params);
}

export const getMembership = (db: Db, id: string) =>
  db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, m.person_id AS personId, p.full_name AS name, m.vacant, m.category,
              m.member_group AS memberGroup, m.party, m.presidium_role AS presidiumRole, m.title, m.email,
              m.valid_from AS validFrom, m.valid_to AS validTo, m.sort_order AS sortOrder, m.extra
       FROM memberships m LEFT JOIN people p ON p.id = m.person_id WHERE m.id = ?`,
    )
    .get(id) as MembershipRow | undefined;

export function updateMembership(
  db: Db,
  row: Omit<MembershipRow, 'name' | 'email' | 'extra' | 'sortOrder' | 'committeeId'>,
  now: string,
): void {
  db.prepare(
    `UPDATE memberships SET person_id = @personId, vacant = @vacant, category = @category, member_group = @memberGroup,
       party = @party, presidium_role = @presidiumRole, title = @title, valid_from = @validFrom, valid_to = @validTo,
       updated_at = @now
     WHERE id = @id`,
  ).run({ ...row, now });
}

export const setMembershipEnd = (db: Db, id: string, validTo: string, now: string) =>
  db.prepare('UPDATE memberships SET valid_to = ?, updated_at = ? WHERE id = ?').run(validTo, now, id);

export const setMembershipOrder = (db: Db, id: string, sortOrder: number) =>
  db.prepare('UPDATE memberships SET sort_order = ? WHERE id = ?').run(sortOrder, id);

export const nextSortOrder = (db: Db, committeeId: string) =>
  (
    db
      .prepare('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM memberships WHERE committee_id = ?')
      .get(committeeId) as { n: number }
  ).n;

export const listPeople = (db: Db) =>
  db
    .prepare(
      `SELECT p.id, p.full_name AS name, (SELECT count(*) FROM memberships m WHERE m.person_id = p.id) AS seatCount
       FROM people p ORDER BY p.full_name COLLATE NOCASE`,
    )
    .all() as { id: string; name: string; seatCount: number }[];

export const getPerson = (db: Db, id: string) =>
  db.prepare('SELECT id, full_name AS name, organisation_id AS organisationId FROM people WHERE id = ?').get(id) as
    | { id: string; name: string; organisationId: string }
    | undefined;

/** A person's seats in every committee, oldest first. */
export const listSeatsOfPerson = (db: Db, personId: string) =>
  db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, p.full_name AS name, m.vacant, m.category,
              m.member_group AS memberGroup, m.party, m.presidium_role AS presidiumRole, m.title, m.email,
              m.valid_from AS validFrom, m.valid_to AS validTo, m.sort_order AS sortOrder, m.extra, m.person_id AS personId
       FROM memberships m JOIN committees c ON c.id = m.committee_id JOIN people p ON p.id = m.person_id
       WHERE m.person_id = ? ORDER BY coalesce(m.valid_from, ''), c.name`,
    )
    .all(personId) as (MembershipRow & { committeeName: string })[];

export interface GuestRow {
  id: string;
  meetingId: string;
  position: number;
  name: string;
  category: string;
  memberGroup: string;
  party: string | null;
  title: string | null;
}

export const listGuests = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT id, meeting_id AS meetingId, position, name, category, member_group AS memberGroup, party, title
       FROM meeting_guests WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as GuestRow[];

export function insertGuest(db: Db, row: Omit<GuestRow, 'position'>, now: string): void {
  db.prepare(
    `INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, party, title, created_at)
     VALUES (@id, @meetingId, (SELECT coalesce(max(position) + 1, 0) FROM meeting_guests WHERE meeting_id = @meetingId),
             @name, @category, @memberGroup, @party, @title, @now)`,
  ).run({ ...row, now });
}

export const deleteGuest = (db: Db, meetingId: string, guestId: string) =>
  db.prepare('DELETE FROM meeting_guests WHERE id = ? AND meeting_id = ?').run(guestId, meetingId).changes;
