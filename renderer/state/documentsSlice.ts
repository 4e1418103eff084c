import type { StateCreator } from 'zustand';
import type {
  DocumentDetail,
  DocumentSnapshot,
  EditableDocument,
  WrittenDocument,
} from '../../shared/domain/documents';
import { newDocument } from '../../shared/domain/documentTemplates';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Command } from './commands';
import {
  addDocumentCommand,
  attachedCommand,
  removeDocumentCommand,
  reorderDocumentsCommand,
  replacedCommand,
  updateDocumentCommand,
} from './documentCommands';
import type { Store } from './store';

export interface DocumentsSlice {
  /** The item the user works in: drops on the window go here, the preview marks its pages. */
  selectedItemId: string | null;
  /** The document open in an editor. */
  editing: DocumentDetail | null;
  /** The field a pre-send warning pointed at; the editor focuses it once. */
  focusField: string | null;
  /** Follows a pre-send warning: selects the item, opens the document, focuses the field. */
  goToWarning: (target: { itemNumber: number; documentIndex: number | null; field: string | null }) => Promise<void>;
  selectItem: (itemId: string | null) => void;
  openDocument: (documentId: string) => Promise<void>;
  closeDocument: () => void;
  addDocument: (itemId: string, type: WrittenDocument['type']) => Promise<void>;
  saveDocument: (document: EditableDocument) => Promise<boolean>;
  removeDocument: (documentId: string) => Promise<void>;
  moveDocument: (itemId: string, documentId: string, to: number) => Promise<void>;
  attachPdfs: (itemId: string) => Promise<void>;
  dropFiles: (itemId: string | null, files: File[]) => Promise<void>;
  replaceFile: (documentId: string) => Promise<void>;
  /** A PDF dropped on a bilaga's editor replaces its file (checked in main like any import). */
  replaceDropped: (documentId: string, file: File) => Promise<void>;
  /** An attached PDF's bytes (for its thumbnail); null when they cannot be read. */
  fileBytes: (documentId: string) => Promise<Uint8Array | null>;
  /** After undo or redo: the open editor reloads its document, or closes when it is gone. */
  syncEditor: (meeting: MeetingDetail | null) => void;
}

