import type { StateCreator } from 'zustand';
import type { PdfPreview } from '../../shared/ipc/channels/pdf';
import { call, messageOf } from '../api';
import type { Store } from './store';

export interface PreviewSlice {
  preview: PdfPreview | null;
  previewState: 'idle' | 'rendering' | 'ready' | 'error';
  previewError: string | null;
  progress: { stage: string; done: number; total: number } | null;
  exporting: boolean;
  schedulePreview: (delayMs?: number) => void;
  resetPreview: () => void;
  exportPdf: () => Promise<void>;
  /** Ctrl+P: the whole package to the system print dialog. */
  printPdf: () => Promise<void>;
  setProgress: (progress: { stage: string; done: number; total: number } | null) => void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

export const createPreviewSlice: StateCreator<Store, [], [], PreviewSlice> = (set, get) => ({
  preview: null,
  previewState: 'idle',
  previewError: null,
  progress: null,
  exporting: false,

  // Renders after a quiet moment, so typing in the agenda does not queue a render per key.
  schedulePreview: (delayMs = 700) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const meetingId = get().current?.id;
      if (!meetingId) return;
      const mine = ++generation;
      set({ previewState: 'rendering', previewError: null });
      try {
        const preview = await call('pdf:preview', { meetingId });
        if (mine === generation && get().current?.id === meetingId) set({ preview, previewState: 'ready' });
      } catch (error) {
        if (mine === generation) set({ previewState: 'error', previewError: messageOf(error) });
      }
    }, delayMs);
  },

  resetPreview: () => {
    clearTimeout(timer);
    generation++;
    set({ preview: null, previewState: 'idle', previewError: null });
  },

  exportPdf: async () => {
    const meetingId = get().current?.id;
    if (!meetingId || get().exporting) return;
    set({ exporting: true });
    try {
      const result = await call('pdf:export', { meetingId });
      if (result) {
        const warnings = result.warnings.length ? ` ${result.warnings.length} varningar, se listan.` : '';
        get().showNotice(`Kallelsen sparades (${result.pageCount} sidor): ${result.path}.${warnings}`);
      }
    } catch (error) {
      get().showError(messageOf(error));
    } finally {
      set({ exporting: false, progress: null });
    }
  },

  printPdf: async () => {
    const meetingId = get().current?.id;
    if (!meetingId || get().exporting) return;
    set({ exporting: true });
    try {
      const result = await call('pdf:print', { meetingId });
      if (result.printed) get().showNotice(`Kallelsen (${result.pageCount} sidor) skickades till utskrift.`);
    } catch (error) {
      get().showError(messageOf(error));
    } finally {
      set({ exporting: false, progress: null });
    }
  },

  setProgress: (progress) => set({ progress }),
});
