import type { StateCreator } from 'zustand';
import type { AgendaTemplate } from '../../shared/domain/agendaTemplate';
import type { CommitteeSummary } from '../../shared/domain/meeting';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

/** The register's nämnder, the standard agenda being edited, and the change count of a sent meeting. */
export interface TemplateSlice {
  committees: CommitteeSummary[] | null;
  template: { committeeId: string; template: AgendaTemplate; isDefault: boolean } | null;
  changeCount: number;
  loadCommittees: () => Promise<void>;
  loadTemplate: (committeeId: string) => Promise<void>;
  saveTemplate: (template: AgendaTemplate) => Promise<boolean>;
  resetTemplate: () => Promise<void>;
  loadChangeCount: (meetingId: string) => Promise<void>;
}

export const createTemplateSlice: StateCreator<Store, [], [], TemplateSlice> = (set, get) => ({
  committees: null,
  template: null,
  changeCount: 0,

  loadCommittees: async () => {
    try {
      const all = await call('committees:list');
      set({ committees: all.filter((c) => c.kind !== 'presidium') });
    } catch (error) {
      get().showError(messageOf(error));
    }
  },

  loadTemplate: async (committeeId) => {
    try {
      set({ template: { committeeId, ...(await call('templates:get', { committeeId })) } });
    } catch (error) {
      get().showError(messageOf(error));
    }
  },

  saveTemplate: async (template) => {
    const current = get().template;
    if (!current) return false;
    get().clearMessages();
    try {
      const saved = await call('templates:set', { committeeId: current.committeeId, template });
      set({ template: { committeeId: current.committeeId, ...saved } });
      get().showNotice(sv.template.saved);
      return true;
    } catch (error) {
      get().showError(messageOf(error));
      return false;
    }
  },

  resetTemplate: async () => {
    const current = get().template;
    if (!current) return;
    get().clearMessages();
    try {
      set({
        template: {
          committeeId: current.committeeId,
          ...(await call('templates:reset', { committeeId: current.committeeId })),
        },
      });
    } catch (error) {
      get().showError(messageOf(error));
    }
  },

  loadChangeCount: async (meetingId) => {
    try {
      set({ changeCount: (await call('meetings:changes', { meetingId })).length });
    } catch {
      set({ changeCount: 0 });
    }
  },
});
