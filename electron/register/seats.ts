import { randomUUID } from 'node:crypto';
import { memberLine } from '../../shared/document/members';
import { defaultGroup } from '../../shared/domain/members';
import { AppError } from '../../shared/ipc/result';
import type { MembershipCategory } from '../../shared/package/model';
import type { CommitteeInfo, SeatFields, SeatView, SheetSource } from '../../shared/register/model';
import { roleConflict, roleConflictMessage } from '../../shared/register/rules';
import { parseRegisterSheet, type SeatDraft } from '../../shared/register/sheet';
import type { Db } from '../db/database';
import { findOrInsertPerson, insertMembership, listMemberships, type MembershipRow } from '../repos/registry';
import { asMembership } from '../services/meetingView';
import { decodeSheet } from './decode';

/**
 * The rules for one seat of the register, shared by the seat form and the spreadsheet import:
 * a seat is checked (name or party, presidium roles only for ordinarie, dates in order, one
 * holder per presidium role) before it is stored.
 */

export type Seat = { name: string | null; category: MembershipCategory } & Omit<SeatFields, 'name' | 'category'>;
type ParsedSeat = {
  name: string | null;
  category: MembershipCategory;
  group?: 'kallade' | 'for_kannedom' | undefined;
  party: string | null;
  presidiumRole: SeatView['presidiumRole'];
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
};

export const seatView = (r: MembershipRow): SeatView => {
  const m = asMembership(r);
  return {
    id: r.id,
    committeeId: r.committeeId,
    personId: r.personId,
    name: r.name,
    vacant: r.vacant === 1,
    category: m.category,
    group: m.group ?? defaultGroup(m.category),
    party: r.party,
    presidiumRole: m.presidiumRole ?? null,
    title: r.title,
    validFrom: r.validFrom,
    validTo: r.validTo,
    sortOrder: r.sortOrder,
    line: memberLine(m),
  };
};

export function checkSheet(db: Db, c: CommitteeInfo, source: SheetSource) {
  const decoded =
    source.kind === 'text'
      ? { text: source.text, encoding: 'text' }
      : decodeSheet(new Uint8Array(Buffer.from(source.base64, 'base64')));
  const sheet = parseRegisterSheet(decoded.text);
  const errors = [...sheet.errors];
  const holders = listMemberships(db, c.id).map((r) => ({
    ...r,
    presidiumRole: asMembership(r).presidiumRole ?? null,
  }));
  for (const d of sheet.rows) {
    const clash = roleConflict(d, holders);
    if (clash) errors.push(`Rad ${d.row}: ${roleConflictMessage(clash)}`);
  }
  errors.sort((a, b) => rowNumber(a) - rowNumber(b));
  return { drafts: sheet.rows, errors, encoding: decoded.encoding, delimiter: sheet.delimiter };
}

export function checkSeat(db: Db, c: CommitteeInfo, seat: Seat | SeatDraft, excludeId?: string): ParsedSeat {
  const name = seat.name && seat.name.toLocaleLowerCase('sv-SE') !== 'vakant' ? seat.name : null;
  const parsed: ParsedSeat = {
    name,
    category: seat.category,
    group: 'group' in seat ? seat.group : undefined,
    party: seat.party ?? null,
    presidiumRole: seat.presidiumRole ?? null,
    title: seat.title ?? null,
    validFrom: seat.validFrom ?? null,
    validTo: seat.validTo ?? null,
  };
  if (!name && !parsed.party && !parsed.title) {
    throw new AppError('VALIDATION', 'Ange ett namn, eller ett parti för en vakant plats.', 'name');
  }
  if (parsed.presidiumRole && parsed.category !== 'ordinarie') {
    throw new AppError('VALIDATION', 'Presidieroller kan bara ges ordinarie ledamöter.', 'presidiumRole');
  }
  if (parsed.validFrom && parsed.validTo && parsed.validTo < parsed.validFrom) {
    throw new AppError(
      'VALIDATION',
      `Till-datumet ${parsed.validTo} ligger före från-datumet ${parsed.validFrom}.`,
      'validTo',
    );
  }
  const holders = listMemberships(db, c.id).map((r) => ({
    ...r,
    presidiumRole: asMembership(r).presidiumRole ?? null,
  }));
  const clash = roleConflict({ ...parsed, ...(excludeId ? { id: excludeId } : {}) }, holders);
  if (clash) throw new AppError('CONFLICT', roleConflictMessage(clash), 'presidiumRole');
  return parsed;
}

/** The stored columns of a checked seat; the person is found or added by name in the organisation. */
export function seatColumns(db: Db, c: CommitteeInfo, parsed: ParsedSeat, now: string) {
  return {
    personId: parsed.name ? findOrInsertPerson(db, c.organisationId, parsed.name, randomUUID(), now) : null,
    vacant: (parsed.name ? 0 : 1) as 0 | 1,
    category: parsed.category,
    memberGroup: parsed.group ?? defaultGroup(parsed.category),
    party: parsed.party,
    presidiumRole: parsed.presidiumRole,
    title: parsed.title,
    validFrom: parsed.validFrom,
    validTo: parsed.validTo,
  };
}

export function insertSeat(db: Db, c: CommitteeInfo, seat: Seat | SeatDraft, sortOrder: number, now: string): void {
  const parsed = checkSeat(db, c, seat);
  insertMembership(
    db,
    {
      id: randomUUID(),
      committeeId: c.id,
      name: parsed.name,
      ...seatColumns(db, c, parsed, now),
      email: null,
      sortOrder,
      extra: null,
    },
    now,
  );
}

const rowNumber = (message: string) => Number(/^Rad (\d+)/.exec(message)?.[1] ?? 0);
