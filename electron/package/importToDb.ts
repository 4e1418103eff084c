import { randomUUID } from 'node:crypto';
import { isSent } from '../../shared/domain/meetingStatus';
import { defaultGroup, deriveMemberList } from '../../shared/domain/members';
import type { ImportSummary } from '../../shared/domain/packages';
import { normalizePackagePath } from '../../shared/package/filePath';
import { ITEM_EXTRA, ITEM_WITHDRAWN } from '../../shared/package/itemState';
import type { Membership } from '../../shared/package/model';
import type { Db } from '../db/database';
import { insertItem, insertSection } from '../repos/agenda';
import { insertDocument, insertFile } from '../repos/documents';
import { findSameMeeting, insertInvitee, insertMeeting } from '../repos/meetings';
import { saveProtokoll, saveProtokollSettings } from '../repos/protokoll';
import { insertGuest } from '../repos/register';
import {
  type CommitteeRow,
  fillCommittee,
  fillOrganisation,
  findCommittee,
  findOrganisationByName,
  findOrInsertPerson,
  insertCommittee,
  insertMembership,
  insertOrganisation,
  listMemberships,
  type MembershipRow,
  type OrganisationRow,
  seatColumns,
} from '../repos/registry';
import { reviewRoundKeys } from '../review/exchange';
import { documentColumns, extrasJson } from './documentRow';
import type { ValidatedPackage } from './load';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The identity of a seat for merging registers: everything printed or dated, not the order.
 * Importing the same register twice adds nothing; a changed seat becomes a new membership.
 */
export function membershipKey(m: {
  name?: string | null | undefined;
  vacant?: boolean | undefined;
  category: string;
  group?: string | undefined;
  party?: string | null | undefined;
  presidiumRole?: string | null | undefined;
  title?: string | null | undefined;
  email?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}): string {
  return JSON.stringify([
    m.name || null,
    m.vacant === true,
    m.category,
    m.group ?? defaultGroup(m.category as Membership['category']),
    m.party ?? null,
    m.presidiumRole ?? null,
    m.title ?? null,
    m.email ?? null,
    m.validFrom ?? null,
    m.validTo ?? null,
  ]);
}

export const rowKey = (r: MembershipRow): string =>
  membershipKey({ ...r, vacant: r.vacant === 1, group: r.memberGroup });

/**
 * Writes a validated package as a new meeting. Must run inside one transaction (the caller's);
 * the files must already be in the content store. Organisation, committee, presidium,
 * people and memberships are matched by name/content and reused; only missing fields are
 * filled in, nothing existing is overwritten.
 */
