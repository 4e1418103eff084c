import { randomUUID } from 'node:crypto';
import type { AddItemInput, ItemInput, MeetingDetail } from '../../shared/domain/meeting';
import { isSent } from '../../shared/domain/meetingStatus';
import { insertPosition, planMove } from '../../shared/domain/numbering';
import { AppError } from '../../shared/ipc/result';
import type { MeetingStatus } from '../../shared/package/model';
import { agendaOrder, type ItemTrash, putBack, requireSection, type SectionTrash } from '../agenda/trash';
import type { Db } from '../db/database';
import {
  deleteItem,
  deleteSection,
  type ItemFields,
  insertItem,
  insertSection,
  listSections,
  requireItem,
  setItemOrder,
  setSectionOrder,
  updateItem,
  updateSectionHeading,
} from '../repos/agenda';
import { insertChange } from '../repos/changes';
import { requireMeeting, touchMeeting } from '../repos/meetings';
import { dropTrash, getTrash, putTrash, selectRows } from '../repos/trash';
import type { ServiceDeps } from './MeetingService';
import { meetingDetail } from './meetingView';

type Log = (action: string, summary: string) => void;

const FROZEN =
  'Kallelsen är utskickad, så ärendenumren är låsta. Ett ärende som inte ska behandlas markeras ”utgår”; ett nytt ärende läggs till som extra ärende sist. Sätt status till Utkast om kallelsen ska göras om.';

/**
 * Sections and items of a meeting's agenda. Positions are kept contiguous in the same
 * transaction as every change; item numbers (1..N across sections) follow from them. Once the
 * kallelse is sent the numbers are frozen: nothing that would renumber is allowed, new items
 * go last as extra ärenden, withdrawn items stay (utgår), and every change is logged.
 * Deletes keep their rows in deleted_records so that undo restores them with the same ids.
 */
export class AgendaService {
  constructor(private readonly deps: ServiceDeps) {}

  private get db(): Db {
    return this.deps.db;
  }

  addItem(input: AddItemInput): { itemId: string; meeting: MeetingDetail } {
    const itemId = randomUUID();
    const meetingId = this.write((log) => {
      let section = this.requireSection(input.sectionId);
      const sent = this.isSent(section.meetingId);
      const order = this.order(section.meetingId);
      // After sending, a new item is an extra ärende: always after the last one.
      if (sent) section = this.requireSection(order.at(-1)!.sectionId);
      const target = order.find((s) => s.sectionId === section.id)!;
      const now = this.iso();
      insertItem(
        this.db,
        {
          id: itemId,
          sectionId: section.id,
          position: target.itemIds.length,
          title: input.title,
          dnr: input.dnr ?? null,
          kind: input.kind ?? null,
          presenter: input.presenter ?? null,
          public: input.public === false ? 0 : 1,
          extra: null,
          addedAfterSend: sent ? 1 : 0,
        },
        now,
      );
      const at = sent ? target.itemIds.length : insertPosition(input.position, target.itemIds.length);
      if (at < target.itemIds.length) {
        setItemOrder(
          this.db,
          [{ sectionId: section.id, itemIds: [...target.itemIds.slice(0, at), itemId, ...target.itemIds.slice(at)] }],
          now,
        );
      }
      log('extra-arende', `Extra ärende tillagt: ”${input.title}”.`);
      return section.meetingId;
    });
    return { itemId, meeting: meetingDetail(this.db, meetingId) };
  }

  updateItem(itemId: string, patch: ItemInput): MeetingDetail {
    return this.detail(
      this.write((log) => {
        const item = this.requireItem(itemId);
        const fields: ItemFields = {};
        if (patch.title !== undefined) fields.title = patch.title;
        if (patch.dnr !== undefined) fields.dnr = patch.dnr;
        if (patch.kind !== undefined) fields.kind = patch.kind;
        if (patch.presenter !== undefined) fields.presenter = patch.presenter;
        if (patch.public !== undefined) fields.public = patch.public ? 1 : 0;
        updateItem(this.db, itemId, fields, this.iso());
        log('andrat-arende', `Ärendet ”${item.title}” ändrat (${Object.keys(fields).join(', ')}).`);
        return item.meetingId;
      }),
    );
  }

  /** Marks an item of a sent kallelse as withdrawn (`utgår`) or takes the mark away; its number stays. */
  withdrawItem(itemId: string, withdrawn: boolean): MeetingDetail {
    return this.detail(
      this.write((log) => {
        const item = this.requireItem(itemId);
        if (withdrawn && !this.isSent(item.meetingId)) {
          throw new AppError(
            'CONFLICT',
            'Bara ett ärende i en utskickad kallelse kan markeras ”utgår”. I ett utkast tar du bort ärendet i stället.',
            itemId,
          );
        }
        updateItem(this.db, itemId, { withdrawn: withdrawn ? 1 : 0 }, this.iso());
        log(
          withdrawn ? 'utgar' : 'utgar-angrat',
          `Ärendet ”${item.title}” ${withdrawn ? 'utgår' : 'utgår inte längre'}.`,
        );
        return item.meetingId;
      }),
    );
  }

