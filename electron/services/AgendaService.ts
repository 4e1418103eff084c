import { randomUUID } from 'node:crypto';
import type { AddItemInput, ItemInput, MeetingDetail } from '../../shared/domain/meeting';
import { insertPosition, planMove } from '../../shared/domain/numbering';
import { AppError } from '../../shared/ipc/result';
import type { Db } from '../db/database';
import {
  deleteItem,
  deleteSection,
  getSection,
  type ItemFields,
  insertItem,
  insertSection,
  listItems,
  listSections,
  requireItem,
  setItemOrder,
  setSectionOrder,
  updateItem,
  updateSectionHeading,
} from '../repos/agenda';
import { touchMeeting } from '../repos/meetings';
import type { ServiceDeps } from './MeetingService';
import { meetingDetail } from './meetingView';

/**
 * Sections and items of a meeting's agenda. Positions are kept contiguous in the same
 * transaction as every change; item numbers (1..N across sections) follow from them.
 */
export class AgendaService {
  constructor(private readonly deps: ServiceDeps) {}

  private get db(): Db {
    return this.deps.db;
  }

  addItem(input: AddItemInput): { itemId: string; meeting: MeetingDetail } {
    const itemId = randomUUID();
    const meetingId = this.write(() => {
      const section = this.requireSection(input.sectionId);
      const order = this.order(section.meetingId);
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
        },
        now,
      );
      const at = insertPosition(input.position, target.itemIds.length);
      if (at < target.itemIds.length) {
        setItemOrder(
          this.db,
          [{ sectionId: section.id, itemIds: [...target.itemIds.slice(0, at), itemId, ...target.itemIds.slice(at)] }],
          now,
        );
      }
      return section.meetingId;
    });
    return { itemId, meeting: meetingDetail(this.db, meetingId) };
  }

  updateItem(itemId: string, patch: ItemInput): MeetingDetail {
    return this.detail(
      this.write(() => {
        const item = this.requireItem(itemId);
        const fields: ItemFields = {};
        if (patch.title !== undefined) fields.title = patch.title;
        if (patch.dnr !== undefined) fields.dnr = patch.dnr;
        if (patch.kind !== undefined) fields.kind = patch.kind;
        if (patch.presenter !== undefined) fields.presenter = patch.presenter;
        if (patch.public !== undefined) fields.public = patch.public ? 1 : 0;
        updateItem(this.db, itemId, fields, this.iso());
        return item.meetingId;
      }),
    );
  }

  /** Deletes the item and its documents; later items move up one number. */
  deleteItem(itemId: string): MeetingDetail {
    return this.detail(
      this.write(() => {
        const item = this.requireItem(itemId);
        deleteItem(this.db, itemId);
        const rest = this.order(item.meetingId).filter((s) => s.sectionId === item.sectionId);
        setItemOrder(this.db, rest, this.iso());
        return item.meetingId;
      }),
    );
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
        setItemOrder(this.db, planMove(this.order(item.meetingId), itemId, sectionId, position), this.iso());
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
    this.write(() => {
      const ids = listSections(this.db, meetingId).map((s) => s.id);
      if (ids.length === 0 && !this.meetingExists(meetingId)) {
        throw new AppError('NOT_FOUND', `Mötet finns inte (id ${meetingId}).`, meetingId);
      }
      insertSection(this.db, { id: sectionId, meetingId, position: ids.length, heading, extra: null });
      const at = insertPosition(position, ids.length);
      if (at < ids.length) setSectionOrder(this.db, meetingId, [...ids.slice(0, at), sectionId, ...ids.slice(at)]);
      return meetingId;
    });
    return { sectionId, meeting: meetingDetail(this.db, meetingId) };
  }

  updateSection(sectionId: string, heading: string | null): MeetingDetail {
    return this.detail(
      this.write(() => {
        const section = this.requireSection(sectionId);
        updateSectionHeading(this.db, sectionId, heading);
        return section.meetingId;
      }),
    );
  }

  /** Deletes an empty section; refuses one with items and the last section (an agenda has at least one). */
  deleteSection(sectionId: string): MeetingDetail {
    return this.detail(
      this.write(() => {
        const section = this.requireSection(sectionId);
        const order = this.order(section.meetingId);
        const own = order.find((s) => s.sectionId === sectionId)!;
        if (own.itemIds.length > 0) {
          throw new AppError(
            'CONFLICT',
            `Avsnittet ”${section.heading ?? 'inledande ärenden'}” innehåller ${own.itemIds.length} ärenden; flytta eller ta bort dem först.`,
            sectionId,
          );
        }
        if (order.length === 1) {
          throw new AppError('CONFLICT', 'Dagordningen måste ha minst ett avsnitt.', sectionId);
        }
        deleteSection(this.db, sectionId);
        setSectionOrder(
          this.db,
          section.meetingId,
          order.filter((s) => s.sectionId !== sectionId).map((s) => s.sectionId),
        );
        return section.meetingId;
      }),
    );
  }

  // ---------- helpers ----------

  /** Runs a change in one immediate transaction, marks the meeting changed, emits data:changed. */
  private write(change: () => string): string {
    const meetingId = this.db
      .transaction(() => {
        const id = change();
        touchMeeting(this.db, id, this.iso());
        return id;
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting'], meetingId });
    return meetingId;
  }

  private detail(meetingId: string): MeetingDetail {
    return meetingDetail(this.db, meetingId);
  }

  private order(meetingId: string) {
    const items = listItems(this.db, meetingId);
    return listSections(this.db, meetingId).map((s) => ({
      sectionId: s.id,
      itemIds: items.filter((i) => i.sectionId === s.id).map((i) => i.id),
    }));
  }

  private requireItem(itemId: string) {
    return requireItem(this.db, itemId);
  }

  private requireSection(sectionId: string) {
    const section = getSection(this.db, sectionId);
    if (!section) {
      throw new AppError(
        'NOT_FOUND',
        `Avsnittet finns inte (id ${sectionId}). Uppdatera mötet och försök igen.`,
        sectionId,
      );
    }
    return section;
  }

  private meetingExists(meetingId: string): boolean {
    return this.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId) !== undefined;
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
