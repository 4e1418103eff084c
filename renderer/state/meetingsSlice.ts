import type { StateCreator } from 'zustand';
import type { AgendaItemView, MeetingDetail, MeetingSummary } from '../../shared/domain/meeting';
import type { ImportSummary, SampleName } from '../../shared/domain/packages';
import type { AgendaColumn } from '../../shared/domain/settings';
import type { MeetingStatus } from '../../shared/package/model';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

/** An agenda edit that can be undone: the call that reverses it. */
interface UndoEntry {
  label: string;
  undo: () => Promise<MeetingDetail>;
}

export interface MeetingsSlice {
  meetings: MeetingSummary[];
  current: MeetingDetail | null;
  busy: string | null;
  undoStack: UndoEntry[];
  loadMeetings: () => Promise<void>;
  openMeeting: (meetingId: string) => Promise<void>;
  refreshCurrent: () => Promise<void>;
  openSample: (sample: SampleName) => Promise<void>;
  importPackage: () => Promise<void>;
  exportPackage: () => Promise<void>;
  renameItem: (itemId: string, title: string) => Promise<void>;
  setItemDnr: (itemId: string, dnr: string | null) => Promise<void>;
  moveItem: (itemId: string, delta: -1 | 1) => Promise<void>;
  addItem: (sectionId: string) => Promise<string | null>;
  deleteItem: (itemId: string) => Promise<void>;
  createMeeting: (input: {
    committeeId: string;
    date: string;
    startTime: string;
    endTime: string | null;
    place?: string;
  }) => Promise<boolean>;
  setAgendaColumn: (column: AgendaColumn) => Promise<void>;
  /** Going back needs a reason (recorded). */
  setStatus: (status: MeetingStatus, reason?: string) => Promise<void>;
  updateMeeting: (patch: {
    date?: string;
    startTime?: string;
    endTime?: string | null;
    place?: string;
  }) => Promise<void>;
  undo: () => Promise<void>;
}

function findItem(meeting: MeetingDetail, itemId: string) {
  for (const section of meeting.sections) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, index, item: section.items[index]! };
  }
  return null;
}

