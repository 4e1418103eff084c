import type { DocumentSnapshot, EditableDocument, WrittenDocument } from '../../shared/domain/documents';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { call } from '../api';
import type { Command } from './commands';

/**
 * Document edits as do/undo pairs, shaped like the agenda's undo commands: `run` does the
 * edit (first time and on redo), `revert` undoes it; both answer with the meeting as main now
 * has it. Removals and edits keep the snapshot main returned, so undo puts back the very
 * document with its id, place and file.
 */
export type DocumentCommand = Command;

/** Adds a written document; undo removes it, redo restores it with the same id. */
export function addDocumentCommand(
  meetingId: string,
  itemId: string,
  document: WrittenDocument,
  onAdded?: (documentId: string) => void,
): DocumentCommand {
  let removed: DocumentSnapshot | null = null;
  let documentId: string | null = null;
  return {
    label: 'lägga till handling',
    meetingId,
    run: async () => {
      if (removed) return call('documents:restore', removed);
      const added = await call('documents:add', { itemId, document });
      documentId = added.documentId;
      onAdded?.(documentId);
      return added.meeting;
    },
    revert: async () => {
      const r = await call('documents:remove', { documentId: documentId! });
      removed = r.removed;
      return r.meeting;
    },
  };
}

/** Saves an editor's content; undo puts the previous version back. */
export function updateDocumentCommand(meetingId: string, documentId: string, next: EditableDocument): DocumentCommand {
  let before: DocumentSnapshot | null = null;
  return {
    label: 'ändra handling',
    meetingId,
    run: async () => {
      const r = await call('documents:update', { documentId, document: next });
      before = r.before;
      return r.meeting;
    },
    revert: () => call('documents:restore', before!),
  };
}

export function removeDocumentCommand(meetingId: string, documentId: string): DocumentCommand {
  let removed: DocumentSnapshot | null = null;
  return {
    label: 'ta bort handling',
    meetingId,
    run: async () => {
      const r = await call('documents:remove', { documentId });
      removed = r.removed;
      return r.meeting;
    },
    revert: () => call('documents:restore', removed!),
  };
}

export function reorderDocumentsCommand(
  meetingId: string,
  itemId: string,
  before: string[],
  after: string[],
): DocumentCommand {
  return {
    label: 'flytta handling',
    meetingId,
    run: () => call('documents:reorder', { itemId, documentIds: after }),
    revert: () => call('documents:reorder', { itemId, documentIds: before }),
  };
}

/**
 * Bilagor already attached (dialog or drop); undo removes them, redo puts them back. The
 * files themselves stay stored, so redo needs no new dialog.
 */
export function attachedCommand(meetingId: string, documentIds: string[]): DocumentCommand {
  let removed: DocumentSnapshot[] = [];
  return {
    label: documentIds.length === 1 ? 'bifoga fil' : 'bifoga filer',
    meetingId,
    run: async () => {
      let meeting: MeetingDetail | null = null;
      for (const snapshot of removed) meeting = await call('documents:restore', snapshot);
      return meeting;
    },
    revert: async () => {
      let meeting: MeetingDetail | null = null;
      removed = [];
      // Last first, so restoring in reverse order puts each back at its own position.
      for (const documentId of [...documentIds].reverse()) {
        const r = await call('documents:remove', { documentId });
        removed.unshift(r.removed);
        meeting = r.meeting;
      }
      return meeting;
    },
  };
}

/**
 * A bilaga's file replaced (already done in main); undo points it at the old file again, redo
 * at the new one. Both files stay stored, so neither needs a dialog.
 */
export function replacedCommand(meetingId: string, before: DocumentSnapshot): DocumentCommand {
  let after: DocumentSnapshot | null = null;
  return {
    label: 'byta fil',
    meetingId,
    run: async () => (after ? call('documents:restore', after) : null),
    revert: async () => {
      after = (await call('documents:remove', { documentId: before.id })).removed;
      return call('documents:restore', before);
    },
  };
}
