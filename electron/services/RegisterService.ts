import { randomUUID } from 'node:crypto';
import { groupMemberLines, memberLine } from '../../shared/document/members';
import { deriveMemberList } from '../../shared/domain/members';
import { AppError } from '../../shared/ipc/result';
import type { MembershipCategory } from '../../shared/package/model';
import type {
  CommitteeInfo,
  CreateCommitteeInput,
  ImportPreview,
  PersonSeats,
  PersonSummary,
  PrintedLines,
  RegisterDetail,
  RegisterOverview,
  SheetSource,
  UpdateCommitteeInput,
} from '../../shared/register/model';
import { periodText } from '../../shared/register/rules';
import { delimiterName, draftAsMembership } from '../../shared/register/sheet';
import type { Db } from '../db/database';
import { checkSeat, checkSheet, insertSeat, type Seat, seatColumns, seatView } from '../register/seats';
import {
  type CommitteeListRow,
  getMembership,
  getPerson,
  listOrganisations,
  listPeople,
  listRegisterCommittees,
  listSeatsOfPerson,
  nextSortOrder,
  setMembershipEnd,
  setMembershipOrder,
  updateCommitteeFields,
  updateMembership,
} from '../repos/register';
import {
  findCommittee,
  findOrganisationByName,
  findPresidiumOf,
  insertCommittee,
  insertOrganisation,
  listMemberships,
  type MembershipRow,
} from '../repos/registry';
import type { ServiceDeps } from './MeetingService';
import { asMembership } from './meetingView';

/**
 * The committee register kept by the secretary: organisations, nämnder with their presidium
 * and utskott, seats over time (checked by ../register/seats), people, the printed member lines
 * and the spreadsheet import (a meeting's one-off guests: GuestService). Every mutation is one
 * transaction and emits data:changed.
 */
export class RegisterService {
  constructor(private readonly deps: ServiceDeps) {}

  private get db(): Db {
    return this.deps.db;
  }

  overview(): RegisterOverview {
    const rows = listRegisterCommittees(this.db);
    return {
      organisations: listOrganisations(this.db),
      committees: rows.filter((r) => r.kind === 'namnd').map((r) => this.info(r, rows)),
    };
  }

  committee(committeeId: string): CommitteeInfo {
    const rows = listRegisterCommittees(this.db);
    const row = rows.find((r) => r.id === committeeId && r.kind !== 'presidium');
    if (!row) throw new AppError('NOT_FOUND', 'Nämnden finns inte längre i registret.', committeeId);
    return this.info(row, rows);
  }

  /** A committee by short name or name, case-insensitive (the command line's --committee). */
  findCommittee(text: string): CommitteeInfo {
    const key = text.trim().toLocaleLowerCase('sv-SE');
    const rows = listRegisterCommittees(this.db).filter((r) => r.kind !== 'presidium');
    const hits = rows.filter(
      (r) => r.shortName?.toLocaleLowerCase('sv-SE') === key || r.name.toLocaleLowerCase('sv-SE') === key,
    );
    if (hits.length === 1) return this.info(hits[0]!, rows);
    const known = rows.map((r) => r.shortName ?? r.name).join(', ') || 'inga';
    if (hits.length > 1)
      throw new AppError('CONFLICT', `Flera nämnder heter ${text}; ange nämndens fullständiga namn.`);
    throw new AppError('NOT_FOUND', `Ingen nämnd heter ${text}. Nämnder i registret: ${known}.`, text);
  }

