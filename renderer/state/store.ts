import { create, type StateCreator } from 'zustand';
import type { Settings } from '../../shared/domain/settings';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { call, messageOf } from '../api';
import { createDocumentsSlice, type DocumentsSlice } from './documentsSlice';
import { createFindSlice, type FindSlice } from './findSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { createMeetingsSlice, type MeetingsSlice } from './meetingsSlice';
import { createPreviewSlice, type PreviewSlice } from './previewSlice';
import { createProtokollSlice, type ProtokollSlice } from './protokollSlice';
import { createRegisterSlice, type RegisterSlice } from './registerSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createShellSlice, type ShellSlice } from './shellSlice';
import { createTemplateSlice, type TemplateSlice } from './templateSlice';

/** App-wide data: info about the backend and the user's settings. */
export interface AppSlice {
  info: AppInfo | null;
  settings: Settings | null;
  loadApp: () => Promise<void>;
  refreshSettings: () => Promise<void>;
}

/** A question with buttons; `cancel` is always offered. */
export interface Question {
  title: string;
  message: string;
  choices: { id: string; label: string; primary?: boolean }[];
}

/** Transient UI state: the one notification area (error or notice), the open panel, a question. */
export interface UiSlice {
  error: string | null;
  notice: string | null;
  question: Question | null;
  /** Shows a question and waits for the answer: a choice id, or null when cancelled. */
  ask: (question: Question) => Promise<string | null>;
  answer: (choice: string | null) => void;
  /** The next action clears the last one's message. */
  clearMessages: () => void;
  navCollapsed: boolean;
  toggleNav: () => void;
  previewWidth: number;
  setPreviewWidth: (width: number) => void;
  /** The nämnd whose standard agenda the template panel edits. */
  templateCommitteeId: string | null;
  openTemplate: (committeeId: string | null) => void;
  view: 'main' | 'settings' | 'new-meeting' | 'register' | 'template';
  openSettings: () => void;
  openNewMeeting: () => void;
  closePanel: () => void;
  showError: (message: string) => void;
  clearError: () => void;
  showNotice: (message: string) => void;
  clearNotice: () => void;
}

export type Store = AppSlice &
  UiSlice &
  MeetingsSlice &
  PreviewSlice &
  RegisterSlice &
  ShellSlice &
  ReviewSlice &
  DocumentsSlice &
  HistorySlice &
  FindSlice &
  TemplateSlice &
  ProtokollSlice;

const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set, get) => ({
  info: null,
  settings: null,
  loadApp: async () => {
    try {
      const [info, settings] = await Promise.all([call('app:info'), call('settings:get')]);
      set({ info, settings });
      await get().loadMeetings();
    } catch (error) {
      get().showError(messageOf(error));
    }
  },
  refreshSettings: async () => {
    try {
      set({ settings: await call('settings:get') });
    } catch (error) {
      get().showError(messageOf(error));
    }
  },
});

let pendingAnswer: ((choice: string | null) => void) | null = null;

const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  error: null,
  notice: null,
  question: null,
  ask: (question) =>
    new Promise((resolve) => {
      pendingAnswer?.(null);
      pendingAnswer = resolve;
      set({ question });
    }),
  answer: (choice) => {
    const resolve = pendingAnswer;
    pendingAnswer = null;
    set({ question: null });
    resolve?.(choice);
  },
  clearMessages: () => set({ error: null, notice: null }),
  navCollapsed: false,
  toggleNav: () => set((s) => ({ navCollapsed: !s.navCollapsed })),
  previewWidth: 400,
  setPreviewWidth: (previewWidth) => set({ previewWidth }),
  templateCommitteeId: null,
  openTemplate: (templateCommitteeId) => set({ view: 'template', templateCommitteeId, error: null, notice: null }),
  view: 'main',
  openSettings: () => set({ view: 'settings' }),
  openNewMeeting: () => set({ view: 'new-meeting' }),
  closePanel: () => set({ view: 'main' }),
  showError: (message) => set({ error: message, notice: null }),
  clearError: () => set({ error: null }),
  showNotice: (message) => set({ notice: message, error: null }),
  clearNotice: () => set({ notice: null }),
});

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createUiSlice(...a),
  ...createMeetingsSlice(...a),
  ...createPreviewSlice(...a),
  ...createRegisterSlice(...a),
  ...createShellSlice(...a),
  ...createReviewSlice(...a),
  ...createDocumentsSlice(...a),
  ...createHistorySlice(...a),
  ...createFindSlice(...a),
  ...createTemplateSlice(...a),
  ...createProtokollSlice(...a),
}));
