import { create, type StateCreator } from 'zustand';
import type { Settings } from '../../shared/domain/settings';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { call } from '../api';

/** App-wide data: info about the backend and the user's settings. */
export interface AppSlice {
  info: AppInfo | null;
  settings: Settings | null;
  loadApp: () => Promise<void>;
  refreshSettings: () => Promise<void>;
}

/** Transient UI state: the error banner. */
export interface UiSlice {
  error: string | null;
  showError: (message: string) => void;
  clearError: () => void;
}

export type Store = AppSlice & UiSlice;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set, get) => ({
  info: null,
  settings: null,
  loadApp: async () => {
    try {
      const [info, settings] = await Promise.all([call('app:info'), call('settings:get')]);
      set({ info, settings });
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
  showError: (message) => set({ error: message }),
  clearError: () => set({ error: null }),
});

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createUiSlice(...a),
}));
