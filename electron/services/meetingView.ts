import { GUEST_ORDER, memberLine } from '../../shared/document/members';
import type { MeetingDetail, MemberLine } from '../../shared/domain/meeting';
import { isSent } from '../../shared/domain/meetingStatus';
import { deriveMemberList } from '../../shared/domain/members';
import { itemNumbers } from '../../shared/domain/numbering';
import { AppError } from '../../shared/ipc/result';
import type { MemberGroup, Membership } from '../../shared/package/model';
import type { Db } from '../db/database';
import { documentLabel } from '../package/documentRow';
import { listItems, listSections } from '../repos/agenda';
import { listDocuments } from '../repos/documents';
import { getMeeting, listInvitees, type MeetingRow, requireMeeting } from '../repos/meetings';
import { listGuests } from '../repos/register';
import { findPresidiumOf, getCommittee, getOrganisation, listMemberships, type MembershipRow } from '../repos/registry';

/** The register row as the package's Membership (null → absent), keeping its id. */
export function asMembership(r: MembershipRow): Membership & { id: string } {
  const m: Membership & { id: string } = { id: r.id, category: r.category as Membership['category'] };
  if (r.name !== null) m.name = r.name;
  if (r.vacant === 1) m.vacant = true;
  m.group = r.memberGroup as Membership['group'] & string;
  if (r.party !== null) m.party = r.party;
  if (r.presidiumRole !== null) m.presidiumRole = r.presidiumRole as NonNullable<Membership['presidiumRole']>;
  if (r.title !== null) m.title = r.title;
  if (r.email !== null) m.email = r.email;
  if (r.validFrom !== null) m.validFrom = r.validFrom;
  if (r.validTo !== null) m.validTo = r.validTo;
  m.order = r.sortOrder;
  return m;
}

/**
 * The member list as of the meeting date: the committee's register on that date, then the
 * meeting's one-off guests (after the seats of their category when printed).
 */
export function derivedMembers(db: Db, meeting: Pick<MeetingRow, 'id' | 'committeeId' | 'date'>) {
  const seats = deriveMemberList(listMemberships(db, meeting.committeeId).map(asMembership), meeting.date).map((m) => ({
    ...m,
    membershipId: m.id as string | null,
    guestId: null as string | null,
  }));
  const guests = listGuests(db, meeting.id).map((g, i) => {
    const m: Membership & { id: string; group: MemberGroup; membershipId: string | null; guestId: string | null } = {
      id: g.id,
      membershipId: null,
      guestId: g.id,
      name: g.name,
      category: g.category as Membership['category'],
      group: g.memberGroup as MemberGroup,
      order: GUEST_ORDER + i,
    };
    if (g.party !== null) m.party = g.party;
    if (g.title !== null) m.title = g.title;
    return m;
  });
  return [...seats, ...guests];
}

/** The whole meeting as the renderer shows it: header, members, agenda with documents. */
export function meetingDetail(db: Db, meetingId: string): MeetingDetail {
  const m = requireMeeting(db, meetingId);
  const committee = getCommittee(db, m.committeeId);
  const organisation = committee ? getOrganisation(db, committee.organisationId) : undefined;
  if (!committee || !organisation)
    throw new AppError('INTERNAL', `Mötet ${meetingId} saknar nämnd eller organisation.`);
  const pm = m.presidiumMeetingId ? getMeeting(db, m.presidiumMeetingId) : undefined;

  const members: MemberLine[] = m.membersFrozenAt
    ? listInvitees(db, meetingId).map((r) => ({
        membershipId: r.membershipId,
        guestId: null,
        line: memberLine(asMembership({ ...r, committeeId: '', personId: null, sortOrder: r.sortOrder ?? 0 })),
        name: r.name,
        vacant: r.vacant === 1,
        category: r.category as MemberLine['category'],
        group: r.memberGroup as MemberLine['group'],
        party: r.party,
        presidiumRole: r.presidiumRole as MemberLine['presidiumRole'],
        title: r.title,
      }))
    : derivedMembers(db, m).map((r) => ({
        membershipId: r.membershipId,
        guestId: r.guestId,
        line: memberLine(r),
        name: r.name ?? null,
        vacant: r.vacant === true,
        category: r.category,
        group: r.group,
        party: r.party ?? null,
        presidiumRole: r.presidiumRole ?? null,
        title: r.title ?? null,
      }));

  const sections = listSections(db, meetingId);
  const items = listItems(db, meetingId);
  const docs = listDocuments(db, meetingId);
  const bySection = sections.map((s) => items.filter((i) => i.sectionId === s.id));
  const numbers = itemNumbers(bySection.map((list) => ({ items: list })));

  return {
    id: m.id,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      shortName: organisation.shortName,
      dnrPrefix: organisation.dnrPrefix,
    },
    committee: {
      id: committee.id,
      name: committee.name,
      shortName: committee.shortName,
      kind: committee.kind,
      presidiumName: findPresidiumOf(db, committee.id)?.name ?? null,
    },
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    status: m.status as MeetingDetail['status'],
    agendaColumn: m.agendaColumn as MeetingDetail['agendaColumn'],
    presidiumMeeting: pm
      ? {
          id: pm.id,
          date: pm.date,
          startTime: pm.startTime,
          place: pm.place,
          paragraphFrom: pm.paragraphFrom,
          paragraphTo: pm.paragraphTo,
        }
      : null,
    membersFrozenAt: m.membersFrozenAt,
    numbersFrozen: isSent(m.status as MeetingDetail['status']),
    members,
    sections: sections.map((s, si) => ({
      id: s.id,
      heading: s.heading,
      items: bySection[si]!.map((item, ii) => ({
        id: item.id,
        sectionId: s.id,
        number: numbers[si]![ii]!,
        title: item.title,
        dnr: item.dnr,
        kind: item.kind as MeetingDetail['sections'][number]['items'][number]['kind'],
        presenter: item.presenter,
        public: item.public === 1,
        withdrawn: item.withdrawn === 1,
        extra: item.addedAfterSend === 1,
        documents: docs
          .filter((d) => d.itemId === item.id)
          .map((d) => ({
            id: d.id,
            type: d.type as MeetingDetail['sections'][number]['items'][number]['documents'][number]['type'],
            title: documentLabel(d.type, d.title, d.paragraph),
            date: d.date,
            dnr: d.dnr,
            paragraph: d.paragraph,
            pageCount: d.pageCount,
            fileSha256: d.fileSha256,
            bilaga: d.bilaga,
            role: d.role as 'beslutsunderlag' | 'for_information' | null,
            public: d.public === 1,
          })),
      })),
    })),
    itemCount: items.length,
    documentCount: docs.length,
    importedPdfPages: docs.reduce((sum, d) => sum + (d.pageCount ?? 0), 0),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}
