import type { StateCreator } from 'zustand';
import type { MeetingDetail } from '../../shared/domain/meeting';
import type { ProtokollView } from '../../shared/ipc/channels/protokoll';
import { Protokoll } from '../../shared/protokoll/model';
import { ApiError, call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Command } from './commands';
import { todayIso } from './registerSlice';
import type { Store } from './store';

export type ProtokollDocumentKind = 'protokoll' | 'omedelbar' | 'utdrag' | 'anslag';

/**
 * The protokoll of the open meeting (Step 8). The secretary edits a local draft; edits are
 * saved after a pause (debounced) as one command on the one undo history, so Ctrl+Z puts the
 * protokoll back as it was saved before. The only caller of the `protokoll:*` channels.
 */
export interface ProtokollSlice {
  /** The meeting whose protokoll view is open, or null (the agenda is shown). */
  protokollMeetingId: string | null;
  protokollView: ProtokollView | null;
  /** What the form shows: the saved protokoll plus edits not saved yet. */
  protokollDraft: Protokoll | null;
  /** Bumps when the draft is replaced from outside (load, undo, redo): editors re-read it. */
  protokollRevision: number;
  protokollSave: 'saved' | 'pending' | 'saving' | 'error';
  protokollBusy: boolean;
  protokollPreview: { base64: string; pageCount: number } | null;
  protokollPreviewSeq: number;
  protokollPreviewError: string | null;
  openProtokoll: () => Promise<void>;
  closeProtokoll: () => void;
  createProtokoll: () => Promise<void>;
  editProtokoll: (change: (p: Protokoll) => Protokoll) => void;
  /** Adds or removes §§: saved at once as its own undo step; the editors re-read the draft. */
  restructureProtokoll: (change: (p: Protokoll) => Protokoll) => Promise<void>;
  /** Saves pending edits now (before undo, justera, export, or leaving the view). */
  flushProtokoll: () => Promise<void>;
  justeraProtokoll: () => Promise<void>;
  exportProtokoll: (document: ProtokollDocumentKind, paragraphs?: number[]) => Promise<void>;
  printProtokoll: (document: ProtokollDocumentKind, paragraphs?: number[]) => Promise<void>;
}

/** Long enough that typing a word is one save, short enough that nothing waits long. */
const SAVE_DELAY_MS = 700;
const PREVIEW_DELAY_MS = 300;

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewGeneration = 0;
let pendingSave: Promise<void> = Promise.resolve();

const t = () => sv.protokoll;

