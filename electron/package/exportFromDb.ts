import path from 'node:path';
import { itemNumbers } from '../../shared/domain/numbering';
import { AppError } from '../../shared/ipc/result';
import { ITEM_EXTRA, ITEM_WITHDRAWN } from '../../shared/package/itemState';
import type { Db } from '../db/database';
import type { MediaType } from '../files/ContentStore';
import { listItems, listSections } from '../repos/agenda';
import { getFile, listDocuments } from '../repos/documents';
import { getMeeting, listInvitees, requireMeeting } from '../repos/meetings';
import { getProtokoll, getProtokollSettings } from '../repos/protokoll';
import { listGuests } from '../repos/register';
import { findPresidiumOf, getCommittee, getOrganisation, listMemberships, type SeatColumns } from '../repos/registry';
import { reviewRoundJson } from '../review/exchange';
import { parseExtras } from './documentRow';

export interface ExportedFile {
  /** Package path, e.g. `bilagor/ansokan.pdf`. */
  path: string;
  sha256: string;
  mediaType: MediaType;
}

type Json = Record<string, unknown>;

/** Drops null/undefined fields (optional in the format), keeps everything else. */
const compact = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

const logoName: Record<MediaType, string> = {
  'image/png': 'logo.png',
  'image/jpeg': 'logo.jpg',
  'application/pdf': 'logo.pdf',
};