  createCommittee(input: CreateCommitteeInput): CommitteeInfo {
    const id = randomUUID();
    this.tx(() => {
      const now = this.iso();
      let organisationId: string;
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = this.committee(input.parentId);
        if (parent.kind !== 'namnd') throw new AppError('VALIDATION', 'Ett utskott hör till en nämnd.', 'parentId');
        organisationId = parent.organisationId;
        parentId = parent.id;
      } else organisationId = this.organisationFor(input, now);
      const kind = parentId ? 'utskott' : 'namnd';
      if (findCommittee(this.db, organisationId, kind, input.name)) {
        throw new AppError(
          'CONFLICT',
          `Det finns redan ${kind === 'namnd' ? 'en nämnd' : 'ett utskott'} som heter ${input.name}. Välj ett annat namn.`,
          'name',
        );
      }
      insertCommittee(
        this.db,
        { id, organisationId, parentId, kind, name: input.name, shortName: input.shortName ?? null, extra: null },
        now,
      );
    });
    this.changed(['committees', 'meetings']);
    return this.committee(id);
  }

  updateCommittee(committeeId: string, patch: UpdateCommitteeInput['patch']): CommitteeInfo {
    this.tx(() => {
      const c = this.committee(committeeId);
      const now = this.iso();
      if (patch.name !== undefined && patch.name !== c.name) {
        if (findCommittee(this.db, c.organisationId, c.kind, patch.name)) {
          throw new AppError(
            'CONFLICT',
            `Det finns redan en nämnd som heter ${patch.name}. Välj ett annat namn.`,
            'name',
          );
        }
      }
      updateCommitteeFields(
        this.db,
        committeeId,
        {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.shortName !== undefined ? { shortName: patch.shortName } : {}),
          ...(patch.archived !== undefined ? { archivedAt: patch.archived ? (c.archivedAt ?? now) : null } : {}),
        },
        now,
      );
      if (patch.presidiumName !== undefined) {
        const presidium = findPresidiumOf(this.db, committeeId);
        if (presidium && patch.presidiumName)
          updateCommitteeFields(this.db, presidium.id, { name: patch.presidiumName }, now);
        else if (!presidium && patch.presidiumName) {
          insertCommittee(
            this.db,
            {
              id: randomUUID(),
              organisationId: c.organisationId,
              parentId: committeeId,
              kind: 'presidium',
              name: patch.presidiumName,
              shortName: null,
              extra: null,
            },
            now,
          );
        }
      }
    });
    this.changed(['committees', 'meetings']);
    return this.committee(committeeId);
  }

  get(committeeId: string): RegisterDetail {
    return { committee: this.committee(committeeId), seats: listMemberships(this.db, committeeId).map(seatView) };
  }

  addSeat(committeeId: string, seat: Seat): RegisterDetail {
    this.tx(() => {
      const c = this.committee(committeeId);
      insertSeat(this.db, c, seat, nextSortOrder(this.db, committeeId), this.iso());
    });
    this.changed(['committees']);
    return this.get(committeeId);
  }

  updateSeat(membershipId: string, seat: Seat): RegisterDetail {
    let committeeId = '';
    this.tx(() => {
      const existing = this.requireSeat(membershipId);
      committeeId = existing.committeeId;
      const c = this.committee(committeeId);
      const parsed = checkSeat(this.db, c, seat, membershipId);
      updateMembership(this.db, { id: membershipId, ...seatColumns(this.db, c, parsed, this.iso()) }, this.iso());
    });
    this.changed(['committees']);
    return this.get(committeeId);
  }

  /** The seat's last day; it stays in the register as history and prints on meetings up to that day. */
  endSeat(membershipId: string, validTo: string): RegisterDetail {
    let committeeId = '';
    this.tx(() => {
      const seat = this.requireSeat(membershipId);
      committeeId = seat.committeeId;
      if (seat.validFrom !== null && validTo < seat.validFrom) {
        throw new AppError(
          'VALIDATION',
          `Platsen började ${seat.validFrom}; den kan inte sluta ${validTo}. Ange ett datum från ${seat.validFrom}.`,
          'validTo',
        );
      }
      setMembershipEnd(this.db, membershipId, validTo, this.iso());
    });
    this.changed(['committees']);
    return this.get(committeeId);
  }

  reorder(committeeId: string, order: readonly string[]): RegisterDetail {
    this.tx(() => {
      const ids = listMemberships(this.db, committeeId).map((m) => m.id);
      const same =
        ids.length === order.length && new Set(order).size === order.length && order.every((id) => ids.includes(id));
      if (!same) {
        throw new AppError('CONFLICT', 'Registret har ändrats under tiden. Försök flytta platsen igen.', committeeId);
      }
      for (const [index, id] of order.entries()) setMembershipOrder(this.db, id, index);
    });
    this.changed(['committees']);
    return this.get(committeeId);
  }

  /** The member lines of a kallelse for this committee on `date`, grouped as they print. */
  printed(committeeId: string, date: string): PrintedLines {
    this.committee(committeeId);
    const list = deriveMemberList(listMemberships(this.db, committeeId).map(asMembership), date);
    return { date, groups: groupMemberLines(list) };
  }

  people(): PersonSummary[] {
    return listPeople(this.db);
  }

  person(personId: string): PersonSeats {
    const p = getPerson(this.db, personId);
    if (!p) throw new AppError('NOT_FOUND', 'Personen finns inte i registret.', personId);
    return {
      personId: p.id,
      name: p.name,
      seats: listSeatsOfPerson(this.db, personId).map((r) => ({
        membershipId: r.id,
        committeeId: r.committeeId,
        committeeName: r.committeeName,
        category: r.category as MembershipCategory,
        line: memberLine(asMembership(r)),
        validFrom: r.validFrom,
        validTo: r.validTo,
      })),
    };
  }

  /** Reads and checks a sheet against the register; writes nothing. */
  previewImport(committeeId: string, source: SheetSource): ImportPreview {
    const c = this.committee(committeeId);
    const { drafts, errors, encoding, delimiter } = checkSheet(this.db, c, source);
    return {
      ok: errors.length === 0,
      errors,
      encoding,
      delimiter: delimiterName(delimiter),
      rows: drafts.map((d) => ({
        row: d.row,
        category: d.category,
        line: memberLine(draftAsMembership(d)),
        period: periodText(d),
      })),
    };
  }

  /** Every row in one transaction, or nothing (VALIDATION listing every bad row). */
  commitImport(committeeId: string, source: SheetSource): { added: number; register: RegisterDetail } {
    let added = 0;
    this.tx(() => {
      const c = this.committee(committeeId);
      const { drafts, errors } = checkSheet(this.db, c, source);
      if (errors.length > 0) throw new AppError('VALIDATION', errors.join('\n'), 'rows');
      let order = nextSortOrder(this.db, committeeId);
      const now = this.iso();
      for (const d of drafts) insertSeat(this.db, c, d, order++, now);
      added = drafts.length;
    });
    this.changed(['committees']);
    return { added, register: this.get(committeeId) };
  }

  private requireSeat(membershipId: string): MembershipRow {
    const seat = getMembership(this.db, membershipId);
    if (!seat) throw new AppError('NOT_FOUND', 'Platsen finns inte längre i registret.', membershipId);
    return seat;
  }

  private organisationFor(input: CreateCommitteeInput, now: string): string {
    const all = listOrganisations(this.db);
    if (input.organisationId) {
      if (!all.some((o) => o.id === input.organisationId))
        throw new AppError('NOT_FOUND', 'Organisationen finns inte.', 'organisationId');
      return input.organisationId;
    }
    const name = input.organisationName?.trim();
    if (name) {
      const found = findOrganisationByName(this.db, name);
      if (found) return found.id;
      const id = randomUUID();
      insertOrganisation(
        this.db,
        {
          id,
          name,
          shortName: null,
          dnrPrefix: null,
          postalAddress: null,
          website: null,
          logoSha256: null,
          extra: null,
        },
        now,
      );
      return id;
    }
    if (all.length === 1) return all[0]!.id;
    throw new AppError(
      'VALIDATION',
      'Ange vilken organisation nämnden hör till (t.ex. Region Jönköpings län).',
      'organisationName',
    );
  }

  private info(row: CommitteeListRow, all: CommitteeListRow[]): CommitteeInfo {
    return {
      id: row.id,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      kind: row.kind === 'utskott' ? 'utskott' : 'namnd',
      parentId: row.parentId,
      name: row.name,
      shortName: row.shortName,
      archivedAt: row.archivedAt,
      presidiumName: all.find((r) => r.parentId === row.id && r.kind === 'presidium')?.name ?? null,
      utskott: all
        .filter((r) => r.parentId === row.id && r.kind === 'utskott')
        .map((r) => ({ id: r.id, name: r.name, shortName: r.shortName, archivedAt: r.archivedAt })),
      seatCount: row.seatCount,
      meetingCount: row.meetingCount,
    };
  }

  private tx(fn: () => void): void {
    this.db.transaction(fn).immediate();
  }

  private changed(entities: ('committees' | 'meetings')[]): void {
    this.deps.events.emit('data:changed', { entities });
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
