import { create, type StateCreator } from 'zustand';
import type { Settings } from '../../shared/domain/settings';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { call, messageOf } from '../api';
import { createDocumentsSlice, type DocumentsSlice } from './documentsSlice';
import { createMeetingsSlice, type MeetingsSlice } from './meetingsSlice';
import { createPreviewSlice, type PreviewSlice } from './previewSlice';
import { createRegisterSlice, type RegisterSlice } from './registerSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createShellSlice, type ShellSlice } from './shellSlice';

/** App-wide data: info about the backend and the user's settings. */
export interface AppSlice {
  info: AppInfo | null;
  settings: Settings | null;
  loadApp: () => Promise<void>;
  refreshSettings: () => Promise<void>;
}

/** Transient UI state: the error banner and short notices. */
export interface UiSlice {
  error: string | null;
  notice: string | null;
  view: 'main' | 'settings' | 'new-meeting' | 'register';
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
  DocumentsSlice;

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

const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  error: null,
  notice: null,
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
}));