/** Gives each stored file one package path; two different files never share a name. */
class FileNames {
  readonly files = new Map<string, ExportedFile>();
  private readonly bySha = new Map<string, string>();
  assign(sha256: string, mediaType: MediaType, wanted: string): string {
    const known = this.bySha.get(sha256);
    if (known) return known;
    const ext = path.posix.extname(wanted);
    const stem = wanted.slice(0, wanted.length - ext.length);
    let candidate = wanted;
    for (let n = 2; this.files.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
    this.bySha.set(sha256, candidate);
    this.files.set(candidate, { path: candidate, sha256, mediaType });
    return candidate;
  }
}

/**
 * One meeting as kallelse-package v1 JSON (with the x- properties it was imported with),
 * plus the stored files it refers to. The meeting, every item and every document carry an
 * `x-id`: the one they were imported with, else their database id, so identity survives
 * export → import → export and review comments can anchor on it. Bilagor travel as `bilagor/<name>.pdf` with sha256.
 */
export function readPackageFromDb(
  db: Db,
  meetingId: string,
  exportedAt: string,
): { json: Json; files: Map<string, ExportedFile> } {
  const meeting = requireMeeting(db, meetingId);
  const committee = getCommittee(db, meeting.committeeId);
  if (!committee) throw new AppError('INTERNAL', `Mötet ${meetingId} saknar nämnd i databasen.`, meetingId);
  if (committee.kind === 'presidium') {
    throw new AppError(
      'CONFLICT',
      `Mötet ${meeting.date} är ett presidiemöte; det följer med när nämndens möte exporteras.`,
      meetingId,
    );
  }
  const organisation = getOrganisation(db, committee.organisationId);
  if (!organisation) throw new AppError('INTERNAL', `Nämnden ${committee.name} saknar organisation.`, committee.id);
  const names = new FileNames();
  const settings = getProtokollSettings(db, committee.id);

  let logo: Json | undefined;
  if (organisation.logoSha256) {
    const file = getFile(db, organisation.logoSha256);
    if (file) {
      logo = { path: names.assign(file.sha256, file.mediaType, logoName[file.mediaType]), sha256: file.sha256 };
    }
  }

  const membershipJson = (r: SeatColumns & { sortOrder: number | null }): Json =>
    compact({
      name: r.name,
      vacant: r.vacant === 1 ? true : null,
      category: r.category,
      group: r.memberGroup,
      party: r.party,
      presidiumRole: r.presidiumRole,
      title: r.title,
      email: r.email,
      validFrom: r.validFrom,
      validTo: r.validTo,
      order: r.sortOrder,
      ...parseExtras(r.extra),
    });

  let presidiumMeeting: Json | undefined;
  if (meeting.presidiumMeetingId) {
    const pm = getMeeting(db, meeting.presidiumMeetingId);
    if (pm) {
      presidiumMeeting = compact({
        date: pm.date,
        startTime: pm.startTime,
        place: pm.place,
        paragraphFrom: pm.paragraphFrom,
        paragraphTo: pm.paragraphTo,
        ...parseExtras(pm.extra),
      });
    }
  }

  const sections = listSections(db, meetingId);
  const items = listItems(db, meetingId);
  const docs = listDocuments(db, meetingId);
  const itemsBySection = sections.map((s) => items.filter((i) => i.sectionId === s.id));
  const numbers = itemNumbers(itemsBySection.map((list) => ({ items: list })));

  const sectionJson = sections.map((s, si) => ({
    heading: s.heading,
    items: itemsBySection[si]!.map((item, ii) => {
      const documents = docs
        .filter((d) => d.itemId === item.id)
        .map((d) => {
          const body: Json = { 'x-id': d.id, ...(JSON.parse(d.body) as Json) };
          if (d.type === 'pdf' && d.fileSha256 && d.fileName) {
            const mediaType = d.mediaType ?? 'application/pdf';
            body.file = { path: names.assign(d.fileSha256, mediaType, `bilagor/${d.fileName}`), sha256: d.fileSha256 };
          }
          return body;
        });
      return compact({
        'x-id': item.id,
        number: numbers[si]![ii],
        title: item.title,
        dnr: item.dnr,
        kind: item.kind,
        presenter: item.presenter,
        public: item.public === 0 ? false : null,
        documents: documents.length > 0 ? documents : null,
        ...itemStateExtras(item),
      });
    }),
    ...parseExtras(s.extra),
  }));

  const json: Json = {
    format: 'kallelse-package',
    version: 1,
    exportedAt,
    ...parseExtras(meeting.packageExtra),
    organisation: compact({
      name: organisation.name,
      shortName: organisation.shortName,
      dnrPrefix: organisation.dnrPrefix,
      postalAddress: organisation.postalAddress,
      website: organisation.website,
      logo,
      ...parseExtras(organisation.extra),
    }),
    committee: compact({
      name: committee.name,
      shortName: committee.shortName,
      presidiumName: findPresidiumOf(db, committee.id)?.name,
      memberships: listMemberships(db, committee.id).map(membershipJson),
      substituteOrder: settings.substituteOrder,
      paragraphSeries: settings.paragraphSeries === 'year' ? null : settings.paragraphSeries,
      ...parseExtras(committee.extra),
    }),
    meeting: compact({
      'x-id': meeting.id,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      status: meeting.status,
      agendaColumn: meeting.agendaColumn,
      presidiumMeeting,
      invitees: meeting.membersFrozenAt ? listInvitees(db, meetingId).map(membershipJson) : null,
      sections: sectionJson,
      protokoll: getProtokoll(db, meetingId),
      ...parseExtras(meeting.extra),
      'x-guests': guestsJson(db, meetingId),
      // The review round (comments, verdicts, version history) from its tables.
      ...reviewRoundJson(db, meetingId),
    }),
  };
  return { json, files: names.files };
}

/** A meeting's one-off invitees as the x-guests extension (null, and so left out, when none). */
function guestsJson(db: Db, meetingId: string): Json[] | null {
  const guests = listGuests(db, meetingId);
  if (guests.length === 0) return null;
  return guests.map((g) =>
    compact({ name: g.name, category: g.category, group: g.memberGroup, party: g.party, title: g.title }),
  );
}

/**
 * The item's `x-` extras with the two states that exist once numbers are frozen written from
 * their columns (an imported package's own values are in the columns, see importToDb).
 */
function itemStateExtras(item: { extra: string | null; withdrawn?: 0 | 1; addedAfterSend?: 0 | 1 }) {
  const extras = parseExtras(item.extra);
  delete extras[ITEM_WITHDRAWN];
  delete extras[ITEM_EXTRA];
  if (item.withdrawn === 1) extras[ITEM_WITHDRAWN] = true;
  if (item.addedAfterSend === 1) extras[ITEM_EXTRA] = true;
  return extras;
}