export const createProtokollSlice: StateCreator<Store, [], [], ProtokollSlice> = (set, get) => {
  const open = (meetingId: string) => get().protokollMeetingId === meetingId;

  /** A view from main: kept, and the draft replaced when nothing newer is waiting to be saved. */
  const receive = (meetingId: string, view: ProtokollView, replaceDraft: boolean) => {
    if (!open(meetingId)) return;
    const draftIsOlder = replaceDraft || saveTimer === undefined;
    set((s) => ({
      protokollView: view,
      ...(draftIsOlder ? { protokollDraft: view.protokoll } : {}),
      ...(replaceDraft ? { protokollRevision: s.protokollRevision + 1 } : {}),
    }));
    schedulePreview();
  };

  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(async () => {
      const meetingId = get().protokollMeetingId;
      if (!meetingId || !get().protokollView?.protokoll) return;
      const mine = ++previewGeneration;
      try {
        const preview = await call('protokoll:preview', { meetingId });
        if (mine !== previewGeneration || !open(meetingId)) return;
        set((s) => ({
          protokollPreview: preview,
          protokollPreviewSeq: s.protokollPreviewSeq + 1,
          protokollPreviewError: null,
        }));
      } catch (error) {
        if (mine === previewGeneration) set({ protokollPreviewError: messageOf(error) });
      }
    }, PREVIEW_DELAY_MS);
  };

  /**
   * One save as an undoable command. Redo and undo replace the form (the editor shows what
   * main holds); a justerat protokoll is not changed back by an older undo step.
   */
  const saveCommand = (meetingId: string, before: Protokoll, after: Protokoll): Command => {
    let first = true;
    const save = async (body: Protokoll, replaceDraft: boolean): Promise<MeetingDetail | null> => {
      const current = await call('protokoll:get', { meetingId });
      if (current.protokoll?.justerad && !body.justerad)
        throw new ApiError({ code: 'CONFLICT', message: t().justeradNoUndo });
      receive(meetingId, await call('protokoll:update', { meetingId, protokoll: body }), replaceDraft);
      return call('meetings:get', { meetingId });
    };
    return {
      label: t().undoLabel,
      meetingId,
      kallelse: false,
      run: () => {
        const replace = !first;
        first = false;
        return save(after, replace);
      },
      revert: () => save(before, true),
    };
  };

  const flush = async (): Promise<void> => {
    if (saveTimer === undefined) return pendingSave;
    clearTimeout(saveTimer);
    saveTimer = undefined;
    return saveDraft();
  };

  /** The draft saved now, as one command on the undo history. */
  const saveDraft = async (): Promise<void> => {
    const meetingId = get().protokollMeetingId;
    const before = get().protokollView?.protokoll;
    const after = get().protokollDraft;
    if (!meetingId || !before || !after) return;
    const checked = Protokoll.safeParse(after);
    if (!checked.success) {
      set({ protokollSave: 'error' });
      get().showError(t().notSavedInvalid);
      return;
    }
    set({ protokollSave: 'saving' });
    pendingSave = get()
      .execute(saveCommand(meetingId, before, checked.data))
      .then((ok) => {
        if (saveTimer === undefined) set({ protokollSave: ok ? 'saved' : 'error' });
      });
    return pendingSave;
  };

  /** Export (save dialog) or print (system dialog) one of the documents after the meeting. */
  const runDocument = async (action: 'export' | 'print', document: ProtokollDocumentKind, paragraphs?: number[]) => {
    const meetingId = get().protokollMeetingId;
    if (!meetingId) return;
    await flush();
    get().clearMessages();
    set({ protokollBusy: true });
    const input = { meetingId, document, ...(paragraphs ? { paragraphs } : {}) };
    const name = t().documentNames[document];
    try {
      if (action === 'export') {
        const r = await call('protokoll:export', input);
        if (r) get().showNotice(t().exported(name, r.pageCount, r.path));
      } else {
        const r = await call('protokoll:print', input);
        get().showNotice(r.printed ? sv.livePreview.printed(name, r.pageCount) : sv.livePreview.printCancelled);
      }
    } catch (error) {
      get().showError(messageOf(error));
    } finally {
      set({ protokollBusy: false });
    }
  };

  return {
    protokollMeetingId: null,
    protokollView: null,
    protokollDraft: null,
    protokollRevision: 0,
    protokollSave: 'saved',
    protokollBusy: false,
    protokollPreview: null,
    protokollPreviewSeq: 1_000_000,
    protokollPreviewError: null,

    openProtokoll: async () => {
      const meetingId = get().current?.id;
      if (!meetingId) return;
      get().clearMessages();
      set({ protokollMeetingId: meetingId, protokollView: null, protokollDraft: null, protokollPreview: null });
      try {
        receive(meetingId, await call('protokoll:get', { meetingId }), true);
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    closeProtokoll: () => {
      void flush();
      previewGeneration++;
      set({ protokollMeetingId: null, protokollView: null, protokollDraft: null, protokollPreview: null });
      get().schedulePreview(0);
    },

    createProtokoll: async () => {
      const meetingId = get().protokollMeetingId;
      if (!meetingId) return;
      get().clearMessages();
      set({ protokollBusy: true });
      try {
        receive(meetingId, await call('protokoll:create', { meetingId }), true);
        get().showNotice(t().created);
      } catch (error) {
        get().showError(messageOf(error));
      } finally {
        set({ protokollBusy: false });
      }
    },

    editProtokoll: (change) => {
      const draft = get().protokollDraft;
      if (!draft || (get().protokollView?.protokoll?.justerad === true && !allowedAfterJustering(draft, change)))
        return;
      set({ protokollDraft: change(draft), protokollSave: 'pending' });
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },

    restructureProtokoll: async (change) => {
      await flush();
      const draft = get().protokollDraft;
      if (!draft || draft.justerad) return;
      set((s) => ({
        protokollDraft: change(draft),
        protokollSave: 'pending',
        protokollRevision: s.protokollRevision + 1,
      }));
      await saveDraft();
    },

    flushProtokoll: flush,

    justeraProtokoll: async () => {
      const meetingId = get().protokollMeetingId;
      await flush();
      const draft = get().protokollDraft;
      if (!meetingId || !draft) return;
      if (draft.justerare.length === 0) {
        get().showError(t().needJusterare);
        return;
      }
      const date = draft.justeringDate ?? todayIso();
      const numbers = draft.paragraphs.map((p) => p.number);
      const answer = await get().ask({
        title: t().justeraTitle,
        message: t().justeraMessage(numbers[0] ?? 0, numbers.at(-1) ?? 0, date),
        choices: [{ id: 'yes', label: t().justera, primary: true }],
      });
      if (answer !== 'yes') return;
      set({ protokollBusy: true });
      try {
        receive(meetingId, await call('protokoll:justera', { meetingId, justeringDate: date }), true);
        await get().refreshCurrent();
        get().showNotice(t().justerad(date));
      } catch (error) {
        get().showError(messageOf(error));
      } finally {
        set({ protokollBusy: false });
      }
    },

    exportProtokoll: (document, paragraphs) => runDocument('export', document, paragraphs),
    printProtokoll: (document, paragraphs) => runDocument('print', document, paragraphs),
  };
};

/**
 * Once justerat only the anslag may still be filled in: the change is allowed when it leaves
 * everything else as it was.
 */
function allowedAfterJustering(draft: Protokoll, change: (p: Protokoll) => Protokoll): boolean {
  const next = change(draft);
  const { anslag: _a, ...rest } = next;
  const { anslag: _b, ...was } = draft;
  return JSON.stringify(rest) === JSON.stringify(was);
}
