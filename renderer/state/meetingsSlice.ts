import type { StateCreator } from 'zustand';
import type { AgendaStart } from '../../shared/domain/agendaTemplate';
import type { AgendaItemView, MeetingDetail, MeetingSummary } from '../../shared/domain/meeting';
import type { ImportSummary, SampleName } from '../../shared/domain/packages';
import type { AgendaColumn } from '../../shared/domain/settings';
import type { MeetingStatus } from '../../shared/package/model';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import {
  addItemCommand,
  addSectionCommand,
  agendaColumnCommand,
  deleteItemCommand,
  deleteMeetingCommand,
  deleteSectionCommand,
  itemFieldCommand,
  type MeetingFieldsPatch,
  meetingFieldsCommand,
  moveItemCommand,
  moveSectionCommand,
  renameSectionCommand,
  withdrawItemCommand,
} from './commands';
import type { Store } from './store';

type EditableItemField = 'title' | 'dnr' | 'kind' | 'presenter' | 'public';

export interface MeetingsSlice {
  meetings: MeetingSummary[];
  current: MeetingDetail | null;
  busy: string | null;
  loadMeetings: () => Promise<void>;
  openMeeting: (meetingId: string) => Promise<void>;
  refreshCurrent: () => Promise<void>;
  openSample: (sample: SampleName) => Promise<void>;
  importPackage: () => Promise<void>;
  exportPackage: () => Promise<void>;
  updateItem: <F extends EditableItemField>(itemId: string, field: F, value: AgendaItemView[F]) => Promise<boolean>;
  renameItem: (itemId: string, title: string) => Promise<void>;
  setItemDnr: (itemId: string, dnr: string | null) => Promise<void>;
  /** One step up or down (Alt+↑/↓); past a section's end into the neighbouring section. */
  moveItem: (itemId: string, delta: -1 | 1) => Promise<void>;
  /** To a place (drag and drop). */
  moveItemTo: (itemId: string, sectionId: string, position: number) => Promise<void>;
  addItem: (sectionId: string) => Promise<string | null>;
  deleteItem: (itemId: string) => Promise<void>;
  withdrawItem: (itemId: string, withdrawn: boolean) => Promise<void>;
  addSection: (heading: string | null) => Promise<void>;
  renameSection: (sectionId: string, heading: string | null) => Promise<boolean>;
  moveSection: (sectionId: string, delta: -1 | 1) => Promise<void>;
  deleteSection: (sectionId: string) => Promise<void>;
  createMeeting: (input: {
    committeeId: string;
    date: string;
    startTime: string;
    endTime: string | null;
    place?: string;
    start?: AgendaStart;
  }) => Promise<boolean>;
  deleteMeeting: () => Promise<void>;
  setAgendaColumn: (column: AgendaColumn) => Promise<void>;
  /** Status moves follow the workflow (VersionService); going back needs a reason (recorded). Not undoable: a move is recorded, and going back is its own move. */
  setStatus: (status: MeetingStatus, reason?: string) => Promise<void>;
  updateMeeting: (patch: MeetingFieldsPatch) => Promise<boolean>;
}

export function findItem(meeting: MeetingDetail, itemId: string) {
  for (const section of meeting.sections) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, index, item: section.items[index]! };
  }
  return null;
}

const fieldLabels: Record<EditableItemField, string> = {
  title: 'ändra rubrik',
  dnr: 'ändra diarienummer',
  kind: 'ändra ärendetyp',
  presenter: 'ändra föredragande',
  public: 'ändra offentlighet',
};