const findItem = (meeting: MeetingDetail | null, itemId: string) =>
  meeting?.sections.flatMap((s) => s.items).find((i) => i.id === itemId) ?? null;

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Bytes as base64 in chunks (String.fromCharCode on a whole large file would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const createDocumentsSlice: StateCreator<Store, [], [], DocumentsSlice> = (set, get) => {
  // Document edits share the meeting's undo history (historySlice): `execute` runs and records
  // an edit, `record` keeps one already done in main (a dialog or a drop).
  const execute = (command: Command) => get().execute(command);
  const remember = (command: Command) => get().record(command);
  /** A bilaga's file replaced in main (dialog or drop; null = cancelled), kept for undo and shown. */
  const replaced = async (
    documentId: string,
    run: () => Promise<{ before: DocumentSnapshot; meeting: MeetingDetail } | null>,
  ) => {
    const meeting = get().current;
    if (!meeting) return;
    try {
      const result = await run();
      if (!result) return;
      set({ current: result.meeting });
      remember(replacedCommand(meeting.id, result.before));
      get().showNotice(sv.documents.replaced);
      get().schedulePreview();
      await reloadEditor(documentId);
    } catch (error) {
      get().showError(messageOf(error));
    }
  };
  /**
   * Reloads the open editor's document after a change, but only if that editor is still open:
   * the user may have gone back to the agenda or opened another document meanwhile.
   */
  const reloadEditor = async (documentId: string) => {
    if (get().editing?.id !== documentId) return;
    try {
      const fresh = await call('documents:get', { documentId });
      if (get().editing?.id === documentId) set({ editing: fresh });
    } catch (error) {
      get().showError(messageOf(error));
    }
  };

  return {
    selectedItemId: null,
    editing: null,
    focusField: null,

    goToWarning: async ({ itemNumber, documentIndex, field }) => {
      const item = get()
        .current?.sections.flatMap((s) => s.items)
        .find((i) => i.number === itemNumber);
      if (!item) return;
      set({ selectedItemId: item.id, view: 'main' });
      const doc = documentIndex === null ? undefined : item.documents[documentIndex];
      if (doc) {
        set({ focusField: field });
        await get().openDocument(doc.id);
      } else {
        set({ editing: null, focusField: null });
        // The agenda row's title field, once the agenda is on screen again.
        setTimeout(() => {
          document.querySelector<HTMLElement>(`[data-testid="item-${itemNumber}"] .item-title`)?.focus();
        }, 0);
      }
    },

    selectItem: (itemId) => set({ selectedItemId: itemId }),

    syncEditor: (meeting) => {
      const editing = get().editing;
      if (!editing) return;
      const still = meeting?.sections.flatMap((x) => x.items).some((i) => i.documents.some((d) => d.id === editing.id));
      if (still) void reloadEditor(editing.id);
      else set({ editing: null });
    },

    openDocument: async (documentId) => {
      try {
        const editing = await call('documents:get', { documentId });
        set({ editing, selectedItemId: editing.itemId });
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    closeDocument: () => set({ editing: null }),

    addDocument: async (itemId, type) => {
      const meeting = get().current;
      const item = findItem(meeting, itemId);
      if (!meeting || !item) return;
      let added: string | null = null;
      const document = newDocument(type, { meeting, item, today: todayIso() });
      if (await execute(addDocumentCommand(meeting.id, itemId, document, (id) => (added = id)))) {
        if (added) await get().openDocument(added);
      }
    },

    saveDocument: async (document) => {
      const meeting = get().current;
      const editing = get().editing;
      if (!meeting || !editing) return false;
      const ok = await execute(updateDocumentCommand(meeting.id, editing.id, document));
      if (ok) {
        get().showNotice(sv.documents.saved);
        await reloadEditor(editing.id);
      }
      return ok;
    },

    removeDocument: async (documentId) => {
      const meeting = get().current;
      if (!meeting) return;
      if (await execute(removeDocumentCommand(meeting.id, documentId))) {
        if (get().editing?.id === documentId) set({ editing: null });
      }
    },

    moveDocument: async (itemId, documentId, to) => {
      const meeting = get().current;
      const item = findItem(meeting, itemId);
      if (!meeting || !item) return;
      const before = item.documents.map((d) => d.id);
      const from = before.indexOf(documentId);
      if (from < 0 || to < 0 || to >= before.length || to === from) return;
      const after = [...before];
      after.splice(from, 1);
      after.splice(to, 0, documentId);
      await execute(reorderDocumentsCommand(meeting.id, itemId, before, after));
    },

    attachPdfs: async (itemId) => {
      const meeting = get().current;
      if (!meeting) return;
      set({ busy: sv.documents.attaching });
      try {
        const result = await call('documents:attach', { itemId });
        if (result) {
          set({ current: result.meeting, selectedItemId: itemId });
          remember(attachedCommand(meeting.id, result.documentIds));
          get().showNotice(sv.documents.attached(result.documentIds.length));
          get().schedulePreview();
        }
      } catch (error) {
        get().showError(messageOf(error));
      } finally {
        set({ busy: null });
      }
    },

    dropFiles: async (itemId, files) => {
      const meeting = get().current;
      const target = itemId ?? get().selectedItemId;
      if (!meeting || files.length === 0) return;
      if (!target || !findItem(meeting, target)) {
        get().showError(sv.documents.dropWhere);
        return;
      }
      set({ busy: sv.documents.attaching });
      try {
        const payload = await Promise.all(
          files.map(async (f) => ({ name: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })),
        );
        const result = await call('documents:drop', { itemId: target, files: payload });
        set({ current: result.meeting, selectedItemId: target });
        remember(attachedCommand(meeting.id, result.documentIds));
        get().showNotice(sv.documents.attached(result.documentIds.length));
        get().schedulePreview();
      } catch (error) {
        get().showError(messageOf(error));
      } finally {
        set({ busy: null });
      }
    },

    fileBytes: async (documentId) => {
      try {
        const { base64 } = await call('documents:fileBytes', { documentId });
        const binary = atob(base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes;
      } catch {
        return null;
      }
    },

    replaceDropped: async (documentId, file) => {
      set({ busy: sv.documents.attaching });
      await replaced(documentId, async () => {
        const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        return call('documents:replaceDrop', { documentId, file: { name: file.name, base64 } });
      });
      set({ busy: null });
    },

    replaceFile: (documentId) => replaced(documentId, () => call('documents:replaceFile', { documentId })),
  };
};
