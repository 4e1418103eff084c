import { defaultGroup } from '../../shared/domain/members';
import type { Membership } from '../../shared/package/model';
import type { Db } from '../db/database';

/**
 * Organisations, committees (nämnd and its presidium/utskott), people and memberships.
 * Small functions over prepared, parameterised statements; rows come back in camelCase.
 */

export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string | null;
  dnrPrefix: string | null;
  postalAddress: string | null;
  website: string | null;
  logoSha256: string | null;
  extra: string | null;
}

const ORG_COLUMNS =
  'id, name, short_name AS shortName, dnr_prefix AS dnrPrefix, postal_address AS postalAddress, website, logo_sha256 AS logoSha256, extra';

export const getOrganisation = (db: Db, id: string) =>
  db.prepare(`SELECT ${ORG_COLUMNS} FROM organisations WHERE id = ?`).get(id) as OrganisationRow | undefined;

export const findOrganisationByName = (db: Db, name: string) =>
  db.prepare(`SELECT ${ORG_COLUMNS} FROM organisations WHERE name = ?`).get(name) as OrganisationRow | undefined;

export function insertOrganisation(db: Db, row: OrganisationRow, now: string): void {
  db.prepare(
    `INSERT INTO organisations (id, name, short_name, dnr_prefix, postal_address, website, logo_sha256, extra, created_at, updated_at)
     VALUES (@id, @name, @shortName, @dnrPrefix, @postalAddress, @website, @logoSha256, @extra, @now, @now)`,
  ).run({ ...row, now });
}

/** Fills fields that are still empty; never overwrites what the organisation already has. */
export function fillOrganisation(db: Db, row: OrganisationRow, now: string): void {
  db.prepare(
    `UPDATE organisations SET
       short_name = COALESCE(short_name, @shortName), dnr_prefix = COALESCE(dnr_prefix, @dnrPrefix),
       postal_address = COALESCE(postal_address, @postalAddress), website = COALESCE(website, @website),
       logo_sha256 = COALESCE(logo_sha256, @logoSha256), extra = COALESCE(extra, @extra),
       updated_at = CASE WHEN short_name IS NULL AND @shortName IS NOT NULL OR dnr_prefix IS NULL AND @dnrPrefix IS NOT NULL
         OR postal_address IS NULL AND @postalAddress IS NOT NULL OR website IS NULL AND @website IS NOT NULL
         OR logo_sha256 IS NULL AND @logoSha256 IS NOT NULL OR extra IS NULL AND @extra IS NOT NULL THEN @now ELSE updated_at END
     WHERE id = @id`,
  ).run({ ...row, now });
}

export type CommitteeKind = 'namnd' | 'presidium' | 'utskott';

export interface CommitteeRow {
  id: string;
  organisationId: string;
  parentId: string | null;
  kind: CommitteeKind;
  name: string;
  shortName: string | null;
  extra: string | null;
}

const COMMITTEE_COLUMNS =
  'id, organisation_id AS organisationId, parent_id AS parentId, kind, name, short_name AS shortName, extra';

export const getCommittee = (db: Db, id: string) =>
  db.prepare(`SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE id = ?`).get(id) as CommitteeRow | undefined;

export const findCommittee = (db: Db, organisationId: string, kind: CommitteeKind, name: string) =>
  db
    .prepare(`SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE organisation_id = ? AND kind = ? AND name = ?`)
    .get(organisationId, kind, name) as CommitteeRow | undefined;

/** The presidium under a nämnd (the first one, if several were ever made). */
export const findPresidiumOf = (db: Db, parentId: string) =>
  db
    .prepare(
      `SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE parent_id = ? AND kind = 'presidium' ORDER BY rowid LIMIT 1`,
    )
    .get(parentId) as CommitteeRow | undefined;

export function insertCommittee(db: Db, row: CommitteeRow, now: string): void {
  db.prepare(
    `INSERT INTO committees (id, organisation_id, parent_id, kind, name, short_name, extra, created_at, updated_at)
     VALUES (@id, @organisationId, @parentId, @kind, @name, @shortName, @extra, @now, @now)`,
  ).run({ ...row, now });
}

