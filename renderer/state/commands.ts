import type { MeetingDetail } from '../../shared/domain/meeting';
import type { AgendaColumn } from '../../shared/domain/settings';
import { call } from '../api';

/**
 * Undoable edits as commands. `run` does the edit (first time and on redo), `revert` undoes it;
 * both answer with the meeting as main now has it (null when the meeting itself is gone). A
 * command keeps what it needs between runs — ids only, never positions that could go stale:
 * deletes remember the trash id main returned, and undo restores the very rows with the same
 * ids. New kinds (Step 4: document edits) are one more factory here.
 */
export interface Command {
  /** What the menu says: ”Ångra {label}”. */
  label: string;
  meetingId: string;
  /** False for edits that leave the sent kallelse as it was (the protokoll): no question first. */
  kallelse?: boolean;
  run: () => Promise<MeetingDetail | null>;
  revert: () => Promise<MeetingDetail | null>;
}

type ItemField = 'title' | 'dnr' | 'kind' | 'presenter' | 'public';
type ItemPatch = {
  title?: string;
  dnr?: string | null;
  kind?: MeetingDetail['sections'][number]['items'][number]['kind'];
  presenter?: string | null;
  public?: boolean;
};

export const itemFieldCommand = (
  meetingId: string,
  itemId: string,
  field: ItemField,
  before: ItemPatch[ItemField],
  after: ItemPatch[ItemField],
  label: string,
): Command => ({
  label,
  meetingId,
  run: () => call('items:update', { itemId, patch: { [field]: after } as ItemPatch }),
  revert: () => call('items:update', { itemId, patch: { [field]: before } as ItemPatch }),
});

type Place = { sectionId: string; position: number };

export const moveItemCommand = (meetingId: string, itemId: string, from: Place, to: Place): Command => ({
  label: 'flytta ärende',
  meetingId,
  run: () => call('items:move', { itemId, ...to }),
  revert: () => call('items:move', { itemId, ...from }),
});

/** Adds an item; undo deletes it (kept in the trash), redo restores it with the same id. */
export function addItemCommand(
  meetingId: string,
  input: { sectionId: string; position?: number; title: string; kind?: ItemPatch['kind'] },
  onAdded?: (itemId: string) => void,
): Command {
  let itemId: string | null = null;
  let trashId: string | null = null;
  return {
    label: 'lägga till ärende',
    meetingId,
    run: async () => {
      if (trashId) return (await call('trash:restore', { trashId })).meeting;
      const added = await call('items:add', input);
      itemId = added.itemId;
      onAdded?.(itemId);
      return added.meeting;
    },
    revert: async () => {
      const deleted = await call('items:delete', { itemId: itemId! });
      trashId = deleted.trashId;
      return deleted.meeting;
    },
  };
}

/** Deletes an item with its documents; undo restores it (same id, same documents) where it was. */
export function deleteItemCommand(meetingId: string, itemId: string): Command {
  let trashId: string | null = null;
  return {
    label: 'ta bort ärende',
    meetingId,
    run: async () => {
      const deleted = await call('items:delete', { itemId });
      trashId = deleted.trashId;
      return deleted.meeting;
    },
    revert: async () => (await call('trash:restore', { trashId: trashId! })).meeting,
  };
}

export const withdrawItemCommand = (meetingId: string, itemId: string, withdrawn: boolean): Command => ({
  label: withdrawn ? 'markera ”utgår”' : 'ta bort ”utgår”',
  meetingId,
  run: () => call('items:withdraw', { itemId, withdrawn }),
  revert: () => call('items:withdraw', { itemId, withdrawn: !withdrawn }),
});

export function addSectionCommand(meetingId: string, heading: string | null, position?: number): Command {
  let sectionId: string | null = null;
  let trashId: string | null = null;
  return {
    label: 'lägga till avsnitt',
    meetingId,
    run: async () => {
      if (trashId) return (await call('trash:restore', { trashId })).meeting;
      const added = await call('sections:add', { meetingId, heading, ...(position !== undefined ? { position } : {}) });
      sectionId = added.sectionId;
      return added.meeting;
    },
    revert: async () => {
      const deleted = await call('sections:delete', { sectionId: sectionId!, items: 'delete' });
      trashId = deleted.trashId;
      return deleted.meeting;
    },
  };
}

export const renameSectionCommand = (
  meetingId: string,
  sectionId: string,
  before: string | null,
  after: string | null,
): Command => ({
  label: 'byta namn på avsnitt',
  meetingId,
  run: () => call('sections:update', { sectionId, heading: after }),
  revert: () => call('sections:update', { sectionId, heading: before }),
});

export const moveSectionCommand = (meetingId: string, sectionId: string, from: number, to: number): Command => ({
  label: 'flytta avsnitt',
  meetingId,
  run: () => call('sections:move', { sectionId, position: to }),
  revert: () => call('sections:move', { sectionId, position: from }),
});

export function deleteSectionCommand(meetingId: string, sectionId: string, items?: 'delete' | 'move'): Command {
  let trashId: string | null = null;
  return {
    label: 'ta bort avsnitt',
    meetingId,
    run: async () => {
      const deleted = await call('sections:delete', { sectionId, ...(items ? { items } : {}) });
      trashId = deleted.trashId;
      return deleted.meeting;
    },
    revert: async () => (await call('trash:restore', { trashId: trashId! })).meeting,
  };
}

export type MeetingFieldsPatch = { date?: string; startTime?: string; endTime?: string | null; place?: string };

export const meetingFieldsCommand = (
  meetingId: string,
  before: MeetingFieldsPatch,
  after: MeetingFieldsPatch,
): Command => ({
  label: 'ändra mötesuppgifter',
  meetingId,
  run: () => call('meetings:update', { meetingId, patch: after }),
  revert: () => call('meetings:update', { meetingId, patch: before }),
});

export const agendaColumnCommand = (meetingId: string, before: AgendaColumn, after: AgendaColumn): Command => ({
  label: 'ändra högerkolumn',
  meetingId,
  run: () => call('meetings:setAgendaColumn', { meetingId, agendaColumn: after }),
  revert: () => call('meetings:setAgendaColumn', { meetingId, agendaColumn: before }),
});

/** Deletes the whole meeting; undo brings it back with everything in it. */
export function deleteMeetingCommand(meetingId: string, detach = false): Command {
  let trashId: string | null = null;
  return {
    label: 'ta bort sammanträde',
    meetingId,
    run: async () => {
      trashId = (await call('meetings:delete', { meetingId, ...(detach ? { detach } : {}) })).trashId;
      return null;
    },
    revert: async () => (await call('trash:restore', { trashId: trashId! })).meeting,
  };
}