export const createMeetingsSlice: StateCreator<Store, [], [], MeetingsSlice> = (set, get) => {
  /** Runs a mutation that answers with the meeting; shows errors; keeps an undo entry. */
  const mutate = async (run: () => Promise<MeetingDetail>, undo?: UndoEntry) => {
    try {
      const meeting = await run();
      set((s) => ({ current: meeting, undoStack: undo ? [...s.undoStack.slice(-49), undo] : s.undoStack }));
      get().schedulePreview();
    } catch (error) {
      get().showError(messageOf(error));
      await get().refreshCurrent();
    }
  };

  /** Imports (null: the user cancelled), then lists and opens the new meeting; busy meanwhile. */
  const importAndOpen = async (busy: string, run: () => Promise<ImportSummary | null>) => {
    set({ busy });
    try {
      const summary = await run();
      if (summary) {
        await get().loadMeetings();
        await get().openMeeting(summary.meetingId);
        if (summary.cleaned.length > 0) {
          get().showNotice(sv.hostile.cleaned(summary.cleaned));
        }
      }
    } catch (error) {
      get().showError(messageOf(error));
    } finally {
      set({ busy: null });
    }
  };

  /** One field of one item, with an undo entry that puts the old value back. */
  const updateItemField = async <F extends 'title' | 'dnr'>(
    itemId: string,
    field: F,
    value: AgendaItemView[F],
    label: string,
  ) => {
    const found = get().current && findItem(get().current!, itemId);
    if (!found || found.item[field] === value) return;
    const before = found.item[field];
    await mutate(() => call('items:update', { itemId, patch: { [field]: value } }), {
      label,
      undo: () => call('items:update', { itemId, patch: { [field]: before } }),
    });
  };

  return {
    meetings: [],
    current: null,
    busy: null,
    undoStack: [],

    loadMeetings: async () => {
      try {
        set({ meetings: await call('meetings:list') });
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    openMeeting: async (meetingId) => {
      try {
        const meeting = await call('meetings:open', { meetingId });
        set({ current: meeting, undoStack: [], versionView: null, changes: null, history: null, reviewOverview: null });
        get().resetPreview();
        get().schedulePreview(0);
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    refreshCurrent: async () => {
      const id = get().current?.id;
      if (!id) return;
      try {
        set({ current: await call('meetings:get', { meetingId: id }) });
      } catch {
        set({ current: null });
      }
    },

    openSample: (sample) => importAndOpen('Exempelmötet importeras…', () => call('samples:open', { sample })),
    importPackage: () => importAndOpen('Mötespaketet importeras…', () => call('packages:import')),

    exportPackage: async () => {
      const id = get().current?.id;
      if (!id) return;
      try {
        const result = await call('packages:export', { meetingId: id });
        if (result) get().showNotice(`Mötespaketet sparades: ${result.path}`);
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    renameItem: (itemId, title) => updateItemField(itemId, 'title', title, 'Ändra rubrik'),
    setItemDnr: (itemId, dnr) => updateItemField(itemId, 'dnr', dnr, 'Ändra diarienummer'),

    moveItem: async (itemId, delta) => {
      const meeting = get().current;
      const found = meeting && findItem(meeting, itemId);
      if (!meeting || !found) return;
      const sectionIndex = meeting.sections.indexOf(found.section);
      let target = { sectionId: found.section.id, position: found.index + delta };
      // Past either end of a section, the item moves into the neighbouring section.
      if (target.position < 0 || target.position >= found.section.items.length) {
        const neighbour = meeting.sections[sectionIndex + delta];
        if (!neighbour) return;
        target = { sectionId: neighbour.id, position: delta < 0 ? neighbour.items.length : 0 };
      }
      const origin = { sectionId: found.section.id, position: found.index };
      await mutate(() => call('items:move', { itemId, ...target }), {
        label: 'Flytta ärende',
        undo: () => call('items:move', { itemId, ...origin }),
      });
    },

    addItem: async (sectionId) => {
      try {
        const { itemId, meeting } = await call('items:add', { sectionId, title: 'Nytt ärende' });
        set((s) => ({
          current: meeting,
          undoStack: [
            ...s.undoStack.slice(-49),
            { label: 'Lägg till ärende', undo: () => call('items:delete', { itemId }) },
          ],
        }));
        get().schedulePreview();
        return itemId;
      } catch (error) {
        get().showError(messageOf(error));
        return null;
      }
    },

    deleteItem: async (itemId) => {
      const found = get().current && findItem(get().current!, itemId);
      if (!found) return;
      const { item, section, index } = found;
      // An item with documents cannot be rebuilt by undo, so it is confirmed instead.
      if (
        item.documents.length > 0 &&
        !window.confirm(
          `Ta bort ärende ${item.number} ”${item.title}” och dess ${item.documents.length} handlingar? Det går inte att ångra.`,
        )
      ) {
        return;
      }
      const undo =
        item.documents.length === 0
          ? {
              label: 'Ta bort ärende',
              undo: async () =>
                (
                  await call('items:add', {
                    sectionId: section.id,
                    position: index,
                    title: item.title,
                    dnr: item.dnr,
                    kind: item.kind,
                    presenter: item.presenter,
                    public: item.public,
                  })
                ).meeting,
            }
          : undefined;
      await mutate(() => call('items:delete', { itemId }), undo);
    },

    createMeeting: async (input) => {
      try {
        const meeting = await call('meetings:create', input);
        set({ current: meeting, undoStack: [] });
        get().resetPreview();
        get().schedulePreview(0);
        await get().loadMeetings();
        return true;
      } catch (error) {
        get().showError(messageOf(error));
        return false;
      }
    },

    setAgendaColumn: async (agendaColumn) => {
      const meeting = get().current;
      if (!meeting || meeting.agendaColumn === agendaColumn) return;
      const before = meeting.agendaColumn;
      await mutate(() => call('meetings:setAgendaColumn', { meetingId: meeting.id, agendaColumn }), {
        label: 'Ändra högerkolumn',
        undo: () => call('meetings:setAgendaColumn', { meetingId: meeting.id, agendaColumn: before }),
      });
    },

    setStatus: async (status, reason) => {
      const meeting = get().current;
      if (!meeting || meeting.status === status) return;
      await mutate(() =>
        call('meetings:setStatus', { meetingId: meeting.id, status, ...(reason !== undefined ? { reason } : {}) }),
      );
      await get().loadMeetings();
    },

    updateMeeting: async (patch) => {
      const meeting = get().current;
      if (!meeting) return;
      const before = {
        ...(patch.date !== undefined ? { date: meeting.date } : {}),
        ...(patch.startTime !== undefined ? { startTime: meeting.startTime } : {}),
        ...(patch.endTime !== undefined ? { endTime: meeting.endTime } : {}),
        ...(patch.place !== undefined ? { place: meeting.place } : {}),
      };
      await mutate(() => call('meetings:update', { meetingId: meeting.id, patch }), {
        label: 'Ändra mötesuppgifter',
        undo: () => call('meetings:update', { meetingId: meeting.id, patch: before }),
      });
      await get().loadMeetings();
    },

    undo: async () => {
      const entry = get().undoStack.at(-1);
      if (!entry) return;
      set((s) => ({ undoStack: s.undoStack.slice(0, -1) }));
      try {
        set({ current: await entry.undo() });
        get().showNotice(`Ångrade: ${entry.label}`);
        get().schedulePreview();
      } catch (error) {
        get().showError(messageOf(error));
      }
    },
  };
};
