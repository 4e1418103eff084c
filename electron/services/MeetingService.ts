import { randomUUID } from 'node:crypto';
import { timeToMinutes } from '../../shared/domain/dates';
import type {
  CommitteeSummary,
  CreateMeetingInput,
  MeetingDetail,
  MeetingPatch,
  MeetingSummary,
} from '../../shared/domain/meeting';
import { isSent, meetingStatusLabel } from '../../shared/domain/meetingStatus';
import type { AgendaColumn } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import type { MeetingStatus } from '../../shared/package/model';
import type { BackendEvents } from '../backend';
import type { Db } from '../db/database';
import { insertSection } from '../repos/agenda';
import {
  deleteInvitees,
  deleteMeeting,
  insertInvitee,
  insertMeeting,
  isOrphanPresidiumMeeting,
  listMeetingSummaries,
  type MeetingFields,
  type MeetingRow,
  requireMeeting,
  updateMeeting,
} from '../repos/meetings';
import { getCommittee, listCommitteeSummaries, seatColumns } from '../repos/registry';
import { derivedMembers, meetingDetail } from './meetingView';
import type { SettingsService } from './SettingsService';

export interface ServiceDeps {
  db: Db;
  events: BackendEvents;
  now: () => Date;
}

/**
 * Meetings: list, read, and the meeting-level mutations (fields, status, agenda column,
 * member list freezing, delete). Every mutation is one transaction and emits data:changed.
 */