export function fillCommittee(db: Db, row: Pick<CommitteeRow, 'id' | 'shortName' | 'extra'>, now: string): void {
  db.prepare(
    `UPDATE committees SET short_name = COALESCE(short_name, @shortName), extra = COALESCE(extra, @extra),
       updated_at = CASE WHEN short_name IS NULL AND @shortName IS NOT NULL OR extra IS NULL AND @extra IS NOT NULL
         THEN @now ELSE updated_at END
     WHERE id = @id`,
  ).run({ ...row, now });
}

export function findOrInsertPerson(
  db: Db,
  organisationId: string,
  fullName: string,
  newId: string,
  now: string,
): string {
  const found = db
    .prepare('SELECT id FROM people WHERE organisation_id = ? AND full_name = ?')
    .get(organisationId, fullName) as { id: string } | undefined;
  if (found) return found.id;
  db.prepare('INSERT INTO people (id, organisation_id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    newId,
    organisationId,
    fullName,
    now,
    now,
  );
  return newId;
}

/**
 * The printed facts of one seat: the package's membership shape, flattened. Shared by the
 * register (memberships) and the frozen member list of a meeting (meeting_invitees).
 */
export interface SeatColumns {
  name: string | null;
  vacant: 0 | 1;
  category: string;
  memberGroup: string;
  party: string | null;
  presidiumRole: string | null;
  title: string | null;
  email: string | null;
  validFrom: string | null;
  validTo: string | null;
  extra: string | null;
}

/** A package membership as the seat columns of a register or member-list row. */
export function seatColumns(m: Membership, extra: string | null): SeatColumns {
  return {
    name: m.name ?? null,
    vacant: m.vacant ? 1 : 0,
    category: m.category,
    memberGroup: m.group ?? defaultGroup(m.category),
    party: m.party ?? null,
    presidiumRole: m.presidiumRole ?? null,
    title: m.title ?? null,
    email: m.email ?? null,
    validFrom: m.validFrom ?? null,
    validTo: m.validTo ?? null,
    extra,
  };
}

/** A membership with its person's name. */
export interface MembershipRow extends SeatColumns {
  id: string;
  committeeId: string;
  personId: string | null;
  sortOrder: number;
}

export const listMemberships = (db: Db, committeeId: string) =>
  db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, m.person_id AS personId, p.full_name AS name, m.vacant, m.category,
              m.member_group AS memberGroup, m.party, m.presidium_role AS presidiumRole, m.title, m.email,
              m.valid_from AS validFrom, m.valid_to AS validTo, m.sort_order AS sortOrder, m.extra
       FROM memberships m LEFT JOIN people p ON p.id = m.person_id
       WHERE m.committee_id = ? ORDER BY m.sort_order, m.rowid`,
    )
    .all(committeeId) as MembershipRow[];

/** Inserts a membership; `name` is ignored here (the person row holds it). */
export function insertMembership(db: Db, row: MembershipRow, now: string): void {
  db.prepare(
    `INSERT INTO memberships (id, committee_id, person_id, vacant, category, member_group, party, presidium_role, title,
                              email, valid_from, valid_to, sort_order, extra, created_at, updated_at)
     VALUES (@id, @committeeId, @personId, @vacant, @category, @memberGroup, @party, @presidiumRole, @title,
             @email, @validFrom, @validTo, @sortOrder, @extra, @now, @now)`,
  ).run({ ...row, now });
}

export interface CommitteeSummaryRow {
  id: string;
  name: string;
  shortName: string | null;
  kind: CommitteeKind;
  organisationId: string;
  organisationName: string;
  membershipCount: number;
  meetingCount: number;
}

/** Committees that hold meetings of their own (nämnder and utskott, not archived ones), by organisation and name. */
export const listCommitteeSummaries = (db: Db) =>
  db
    .prepare(
      `SELECT c.id, c.name, c.short_name AS shortName, c.kind, o.id AS organisationId, o.name AS organisationName,
              (SELECT count(*) FROM memberships m WHERE m.committee_id = c.id) AS membershipCount,
              (SELECT count(*) FROM meetings x WHERE x.committee_id = c.id) AS meetingCount
       FROM committees c JOIN organisations o ON o.id = c.organisation_id
       WHERE c.kind <> 'presidium' AND c.archived_at IS NULL ORDER BY o.name, c.name`,
    )
    .all() as CommitteeSummaryRow[];