  /** Deletes the item and its documents (kept for undo); later items move up one number. */
  deleteItem(itemId: string): { trashId: string; meeting: MeetingDetail } {
    const trashId = randomUUID();
    let expired: string[] = [];
    const meetingId = this.write((log) => {
      const item = this.requireItem(itemId);
      if (this.isSent(item.meetingId) && item.addedAfterSend !== 1) throw new AppError('CONFLICT', FROZEN, itemId);
      const rest = this.order(item.meetingId).filter((s) => s.sectionId === item.sectionId);
      const payload: ItemTrash = {
        sectionId: item.sectionId,
        index: rest[0]!.itemIds.indexOf(itemId),
        rows: {
          agenda_items: selectRows(this.db, 'agenda_items', 'id = ?', itemId),
          documents: selectRows(this.db, 'documents', 'item_id = ?', itemId),
        },
      };
      expired = putTrash(this.db, { id: trashId, meetingId: item.meetingId, kind: 'item', payload, now: this.iso() });
      deleteItem(this.db, itemId);
      rest[0]!.itemIds = rest[0]!.itemIds.filter((id) => id !== itemId);
      setItemOrder(this.db, rest, this.iso());
      log('borttaget-arende', `Extra ärendet ”${item.title}” borttaget.`);
      return item.meetingId;
    });
    this.deps.collectFiles?.(expired);
    return { trashId, meeting: meetingDetail(this.db, meetingId) };
  }

  /** Moves an item to a 0-based position (clamped) in a section of the same meeting. */
  moveItem(itemId: string, sectionId: string, position: number): MeetingDetail {
    return this.detail(
      this.write(() => {
        const item = this.requireItem(itemId);
        const section = this.requireSection(sectionId);
        if (section.meetingId !== item.meetingId) {
          throw new AppError(
            'CONFLICT',
            'Ärendet kan bara flyttas inom sitt eget möte; avsnittet hör till ett annat möte.',
            'sectionId',
          );
        }
        const before = this.order(item.meetingId);
        const after = planMove(before, itemId, sectionId, position);
        if (
          this.isSent(item.meetingId) &&
          before.flatMap((s) => s.itemIds).join() !== after.flatMap((s) => s.itemIds).join()
        ) {
          throw new AppError('CONFLICT', FROZEN, itemId);
        }
        setItemOrder(this.db, after, this.iso());
        return item.meetingId;
      }),
    );
  }

  addSection(
    meetingId: string,
    heading: string | null,
    position?: number,
  ): { sectionId: string; meeting: MeetingDetail } {
    const sectionId = randomUUID();
    this.write((log) => {
      requireMeeting(this.db, meetingId);
      const ids = listSections(this.db, meetingId).map((s) => s.id);
      insertSection(this.db, { id: sectionId, meetingId, position: ids.length, heading, extra: null });
      const at = insertPosition(position, ids.length);
      if (at < ids.length) setSectionOrder(this.db, meetingId, [...ids.slice(0, at), sectionId, ...ids.slice(at)]);
      log('nytt-avsnitt', `Avsnitt tillagt: ”${heading ?? 'utan rubrik'}”.`);
      return meetingId;
    });
    return { sectionId, meeting: meetingDetail(this.db, meetingId) };
  }

  updateSection(sectionId: string, heading: string | null): MeetingDetail {
    return this.detail(
      this.write((log) => {
        const section = this.requireSection(sectionId);
        updateSectionHeading(this.db, sectionId, heading);
        log(
          'andrat-avsnitt',
          `Avsnittet ”${section.heading ?? 'utan rubrik'}” heter nu ”${heading ?? 'utan rubrik'}”.`,
        );
        return section.meetingId;
      }),
    );
  }

  /** Moves a section to a 0-based position; its items keep their order and renumber with it. */
  moveSection(sectionId: string, position: number): MeetingDetail {
    return this.detail(
      this.write(() => {
        const section = this.requireSection(sectionId);
        const order = this.order(section.meetingId);
        const ids = order.map((s) => s.sectionId).filter((id) => id !== sectionId);
        ids.splice(insertPosition(position, ids.length), 0, sectionId);
        const reordered = ids.map((id) => order.find((s) => s.sectionId === id)!);
        if (
          this.isSent(section.meetingId) &&
          reordered.flatMap((s) => s.itemIds).join() !== order.flatMap((s) => s.itemIds).join()
        ) {
          throw new AppError('CONFLICT', FROZEN, sectionId);
        }
        setSectionOrder(this.db, section.meetingId, ids);
        return section.meetingId;
      }),
    );
  }