export class MeetingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly settings?: SettingsService,
  ) {}

  private get db(): Db {
    return this.deps.db;
  }

  list(options: { includePresidium?: boolean } = {}): MeetingSummary[] {
    return listMeetingSummaries(this.db, options.includePresidium === true) as MeetingSummary[];
  }

  /** The meetings of the recent list that still exist in this database, most recent first. */
  recent(): MeetingSummary[] {
    const ids = this.settings?.get().recentMeetings ?? [];
    const all = new Map(this.list({ includePresidium: true }).map((m) => [m.id, m]));
    return ids.flatMap((id) => all.get(id) ?? []);
  }

  get(meetingId: string): MeetingDetail {
    return meetingDetail(this.db, meetingId);
  }

  /** Like get, and puts the meeting first in the recent list (what the UI calls when it opens one). */
  open(meetingId: string): MeetingDetail {
    const detail = this.get(meetingId);
    if (this.settings) {
      this.settings.touchRecentMeeting(meetingId);
      this.deps.events.emit('data:changed', { entities: ['settings'] });
    }
    return detail;
  }

  committees(): CommitteeSummary[] {
    return listCommitteeSummaries(this.db);
  }

  /**
   * A new meeting in utkast with one untitled section. Place and agenda column come from the
   * settings unless given; the member list is derived from the committee's register.
   */
  create(input: CreateMeetingInput): MeetingDetail {
    const defaults = this.settings?.get();
    const place = input.place ?? defaults?.defaultPlace ?? '';
    const endTime = input.endTime ?? null;
    if (place === '') {
      throw new AppError('VALIDATION', 'Ange var mötet hålls, eller en standardplats i inställningarna.', 'place');
    }
    if (endTime !== null && timeToMinutes(endTime) <= timeToMinutes(input.startTime)) {
      throw new AppError(
        'VALIDATION',
        `Sluttiden ${endTime} måste vara senare än starttiden ${input.startTime}.`,
        'endTime',
      );
    }
    const meetingId = randomUUID();
    this.db
      .transaction(() => {
        const committee = getCommittee(this.db, input.committeeId);
        if (!committee || committee.kind === 'presidium') {
          throw new AppError('NOT_FOUND', `Nämnden finns inte (id ${input.committeeId}).`, 'committeeId');
        }
        const now = this.iso();
        insertMeeting(
          this.db,
          {
            id: meetingId,
            committeeId: committee.id,
            date: input.date,
            startTime: input.startTime,
            endTime,
            place,
            status: 'utkast',
            agendaColumn: defaults?.defaultAgendaColumn ?? 'pages',
            presidiumMeetingId: null,
            paragraphFrom: null,
            paragraphTo: null,
            membersFrozenAt: null,
            extra: null,
            packageExtra: null,
          },
          now,
        );
        insertSection(this.db, { id: randomUUID(), meetingId, position: 0, heading: null, extra: null });
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting'], meetingId });
    return this.get(meetingId);
  }

  update(meetingId: string, patch: MeetingPatch): MeetingDetail {
    return this.mutate(meetingId, (m) => {
      const startTime = patch.startTime ?? m.startTime;
      const endTime = patch.endTime === undefined ? m.endTime : patch.endTime;
      if (endTime !== null && timeToMinutes(endTime) <= timeToMinutes(startTime)) {
        throw new AppError(
          'VALIDATION',
          `Sluttiden ${endTime} måste vara senare än starttiden ${startTime}.`,
          patch.endTime !== undefined ? 'endTime' : 'startTime',
        );
      }
      const fields: MeetingFields = {};
      if (patch.date !== undefined) fields.date = patch.date;
      if (patch.startTime !== undefined) fields.startTime = patch.startTime;
      if (patch.endTime !== undefined) fields.endTime = patch.endTime;
      if (patch.place !== undefined) fields.place = patch.place;
      updateMeeting(this.db, meetingId, fields, this.iso());
    });
  }

  /**
   * Applies a status inside the caller's transaction; moving to utskickad (or later) freezes
   * the member list if it is not frozen yet. The rules and the record of the move are
   * VersionService.changeStatus's, the only caller.
   */
  applyStatusInTx(meetingId: string, status: MeetingStatus): void {
    const m = requireMeeting(this.db, meetingId);
    if (isSent(status) && m.membersFrozenAt === null) this.freezeInTx(m);
    updateMeeting(this.db, meetingId, { status }, this.iso());
  }

  setAgendaColumn(meetingId: string, agendaColumn: AgendaColumn): MeetingDetail {
    return this.mutate(meetingId, () => updateMeeting(this.db, meetingId, { agendaColumn }, this.iso()));
  }

  /** Freezes the member list as derived today from the register (idempotent). */
  freezeMembers(meetingId: string): MeetingDetail {
    return this.mutate(meetingId, (m) => {
      if (m.membersFrozenAt === null) this.freezeInTx(m);
    });
  }

  /** Back to the derived list. Refused once the kallelse is sent: what was sent must stay as sent. */
  unfreezeMembers(meetingId: string): MeetingDetail {
    return this.mutate(meetingId, (m) => {
      if (isSent(m.status as MeetingStatus)) {
        throw new AppError(
          'CONFLICT',
          `Mötet har status ${meetingStatusLabel[m.status as MeetingStatus]}; ledamotslistan är den som skickades ut och kan inte låsas upp. Ändra först statusen om kallelsen ska skickas på nytt.`,
          meetingId,
        );
      }
      deleteInvitees(this.db, meetingId);
      this.db
        .prepare('UPDATE meetings SET members_frozen_at = NULL, updated_at = ? WHERE id = ?')
        .run(this.iso(), meetingId);
    });
  }

  /** Deletes the meeting with its agenda and documents; its presidium meeting too when nothing else uses it. */
  delete(meetingId: string): { meetingId: string } {
    this.db
      .transaction(() => {
        const m = requireMeeting(this.db, meetingId);
        deleteMeeting(this.db, meetingId);
        if (m.presidiumMeetingId && isOrphanPresidiumMeeting(this.db, m.presidiumMeetingId)) {
          deleteMeeting(this.db, m.presidiumMeetingId);
        }
      })
      .immediate();
    if (this.settings?.get().recentMeetings.includes(meetingId)) {
      this.settings.set({ recentMeetings: this.settings.get().recentMeetings.filter((id) => id !== meetingId) });
    }
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting', 'documents'], meetingId });
    return { meetingId };
  }

  private freezeInTx(m: MeetingRow): void {
    deleteInvitees(this.db, m.id);
    derivedMembers(this.db, m).forEach((r, position) => {
      insertInvitee(this.db, {
        id: randomUUID(),
        meetingId: m.id,
        position,
        membershipId: r.membershipId,
        ...seatColumns(r, null),
        sortOrder: r.order ?? null,
      });
    });
    updateMeeting(this.db, m.id, { membersFrozenAt: this.iso() }, this.iso());
  }

  private mutate(meetingId: string, change: (m: MeetingRow) => void): MeetingDetail {
    this.db
      .transaction(() => {
        const m = requireMeeting(this.db, meetingId);
        change(m);
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting'], meetingId });
    return this.get(meetingId);
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
