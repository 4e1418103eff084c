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
import { insertChange, listChanges } from '../repos/changes';
import {
  deleteInvitees,
  deleteMeeting,
  insertInvitee,
  insertMeeting,
  isOrphanPresidiumMeetingAfter,
  listMeetingSummaries,
  type MeetingFields,
  type MeetingRow,
  meetingsReferringTo,
  referenceLinks,
  requireMeeting,
  updateMeeting,
} from '../repos/meetings';
import { getCommittee, listCommitteeSummaries, seatColumns } from '../repos/registry';
import { putTrash, type RawRow, selectRows } from '../repos/trash';
import { derivedMembers, meetingDetail } from './meetingView';
import { startAgenda } from './newMeetingAgenda';
import type { SettingsService } from './SettingsService';
import type { TemplateService } from './TemplateService';

export interface ServiceDeps {
  db: Db;
  events: BackendEvents;
  now: () => Date;
  /**
   * Collects the stored files an expired undo entry named, if nothing else refers to them
   * (files/garbage.ts); called after the deleting transaction commits. None when read-only.
   */
  collectFiles?: (sha256s: readonly string[]) => void;
}

/**
 * Meetings: list, read, and the meeting-level mutations (fields, status, agenda column,
 * member list freezing, delete). Every mutation is one transaction and emits data:changed.
 */