export const createMeetingsSlice: StateCreator<Store, [], [], MeetingsSlice> = (set, get) => {
  /** Imports (null: the user cancelled), then lists and opens the new meeting; busy meanwhile. */
  const importAndOpen = async (busy: string, run: () => Promise<ImportSummary | null>) => {
    get().clearMessages();
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

  const withMeeting = () => get().current;

  return {
    meetings: [],
    current: null,
    busy: null,

    loadMeetings: async () => {
      try {
        set({ meetings: await call('meetings:list') });
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    openMeeting: async (meetingId) => {
      get().clearMessages();
      try {
        const meeting = await call('meetings:open', { meetingId });
        set({ current: meeting, view: 'main', versionView: null, changes: null, history: null, reviewOverview: null });
        get().clearHistory();
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
    // A meeting that already exists: replace it, keep both (the copy marked), or cancel.
    importPackage: () =>
      importAndOpen('Mötespaketet importeras…', async () => {
        const result = await call('packages:import');
        if (!result || !('conflict' in result)) return result;
        const { existing } = result;
        set({ busy: null });
        const choice = await get().ask({
          title: sv.reimport.title,
          message: sv.reimport.message(existing.committeeName, existing.date, existing.startTime),
          choices: [
            { id: 'replace', label: sv.reimport.replace, primary: true },
            { id: 'copy', label: sv.reimport.copy },
          ],
        });
        if (choice !== 'replace' && choice !== 'copy') return null;
        set({ busy: 'Mötespaketet importeras…' });
        const done = await call('packages:import', { resolve: { token: result.token, choice } });
        return done && 'conflict' in done ? null : done;
      }),

    exportPackage: async () => {
      const id = get().current?.id;
      if (!id) return;
      get().clearMessages();
      try {
        const result = await call('packages:export', { meetingId: id });
        if (result) get().showNotice(`Mötespaketet sparades: ${result.path}`);
      } catch (error) {
        get().showError(messageOf(error));
      }
    },

    updateItem: async (itemId, field, value) => {
      const meeting = withMeeting();
      const found = meeting && findItem(meeting, itemId);
      if (!meeting || !found) return false;
      if (found.item[field] === value) return true;
      return get().execute(itemFieldCommand(meeting.id, itemId, field, found.item[field], value, fieldLabels[field]));
    },
    renameItem: async (itemId, title) => {
      await get().updateItem(itemId, 'title', title);
    },
    setItemDnr: async (itemId, dnr) => {
      await get().updateItem(itemId, 'dnr', dnr);
    },

    moveItem: async (itemId, delta) => {
      const meeting = withMeeting();
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
      await get().execute(moveItemCommand(meeting.id, itemId, origin, target));
    },

    moveItemTo: async (itemId, sectionId, position) => {
      const meeting = withMeeting();
      const found = meeting && findItem(meeting, itemId);
      if (!meeting || !found) return;
      if (found.section.id === sectionId && found.index === position) return;
      const origin = { sectionId: found.section.id, position: found.index };
      await get().execute(moveItemCommand(meeting.id, itemId, origin, { sectionId, position }));
    },

    addItem: async (sectionId) => {
      const meeting = withMeeting();
      if (!meeting) return null;
      let added: string | null = null;
      const ok = await get().execute(
        addItemCommand(meeting.id, { sectionId, title: sv.meeting.newItemTitle }, (id) => {
          added = id;
        }),
      );
      return ok ? added : null;
    },

    deleteItem: async (itemId) => {
      const meeting = withMeeting();
      if (!meeting || !findItem(meeting, itemId)) return;
      await get().execute(deleteItemCommand(meeting.id, itemId));
    },

    withdrawItem: async (itemId, withdrawn) => {
      const meeting = withMeeting();
      if (!meeting) return;
      await get().execute(withdrawItemCommand(meeting.id, itemId, withdrawn));
    },

    addSection: async (heading) => {
      const meeting = withMeeting();
      if (!meeting) return;
      await get().execute(addSectionCommand(meeting.id, heading));
    },

    renameSection: async (sectionId, heading) => {
      const meeting = withMeeting();
      const section = meeting?.sections.find((s) => s.id === sectionId);
      if (!meeting || !section) return false;
      if (section.heading === heading) return true;
      return get().execute(renameSectionCommand(meeting.id, sectionId, section.heading, heading));
    },

    moveSection: async (sectionId, delta) => {
      const meeting = withMeeting();
      if (!meeting) return;
      const from = meeting.sections.findIndex((s) => s.id === sectionId);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= meeting.sections.length) return;
      await get().execute(moveSectionCommand(meeting.id, sectionId, from, to));
    },

    deleteSection: async (sectionId) => {
      const meeting = withMeeting();
      const index = meeting?.sections.findIndex((s) => s.id === sectionId) ?? -1;
      if (!meeting || index < 0) return;
      const section = meeting.sections[index]!;
      if (meeting.sections.length === 1) {
        get().showError(sv.sections.lastOne);
        return;
      }
      let items: 'delete' | 'move' | undefined;
      if (section.items.length > 0) {
        const neighbour = meeting.sections[index - 1] ?? meeting.sections[index + 1]!;
        const answer = await get().ask({
          title: sv.sections.deleteTitle(section.heading),
          message: sv.sections.deleteMessage(section.items.length),
          choices: [
            { id: 'move', label: sv.sections.moveItemsTo(neighbour.heading), primary: true },
            { id: 'delete', label: sv.sections.deleteItemsToo(section.items.length) },
          ],
        });
        if (answer !== 'move' && answer !== 'delete') return;
        items = answer;
      }
      await get().execute(deleteSectionCommand(meeting.id, sectionId, items));
    },

    createMeeting: async (input) => {
      get().clearMessages();
      try {
        const meeting = await call('meetings:create', input);
        set({ current: meeting });
        get().clearHistory();
        get().resetPreview();
        get().schedulePreview(0);
        await get().loadMeetings();
        return true;
      } catch (error) {
        get().showError(messageOf(error));
        return false;
      }
    },

    deleteMeeting: async () => {
      const meeting = withMeeting();
      if (!meeting) return;
      let referring: { committeeName: string; date: string }[];
      try {
        referring = await call('meetings:references', { meetingId: meeting.id });
      } catch (error) {
        get().showError(messageOf(error));
        return;
      }
      const message = sv.meetingDelete.message(
        meeting.committee.name,
        meeting.date,
        meeting.itemCount,
        meeting.documentCount,
      );
      const answer = await get().ask({
        title: sv.meetingDelete.title,
        message:
          referring.length > 0
            ? `${sv.meetingDelete.referenced(referring.map((r) => `${r.committeeName} ${r.date}`))} ${message}`
            : message,
        choices:
          referring.length > 0
            ? [{ id: 'detach', label: sv.meetingDelete.detach, primary: true }]
            : [{ id: 'delete', label: sv.meetingDelete.confirm, primary: true }],
      });
      if (answer !== 'delete' && answer !== 'detach') return;
      if (await get().execute(deleteMeetingCommand(meeting.id, answer === 'detach'))) {
        get().showNotice(sv.meetingDelete.done);
        await get().loadMeetings();
      }
    },

    setAgendaColumn: async (agendaColumn) => {
      const meeting = withMeeting();
      if (!meeting || meeting.agendaColumn === agendaColumn) return;
      await get().execute(agendaColumnCommand(meeting.id, meeting.agendaColumn, agendaColumn));
    },

    setStatus: async (status, reason) => {
      const meeting = withMeeting();
      if (!meeting || meeting.status === status) return;
      get().clearMessages();
      try {
        const next = await call('meetings:setStatus', {
          meetingId: meeting.id,
          status,
          ...(reason !== undefined ? { reason } : {}),
        });
        set({ current: next });
        get().schedulePreview();
      } catch (error) {
        get().showError(messageOf(error));
        await get().refreshCurrent();
      }
      await get().loadMeetings();
    },

    updateMeeting: async (patch) => {
      const meeting = withMeeting();
      if (!meeting) return false;
      const before: MeetingFieldsPatch = {
        ...(patch.date !== undefined ? { date: meeting.date } : {}),
        ...(patch.startTime !== undefined ? { startTime: meeting.startTime } : {}),
        ...(patch.endTime !== undefined ? { endTime: meeting.endTime } : {}),
        ...(patch.place !== undefined ? { place: meeting.place } : {}),
      };
      const ok = await get().execute(meetingFieldsCommand(meeting.id, before, patch));
      await get().loadMeetings();
      return ok;
    },
  };
};
