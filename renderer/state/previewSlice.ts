import type { StateCreator } from 'zustand';
import type { PdfPreview } from '../../shared/ipc/channels/pdf';
import type { EventPayload } from '../../shared/ipc/events';
import { ApiError, call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

type Progress = { stage: string; done: number; total: number };

/** Zoom as a share of the pane's width; 'fit' follows the pane. */
export type PreviewZoom = 'fit' | number;
export const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The package file the preview shows, kept so that after an edit only what was appended to it arrives. */
export interface PreviewFile {
  meetingId: string;
  id: string;
  bytes: Uint8Array;
  /** Pages (1-based) whose picture changed since the file before; null: all of them. */
  changed: number[] | null;
}

export interface PreviewSlice {
  /** What the preview shows besides the pages (page count, items, warnings); its bytes are in `previewFile`. */
  preview: PdfPreview | null;
  previewFile: PreviewFile | null;
  /** Increases with every preview that arrives; pages know which one their picture shows. */
  previewSeq: number;
  previewState: 'idle' | 'rendering' | 'ready' | 'error';
  previewError: string | null;
  /** Progress of the preview render (kind 'preview' events). */
  progress: Progress | null;
  previewZoom: PreviewZoom;
  /** A request to scroll the preview to a page (nonce: asking twice for the same page scrolls again). */
  previewFocus: { page: number; nonce: number } | null;
  exporting: boolean;
  /** What the running export makes: a PDF file or a print (its progress line says which). */
  exportKind: 'pdf' | 'print';
  /** Progress of the running export (kind 'export' events). */
  exportProgress: Progress | null;
  /**
   * Renders the preview after `delayMs` (a burst of changes renders once), or at once with 'now'
   * (an edit main has answered: the request goes out before the screen updates for it).
   */
  schedulePreview: (delayMs?: number | 'now') => void;
  resetPreview: () => void;
  exportPdf: () => Promise<void>;
  /** Ctrl+P: the whole package to the system print dialog. */
  printPdf: () => Promise<void>;
  cancelExport: () => Promise<void>;
  setProgress: (progress: EventPayload<'export:progress'> | null) => void;
  setPreviewZoom: (zoom: PreviewZoom) => void;
  /** Scrolls the preview to a package page (1-based). */
  showPreviewPage: (page: number) => void;
  /** Scrolls the preview to an item's first page (its first document, or the kallelse when it has none). */
  showItemInPreview: (itemNumber: number) => void;
  /** A data:changed push: re-render when it concerns what the open meeting's PDF shows. */
  previewDataChanged: (payload: EventPayload<'data:changed'>) => void;
}

/** Short: an edit shows quickly, and a burst of changes (a move, then its renumbering) renders once. */
const DEBOUNCE_MS = 40;

const decode = (base64: string): Uint8Array => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** The file after a `pdf:preview` answer: the whole file, or the one held with the update appended; null if that does not fit. */
function nextFile(held: PreviewFile | null, meetingId: string, answer: PdfPreview): PreviewFile | null {
  if (answer.appendTo === null) return { meetingId, id: answer.id, bytes: decode(answer.base64), changed: null };
  if (!held || held.id !== answer.appendTo || held.meetingId !== meetingId) return null;
  const update = decode(answer.base64);
  const bytes = new Uint8Array(held.bytes.length + update.length);
  bytes.set(held.bytes, 0);
  bytes.set(update, held.bytes.length);
  return { meetingId, id: answer.id, bytes, changed: answer.changedPages ?? null };
}

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
let nonce = 0;

export const createPreviewSlice: StateCreator<Store, [], [], PreviewSlice> = (set, get) => ({
  preview: null,
  previewFile: null,
  previewSeq: 0,
  previewState: 'idle',
  previewError: null,
  progress: null,
  previewZoom: 'fit',
  previewFocus: null,
  exporting: false,
  exportKind: 'pdf',
  exportProgress: null,

  // A newer request supersedes an older one: main cancels the older render, and its answer is ignored here.
  schedulePreview: (delayMs = DEBOUNCE_MS) => {
    clearTimeout(timer);
    const render = async () => {
      const meetingId = get().current?.id;
      if (!meetingId) return;
      // While the protokoll is open the pane shows the protokoll; the kallelse renders again on leaving it.
      if (get().protokollMeetingId === meetingId) return;
      const mine = ++generation;
      set({ previewState: 'rendering', previewError: null });
      try {
        const held = get().previewFile;
        const have = held?.meetingId === meetingId ? held.id : undefined;
        let answer = await call('pdf:preview', have ? { meetingId, have } : { meetingId });
        let file = mine === generation ? nextFile(get().previewFile, meetingId, answer) : null;
        if (mine === generation && !file) {
          // The update fits another version than the one held here: ask for the whole file.
          answer = await call('pdf:preview', { meetingId });
          file = nextFile(null, meetingId, answer);
        }
        if (mine === generation && file && get().current?.id === meetingId) {
          // No page changed since the file held here (an edit's reply and its data:changed both asked, or
          // the change is not on the pages): the pages stay; the next update still appends to the held file.
          if (answer.appendTo !== null && answer.changedPages?.length === 0) {
            set({ preview: { ...answer, base64: '' }, previewState: 'ready', progress: null });
            return;
          }
          set({
            preview: { ...answer, base64: '' },
            previewFile: file,
            previewSeq: get().previewSeq + 1,
            previewState: 'ready',
            progress: null,
          });
        }
      } catch (error) {
        if (mine !== generation) return;
        if (error instanceof ApiError && error.code === 'CANCELLED') return;
        set({ previewState: 'error', previewError: messageOf(error), progress: null });
      }
    };
    if (delayMs === 'now') void render();
    else timer = setTimeout(render, delayMs);
  },

  resetPreview: () => {
    clearTimeout(timer);
    generation++;
    set({
      preview: null,
      previewFile: null,
      previewState: 'idle',
      previewError: null,
      progress: null,
      previewFocus: null,
    });
  },

  exportPdf: async () => {
    const meetingId = get().current?.id;
    if (!meetingId || get().exporting) return;
    set({ exporting: true, exportKind: 'pdf', exportProgress: null });
    try {
      const result = await call('pdf:export', { meetingId });
      if (result) {
        const warnings = result.warnings.length ? ` ${result.warnings.length} varningar, se listan.` : '';
        get().showNotice(`Kallelsen sparades (${result.pageCount} sidor): ${result.path}.${warnings}`);
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CANCELLED') get().showNotice(sv.livePreview.exportCancelled);
      else get().showError(messageOf(error));
    } finally {
      set({ exporting: false, exportProgress: null });
    }
  },

  printPdf: async () => {
    const meetingId = get().current?.id;
    if (!meetingId || get().exporting) return;
    set({ exporting: true, exportKind: 'print', exportProgress: null });
    try {
      const result = await call('pdf:print', { meetingId });
      get().showNotice(
        result.printed
          ? sv.livePreview.printed(sv.livePreview.kallelse, result.pageCount)
          : sv.livePreview.printCancelled,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CANCELLED') get().showNotice(sv.livePreview.printCancelled);
      else get().showError(messageOf(error));
    } finally {
      set({ exporting: false, exportProgress: null });
    }
  },

  cancelExport: async () => {
    try {
      await call('pdf:cancelExport');
    } catch (error) {
      get().showError(messageOf(error));
    }
  },

  setProgress: (p) => {
    if (!p) set({ progress: null, exportProgress: null });
    else if (p.kind === 'export') set({ exportProgress: { stage: p.stage, done: p.done, total: p.total } });
    else if (get().previewState === 'rendering') set({ progress: { stage: p.stage, done: p.done, total: p.total } });
  },

  setPreviewZoom: (previewZoom) => set({ previewZoom }),

  showPreviewPage: (page) => set({ previewFocus: { page, nonce: ++nonce } }),

  showItemInPreview: (itemNumber) => {
    const item = get().preview?.items.find((i) => i.number === itemNumber);
    get().showPreviewPage(item?.firstPage ?? 1);
  },

  previewDataChanged: (payload) => {
    const current = get().current;
    if (!current) return;
    if (payload.meetingId !== undefined && payload.meetingId !== current.id) return;
    // Settings (page-number style, logo), the register (members), files and the meeting itself all reach the PDF.
    const relevant = payload.entities.some((e) => e !== 'meetings');
    if (relevant) get().schedulePreview();
  },
});