export class MeetingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly settings?: SettingsService,
    private readonly templates?: TemplateService,
  ) {}

  private get db(): Db {
    return this.deps.db;
  }

  list(options: { includePresidium?: boolean } = {}): MeetingSummary[] {
    return listMeetingSummaries(this.db, options.includePresidium === true).map((r) => ({
      ...r,
      isCopy: r.isCopy === 1,
    })) as MeetingSummary[];
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
    // A read-only database is viewed without remembering it as recent.
    if (this.settings && !this.db.pragma('query_only', { simple: true })) {
      this.settings.touchRecentMeeting(meetingId);
      this.deps.events.emit('data:changed', { entities: ['settings'] });
    }
    return detail;
  }

  /** Meetings that refer to this one (see delete). */
  references(meetingId: string) {
    requireMeeting(this.db, meetingId);
    return meetingsReferringTo(this.db, meetingId);
  }

  /** The change log of a sent meeting, oldest first. */
  changes(meetingId: string) {
    requireMeeting(this.db, meetingId);
    return listChanges(this.db, meetingId).map(({ id, changedAt, action, summary }) => ({
      id,
      changedAt,
      action,
      summary,
    }));
  }

  committees(): CommitteeSummary[] {
    return listCommitteeSummaries(this.db);
  }

  /**
   * A new meeting in utkast. Its agenda starts from the nämnd's standard agenda (default), from
   * the previous meeting's structure (sections and recurring items, no documents), or empty (one
   * untitled section). Place and agenda column come from the settings unless given; the member
   * list is derived from the committee's register.
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
        startAgenda(this.db, this.templates, meetingId, committee.id, input.start ?? 'template', now);
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting'], meetingId });
    return this.get(meetingId);
  }

  update(meetingId: string, patch: MeetingPatch): MeetingDetail {
    return this.mutate(meetingId, (m) => {
      if (isSent(m.status as MeetingStatus)) {
        const what = Object.entries(patch)
          .map(
            ([k, v]) =>
              `${k === 'date' ? 'datum' : k === 'startTime' ? 'starttid' : k === 'endTime' ? 'sluttid' : 'plats'} ${v ?? '–'}`,
          )
          .join(', ');
        insertChange(this.db, meetingId, 'moteuppgifter', `Mötesuppgifter ändrade: ${what}.`, this.iso());
      }
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
   * Applies a status inside the caller's transaction. Moving to utskickad (or later) freezes
   * the member list and the item numbers; moving back before utskickad lifts both: the list is
   * derived from the register again and extra ärenden become ordinary items (the kallelse will be
   * sent anew). The rules and the record of the move are VersionService.changeStatus's, the only
   * caller; moves around a sent kallelse also go into the meeting's change log.
   */
  applyStatusInTx(meetingId: string, status: MeetingStatus): void {
    const m = requireMeeting(this.db, meetingId);
    const wasSent = isSent(m.status as MeetingStatus);
    const now = this.iso();
    if (isSent(status) && m.membersFrozenAt === null) this.freezeInTx(m);
    if (wasSent && !isSent(status)) {
      deleteInvitees(this.db, meetingId);
      this.db.prepare('UPDATE meetings SET members_frozen_at = NULL WHERE id = ?').run(meetingId);
      this.db
        .prepare(
          'UPDATE agenda_items SET added_after_send = 0 WHERE section_id IN (SELECT id FROM agenda_sections WHERE meeting_id = ?)',
        )
        .run(meetingId);
    }
    if (wasSent || isSent(status)) {
      insertChange(
        this.db,
        meetingId,
        'status',
        `Status ändrad från ${meetingStatusLabel[m.status as MeetingStatus]} till ${meetingStatusLabel[status]}.`,
        now,
      );
    }
    updateMeeting(this.db, meetingId, { status }, now);
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

  /**
   * Deletes the meeting with its agenda and documents (its presidium meeting too when nothing
   * else uses it). Everything is kept in deleted_records so that undo brings it back as it was.
   */
  delete(meetingId: string, options: { detach?: boolean } = {}): { meetingId: string; trashId: string } {
    const trashId = randomUUID();
    let expired: string[] = [];
    this.db
      .transaction(() => {
        const m = requireMeeting(this.db, meetingId);
        // A presidium meeting that other meetings' protokollsutdrag come from is kept unless the
        // user chose to detach them (issue 16, finding 7); undo puts the links back.
        const referring = meetingsReferringTo(this.db, meetingId);
        if (referring.length > 0 && !options.detach) {
          const names = referring.map((r) => `${r.committeeName} ${r.date}`).join(', ');
          throw new AppError(
            'CONFLICT',
            `Sammanträdet kan inte tas bort: ${names} hänvisar till det (protokollsutdrag som hämtar §§, tid och plats härifrån). Välj ”Koppla loss och ta bort” om utdragen ska förlora de uppgifterna.`,
            'referenced',
          );
        }
        const detached = referring.length > 0 ? referenceLinks(this.db, meetingId) : null;
        const orphan =
          m.presidiumMeetingId && isOrphanPresidiumMeetingAfter(this.db, m.presidiumMeetingId, meetingId)
            ? m.presidiumMeetingId
            : null;
        const sections = 'meeting_id = ?';
        const items = 'section_id IN (SELECT id FROM agenda_sections WHERE meeting_id = ?)';
        const rows: Record<string, RawRow[]> = {
          meetings: [
            ...(orphan ? selectRows(this.db, 'meetings', 'id = ?', orphan) : []),
            ...selectRows(this.db, 'meetings', 'id = ?', meetingId),
          ],
          meeting_invitees: selectRows(this.db, 'meeting_invitees', sections, meetingId),
          agenda_sections: selectRows(this.db, 'agenda_sections', sections, meetingId),
          agenda_items: selectRows(this.db, 'agenda_items', items, meetingId),
          documents: selectRows(
            this.db,
            'documents',
            `item_id IN (SELECT id FROM agenda_items WHERE ${items})`,
            meetingId,
          ),
          meeting_changes: selectRows(this.db, 'meeting_changes', sections, meetingId),
        };
        expired = putTrash(this.db, {
          id: trashId,
          meetingId,
          kind: 'meeting',
          payload: { rows, ...(detached ? { detached } : {}) },
          now: this.iso(),
        });
        deleteMeeting(this.db, meetingId);
        if (orphan) deleteMeeting(this.db, orphan);
      })
      .immediate();
    // This meeting's files stay while undo can bring it back; those of entries that expired go.
    this.deps.collectFiles?.(expired);
    if (this.settings?.get().recentMeetings.includes(meetingId)) {
      this.settings.set({ recentMeetings: this.settings.get().recentMeetings.filter((id) => id !== meetingId) });
    }
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting', 'documents'], meetingId });
    return { meetingId, trashId };
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
