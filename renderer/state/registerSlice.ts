import type { StateCreator } from 'zustand';
import type { MemberGroup, MembershipCategory } from '../../shared/package/model';
import type {
  CommitteeInfo,
  ImportPreview,
  PersonSeats,
  PersonSummary,
  PrintedLines,
  RegisterDetail,
  RegisterOverview,
  SeatFields,
  SheetSource,
} from '../../shared/register/model';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

/** Today as YYYY-MM-DD in local time (the register's default date). */
export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The register screen's data; only this slice calls the register channels. */
export interface RegisterSlice {
  overview: RegisterOverview | null;
  registerId: string | null;
  register: RegisterDetail | null;
  registerDate: string;
  printed: PrintedLines | null;
  people: PersonSummary[];
  person: PersonSeats | null;
  importPreview: ImportPreview | null;
  openRegister: (committeeId?: string) => Promise<void>;
  loadOverview: () => Promise<void>;
  selectCommittee: (committeeId: string | null) => Promise<void>;
  createCommittee: (input: {
    name: string;
    shortName: string;
    organisationName?: string;
    parentId?: string;
  }) => Promise<CommitteeInfo | null>;
  updateCommittee: (patch: {
    name?: string;
    shortName?: string;
    presidiumName?: string;
    archived?: boolean;
  }) => Promise<void>;
  setRegisterDate: (date: string) => Promise<void>;
  addSeat: (seat: SeatFields) => Promise<boolean>;
  updateSeat: (membershipId: string, seat: SeatFields) => Promise<boolean>;
  endSeat: (membershipId: string, validTo: string) => Promise<boolean>;
  reorderSeats: (order: string[]) => Promise<void>;
  showPerson: (personId: string | null) => Promise<void>;
  previewImport: (source: SheetSource) => Promise<void>;
  clearImport: () => void;
  commitImport: (source: SheetSource) => Promise<boolean>;
  addGuest: (guest: {
    name: string;
    category: MembershipCategory;
    group: MemberGroup;
    title: string;
  }) => Promise<boolean>;
  removeGuest: (guestId: string) => Promise<void>;
}

export const createRegisterSlice: StateCreator<Store, [], [], RegisterSlice> = (set, get) => {
  /** Runs a call; on failure shows main's Swedish message and answers null. */
  const attempt = async <T>(run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      get().showError(messageOf(error));
      return null;
    }
  };

  const refreshPrinted = async () => {
    const id = get().registerId;
    if (!id) return set({ printed: null });
    const printed = await attempt(() => call('register:printed', { committeeId: id, date: get().registerDate }));
    if (printed) set({ printed });
  };

  /** A register mutation's answer replaces the register; the overview, people and preview follow. */
  const applyRegister = async (register: RegisterDetail | null): Promise<boolean> => {
    if (!register) return false;
    get().clearError();
    set({ register });
    await Promise.all([refreshPrinted(), get().loadOverview()]);
    const people = await attempt(() => call('register:people'));
    if (people) set({ people });
    return true;
  };

  return {
    overview: null,
    registerId: null,
    register: null,
    registerDate: todayIso(),
    printed: null,
    people: [],
    person: null,
    importPreview: null,

    openRegister: async (committeeId) => {
      set({ view: 'register', importPreview: null, person: null });
      await get().loadOverview();
      const first = committeeId ?? get().registerId ?? get().overview?.committees.find((c) => !c.archivedAt)?.id;
      await get().selectCommittee(first ?? null);
      const people = await attempt(() => call('register:people'));
      if (people) set({ people });
    },

    loadOverview: async () => {
      const overview = await attempt(() => call('register:overview'));
      if (overview) set({ overview });
    },

    selectCommittee: async (committeeId) => {
      set({ registerId: committeeId, register: null, printed: null, importPreview: null, person: null });
      if (!committeeId) return;
      const register = await attempt(() => call('register:get', { committeeId }));
      if (register && get().registerId === committeeId) {
        set({ register });
        await refreshPrinted();
      }
    },

    createCommittee: async (input) => {
      const created = await attempt(() =>
        call('register:createCommittee', {
          name: input.name,
          shortName: input.shortName,
          ...(input.parentId ? { parentId: input.parentId } : {}),
          ...(input.organisationName ? { organisationName: input.organisationName } : {}),
        }),
      );
      if (!created) return null;
      get().clearError();
      await get().loadOverview();
      await get().selectCommittee(created.id);
      return created;
    },

    updateCommittee: async (patch) => {
      const id = get().registerId;
      if (!id) return;
      const updated = await attempt(() => call('register:updateCommittee', { committeeId: id, patch }));
      if (!updated) return;
      get().clearError();
      const register = get().register;
      if (register) set({ register: { ...register, committee: updated } });
      await get().loadOverview();
    },

    setRegisterDate: async (date) => {
      set({ registerDate: date });
      if (/^\d{4}-\d{2}-\d{2}$/.test(date)) await refreshPrinted();
    },

    addSeat: async (seat) => {
      const id = get().registerId;
      if (!id) return false;
      return applyRegister(await attempt(() => call('register:addSeat', { committeeId: id, seat })));
    },

    updateSeat: async (membershipId, seat) =>
      applyRegister(await attempt(() => call('register:updateSeat', { membershipId, seat }))),

    endSeat: async (membershipId, validTo) =>
      applyRegister(await attempt(() => call('register:endSeat', { membershipId, validTo }))),

    reorderSeats: async (order) => {
      const id = get().registerId;
      const register = get().register;
      if (!id || !register) return;
      // Show the new order at once; main's answer (or a refetch on refusal) settles it.
      const byId = new Map(register.seats.map((s) => [s.id, s]));
      set({
        register: {
          ...register,
          seats: order.flatMap((seatId, i) => {
            const seat = byId.get(seatId);
            return seat ? [{ ...seat, sortOrder: i }] : [];
          }),
        },
      });
      const answer = await attempt(() => call('register:reorder', { committeeId: id, order }));
      if (answer) await applyRegister(answer);
      else await get().selectCommittee(id);
    },

    showPerson: async (personId) => {
      if (!personId) return set({ person: null });
      const person = await attempt(() => call('register:person', { personId }));
      if (person) set({ person });
    },

    previewImport: async (source) => {
      const id = get().registerId;
      if (!id) return;
      const preview = await attempt(() => call('register:previewImport', { committeeId: id, source }));
      set({ importPreview: preview });
    },

    clearImport: () => set({ importPreview: null }),

    commitImport: async (source) => {
      const id = get().registerId;
      if (!id) return false;
      const done = await attempt(() => call('register:commitImport', { committeeId: id, source }));
      if (!done) return false;
      await applyRegister(done.register);
      set({ importPreview: null });
      get().showNotice(sv.register.added(done.added));
      return true;
    },

    addGuest: async (guest) => {
      const meeting = get().current;
      if (!meeting) return false;
      const updated = await attempt(() =>
        call('meetings:addGuest', {
          meetingId: meeting.id,
          name: guest.name,
          category: guest.category,
          group: guest.group,
          title: guest.title,
        }),
      );
      if (!updated) return false;
      get().clearError();
      set({ current: updated });
      get().schedulePreview();
      return true;
    },

    removeGuest: async (guestId) => {
      const meeting = get().current;
      if (!meeting) return;
      const updated = await attempt(() => call('meetings:removeGuest', { meetingId: meeting.id, guestId }));
      if (updated) {
        set({ current: updated });
        get().schedulePreview();
      }
    },
  };
};