export function writePackageToDb(
  db: Db,
  v: ValidatedPackage,
  now: string,
  newId: () => string = randomUUID,
): ImportSummary {
  const { pkg, raw } = v;
  const rawOrg = obj(raw.organisation);
  const rawCommittee = obj(raw.committee);
  const rawMeeting = obj(raw.meeting);

  for (const file of v.files.values()) {
    insertFile(
      db,
      {
        sha256: file.sha256,
        byteSize: file.bytes.byteLength,
        mediaType: file.mediaType,
        pageCount: file.pageCount,
        pdfTitle: file.pdfTitle,
      },
      now,
    );
  }
  const shaOf = (p: string) => v.files.get(normalizePackagePath(p))?.sha256 ?? null;

  // Organisation
  const orgRow: OrganisationRow = {
    id: newId(),
    name: pkg.organisation.name,
    shortName: pkg.organisation.shortName ?? null,
    dnrPrefix: pkg.organisation.dnrPrefix ?? null,
    postalAddress: pkg.organisation.postalAddress ?? null,
    website: pkg.organisation.website ?? null,
    logoSha256: pkg.organisation.logo ? shaOf(pkg.organisation.logo.path) : null,
    extra: extrasJson(rawOrg),
  };
  const existingOrg = findOrganisationByName(db, orgRow.name);
  if (existingOrg) fillOrganisation(db, { ...orgRow, id: existingOrg.id }, now);
  else insertOrganisation(db, orgRow, now);
  const organisationId = existingOrg?.id ?? orgRow.id;

  // Committee (nämnd) and its presidium
  const committeeRow: CommitteeRow = {
    id: newId(),
    organisationId,
    parentId: null,
    kind: 'namnd',
    name: pkg.committee.name,
    shortName: pkg.committee.shortName ?? null,
    extra: extrasJson(rawCommittee),
  };
  const existingCommittee = findCommittee(db, organisationId, 'namnd', committeeRow.name);
  if (existingCommittee) fillCommittee(db, { ...committeeRow, id: existingCommittee.id }, now);
  else insertCommittee(db, committeeRow, now);
  const committeeId = existingCommittee?.id ?? committeeRow.id;

  let presidiumId: string | null = null;
  const pm = pkg.meeting.presidiumMeeting;
  if (pkg.committee.presidiumName !== undefined || pm) {
    const name = pkg.committee.presidiumName ?? `Presidium - ${pkg.committee.name}`;
    const existing = findCommittee(db, organisationId, 'presidium', name);
    presidiumId = existing?.id ?? newId();
    if (!existing) {
      insertCommittee(
        db,
        {
          id: presidiumId,
          organisationId,
          parentId: committeeId,
          kind: 'presidium',
          name,
          shortName: null,
          extra: null,
        },
        now,
      );
    }
  }

  // Register: merge by content. Each existing seat matches at most one seat of the package,
  // so two identical seats (two 'Vakant (KD)' ersättare) stay two.
  const unclaimed = new Map<string, string[]>();
  for (const r of listMemberships(db, committeeId)) {
    const key = rowKey(r);
    unclaimed.set(key, [...(unclaimed.get(key) ?? []), r.id]);
  }
  const firstByKey = new Map<string, string>();
  const rawMemberships = arr(rawCommittee.memberships);
  pkg.committee.memberships.forEach((m, i) => {
    const key = membershipKey(m);
    const claimed = unclaimed.get(key)?.shift();
    if (claimed) {
      if (!firstByKey.has(key)) firstByKey.set(key, claimed);
      return;
    }
    const id = newId();
    const personId = m.name ? findOrInsertPerson(db, organisationId, m.name, newId(), now) : null;
    insertMembership(
      db,
      {
        id,
        committeeId,
        personId,
        ...seatColumns(m, extrasJson(rawMemberships[i])),
        sortOrder: m.order ?? i,
      },
      now,
    );
    if (!firstByKey.has(key)) firstByKey.set(key, id);
  });

  // Presidium meeting: reused when an identical one exists (several nämnd meetings may cite it)
  let presidiumMeetingId: string | null = null;
  if (pm && presidiumId) {
    const facts = {
      committeeId: presidiumId,
      date: pm.date,
      startTime: pm.startTime,
      place: pm.place,
      paragraphFrom: pm.paragraphFrom ?? null,
      paragraphTo: pm.paragraphTo ?? null,
    };
    presidiumMeetingId = findSameMeeting(db, facts)?.id ?? null;
    if (!presidiumMeetingId) {
      presidiumMeetingId = newId();
      insertMeeting(
        db,
        {
          ...facts,
          id: presidiumMeetingId,
          endTime: null,
          status: 'genomford',
          agendaColumn: 'none',
          presidiumMeetingId: null,
          membersFrozenAt: null,
          extra: extrasJson(rawMeeting.presidiumMeeting),
          packageExtra: null,
        },
        now,
      );
    }
  }

  // The meeting
  const meeting = pkg.meeting;
  const meetingId = newId();
  const status = meeting.status ?? 'utkast';
  // One-off invitees travel as the x-guests extension; they get rows of their own, not extras.
  const guests = (meeting['x-guests'] ?? []).filter((g) => g.name);
  const { 'x-guests': _guests, ...rawMeetingExtras } = rawMeeting;
  const invitees: (Membership & { raw: unknown })[] | null = meeting.invitees
    ? meeting.invitees.map((m, i) => ({ ...m, raw: arr(rawMeeting.invitees)[i] }))
    : isSent(status)
      ? [...deriveMemberList(pkg.committee.memberships, meeting.date), ...guests].map((m) => ({ ...m, raw: null }))
      : null;
  insertMeeting(
    db,
    {
      id: meetingId,
      committeeId,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime ?? null,
      place: meeting.place,
      status,
      agendaColumn: meeting.agendaColumn ?? 'pages',
      presidiumMeetingId,
      paragraphFrom: null,
      paragraphTo: null,
      membersFrozenAt: invitees ? now : null,
      // Guests and the review round go to their own tables, not into extra.
      extra: extrasJson(
        Object.fromEntries(
          Object.entries(rawMeetingExtras).filter(([k]) => !(reviewRoundKeys as readonly string[]).includes(k)),
        ),
      ),
      packageExtra: extrasJson(raw),
    },
    now,
  );
  for (const g of guests) {
    insertGuest(
      db,
      {
        id: newId(),
        meetingId,
        name: g.name!,
        category: g.category,
        memberGroup: g.group ?? defaultGroup(g.category),
        party: g.party ?? null,
        title: g.title ?? null,
      },
      now,
    );
  }
  invitees?.forEach((m, position) => {
    insertInvitee(db, {
      id: newId(),
      meetingId,
      position,
      membershipId: firstByKey.get(membershipKey(m)) ?? null,
      ...seatColumns(m, extrasJson(m.raw)),
      sortOrder: m.order ?? null,
    });
  });

  // Agenda and documents
  let items = 0;
  let documents = 0;
  const rawSections = arr(rawMeeting.sections);
  meeting.sections.forEach((section, si) => {
    const rawSection = obj(rawSections[si]);
    const sectionId = newId();
    insertSection(db, {
      id: sectionId,
      meetingId,
      position: si,
      heading: section.heading ?? null,
      extra: extrasJson(rawSection),
    });
    const rawItems = arr(rawSection.items);
    section.items.forEach((item, ii) => {
      const rawItem = obj(rawItems[ii]);
      const itemId = newId();
      items += 1;
      insertItem(
        db,
        {
          id: itemId,
          sectionId,
          position: ii,
          title: item.title,
          dnr: item.dnr ?? null,
          kind: item.kind ?? null,
          presenter: item.presenter ?? null,
          public: item.public === false ? 0 : 1,
          extra: extrasJson(rawItem),
          withdrawn: rawItem[ITEM_WITHDRAWN] === true ? 1 : 0,
          addedAfterSend: rawItem[ITEM_EXTRA] === true ? 1 : 0,
        },
        now,
      );
      const rawDocs = arr(rawItem.documents);
      item.documents?.forEach((doc, di) => {
        documents += 1;
        const sha = doc.type === 'pdf' ? shaOf(doc.file.path) : null;
        insertDocument(
          db,
          {
            id: newId(),
            itemId,
            position: di,
            ...documentColumns(doc, sha ? { sha256: sha } : null),
            protocolMeetingId: doc.type === 'protokollsutdrag' ? presidiumMeetingId : null,
            body: JSON.stringify(rawDocs[di]),
          },
          now,
        );
      });
    });
  });

  // The protokoll and the nämnd's protokoll settings (additions to v1, optional).
  if (meeting.protokoll) saveProtokoll(db, meetingId, meeting.protokoll, now);
  if (pkg.committee.substituteOrder || pkg.committee.paragraphSeries) {
    saveProtokollSettings(
      db,
      committeeId,
      {
        ...(pkg.committee.substituteOrder ? { substituteOrder: pkg.committee.substituteOrder } : {}),
        ...(pkg.committee.paragraphSeries ? { paragraphSeries: pkg.committee.paragraphSeries } : {}),
      },
      now,
    );
  }
  const cleaned = [...v.files.values()].flatMap((f) => (f.removed ? [{ file: f.path, removed: f.removed }] : []));
  return { meetingId, items, documents, memberships: pkg.committee.memberships.length, files: v.files.size, cleaned };
}