  /**
   * Deletes a section (kept for undo). A section with items needs `items`: 'delete' removes them
   * too, 'move' puts them at the end of the previous section (or the start of the next). The
   * last section is never deleted: an agenda has at least one.
   */
  deleteSection(sectionId: string, items?: 'delete' | 'move'): { trashId: string; meeting: MeetingDetail } {
    const trashId = randomUUID();
    let expired: string[] = [];
    const meetingId = this.write((log) => {
      const section = this.requireSection(sectionId);
      const order = this.order(section.meetingId);
      const index = order.findIndex((s) => s.sectionId === sectionId);
      const own = order[index]!;
      if (order.length === 1) throw new AppError('CONFLICT', 'Dagordningen måste ha minst ett avsnitt.', sectionId);
      if (own.itemIds.length > 0 && items === undefined) {
        throw new AppError(
          'CONFLICT',
          `Avsnittet ”${section.heading ?? 'utan rubrik'}” innehåller ${own.itemIds.length} ärenden; välj om de ska tas bort eller flyttas.`,
          sectionId,
        );
      }
      const sent = this.isSent(section.meetingId);
      const deleting = items === 'delete' ? own.itemIds : [];
      if (sent && deleting.some((id) => requireItem(this.db, id).addedAfterSend !== 1)) {
        throw new AppError('CONFLICT', FROZEN, sectionId);
      }
      let moved: SectionTrash['moved'] = null;
      const now = this.iso();
      if (items === 'move' && own.itemIds.length > 0) {
        const neighbour = order[index - 1] ?? order[index + 1]!;
        const before = index > 0;
        neighbour.itemIds = before ? [...neighbour.itemIds, ...own.itemIds] : [...own.itemIds, ...neighbour.itemIds];
        moved = { toSectionId: neighbour.sectionId, itemIds: own.itemIds };
        own.itemIds = [];
        setItemOrder(this.db, [own, neighbour], now);
      }
      const marks = deleting.map(() => '?').join(', ');
      const payload: SectionTrash = {
        index,
        moved,
        rows: {
          agenda_sections: selectRows(this.db, 'agenda_sections', 'id = ?', sectionId),
          agenda_items: deleting.length ? selectRows(this.db, 'agenda_items', `id IN (${marks})`, ...deleting) : [],
          documents: deleting.length ? selectRows(this.db, 'documents', `item_id IN (${marks})`, ...deleting) : [],
        },
      };
      expired = putTrash(this.db, { id: trashId, meetingId: section.meetingId, kind: 'section', payload, now });
      deleteSection(this.db, sectionId);
      setSectionOrder(
        this.db,
        section.meetingId,
        order.filter((s) => s.sectionId !== sectionId).map((s) => s.sectionId),
      );
      log('borttaget-avsnitt', `Avsnittet ”${section.heading ?? 'utan rubrik'}” borttaget.`);
      return section.meetingId;
    });
    this.deps.collectFiles?.(expired);
    return { trashId, meeting: meetingDetail(this.db, meetingId) };
  }

  /** Puts back what a delete removed (item, section or whole meeting), with the same ids, where it was. */
  restore(trashId: string): { meetingId: string; meeting: MeetingDetail } {
    const entry = getTrash(this.db, trashId);
    if (!entry) {
      throw new AppError('NOT_FOUND', 'Det borttagna finns inte längre sparat och kan inte återställas.', trashId);
    }
    const now = this.iso();
    const run = () => {
      putBack(this.db, entry, now);
      dropTrash(this.db, trashId);
      touchMeeting(this.db, entry.meetingId, now);
      if (this.isSent(entry.meetingId))
        insertChange(this.db, entry.meetingId, 'aterstallt', 'Borttaget återställt.', now);
    };
    this.db.transaction(run).immediate();
    this.deps.events.emit('data:changed', {
      entities: ['meetings', 'meeting', 'documents'],
      meetingId: entry.meetingId,
    });
    return { meetingId: entry.meetingId, meeting: meetingDetail(this.db, entry.meetingId) };
  }

  // ---------- helpers ----------

  /**
   * Runs a change in one immediate transaction, marks the meeting changed, logs it when the
   * kallelse is already sent, and emits data:changed.
   */
  private write(change: (log: Log) => string): string {
    const notes: [string, string][] = [];
    const meetingId = this.db
      .transaction(() => {
        const id = change((action, summary) => notes.push([action, summary]));
        const now = this.iso();
        touchMeeting(this.db, id, now);
        if (this.isSent(id)) for (const [action, summary] of notes) insertChange(this.db, id, action, summary, now);
        return id;
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting'], meetingId });
    return meetingId;
  }

  private isSent(meetingId: string): boolean {
    return isSent(requireMeeting(this.db, meetingId).status as MeetingStatus);
  }

  private detail(meetingId: string): MeetingDetail {
    return meetingDetail(this.db, meetingId);
  }

  private order(meetingId: string) {
    return agendaOrder(this.db, meetingId);
  }

  private requireItem(itemId: string) {
    return requireItem(this.db, itemId);
  }

  private requireSection(sectionId: string) {
    return requireSection(this.db, sectionId);
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
