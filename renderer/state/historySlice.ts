import type { StateCreator } from 'zustand';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Command } from './commands';
import type { Store } from './store';

/** Undo reaches this many steps back. */
export const HISTORY_LIMIT = 100;

/**
 * Undo and redo over the whole meeting: every edit is a Command (commands.ts). Edits, undos
 * and redos run one at a time in order (a queue), so quick Ctrl+Z presses never interleave.
 * A step that main refuses stays where it was — nothing is lost — and the meeting is
 * reloaded, so the screen always shows what the database holds.
 */
export interface HistorySlice {
  past: Command[];
  future: Command[];
  /** Meetings whose sent kallelse the user has agreed to change (asked once per meeting). */
  sentEditsConfirmed: string[];
  execute: (command: Command) => Promise<boolean>;
  /** Keeps an edit already done in main (a file dialog, a drop) so that it can be undone. */
  record: (command: Command) => void;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  clearHistory: () => void;
}

export const createHistorySlice: StateCreator<Store, [], [], HistorySlice> = (set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => {});
    return next;
  };

  /** Once the kallelse is sent, the first change asks; the answer holds for the meeting. */
  const mayChange = async (command: Command): Promise<boolean> => {
    const { meetingId } = command;
    if (command.kallelse === false) return true;
    const current = get().current;
    if (!current || current.id !== meetingId || !current.numbersFrozen) return true;
    if (get().sentEditsConfirmed.includes(meetingId)) return true;
    const answer = await get().ask({
      title: sv.sent.askTitle,
      message: sv.sent.askMessage,
      choices: [{ id: 'yes', label: sv.sent.askYes, primary: true }],
    });
    if (answer !== 'yes') return false;
    set((s) => ({ sentEditsConfirmed: [...s.sentEditsConfirmed, meetingId] }));
    return true;
  };

  /** `undone`: after an undo or redo, an open document editor follows (reloads or closes). */
  const apply = (meeting: MeetingDetail | null, meetingId: string, undone = false) => {
    // Main has the edit: the preview is asked for first, then the screen updates while it renders.
    const shown = meeting !== null && get().current?.id === meetingId;
    if (shown) get().schedulePreview('now');
    if (meeting) set({ current: meeting });
    else if (get().current?.id === meetingId) set({ current: null });
    if (undone) get().syncEditor(meeting);
    if (!shown) get().schedulePreview();
  };

  const recover = async (error: unknown) => {
    get().showError(messageOf(error));
    await get().refreshCurrent();
  };

  /** Undo takes the last done command back; redo runs the last undone one again. */
  const step = (direction: 'undo' | 'redo') => {
    // A protokoll edit still waiting for its save is saved first, so undo takes back that edit.
    void get().flushProtokoll();
    const undo = direction === 'undo';
    return enqueue(async () => {
      const command = (undo ? get().past : get().future).at(-1);
      if (!command) return;
      get().clearMessages();
      if (!(await mayChange(command))) return;
      try {
        apply(await (undo ? command.revert() : command.run()), command.meetingId, true);
        set((s) =>
          undo
            ? { past: s.past.slice(0, -1), future: [...s.future, command] }
            : { future: s.future.slice(0, -1), past: [...s.past, command] },
        );
        get().showNotice(undo ? sv.history.undone(command.label) : sv.history.redone(command.label));
      } catch (error) {
        await recover(error);
      }
    });
  };

  return {
    past: [],
    future: [],
    sentEditsConfirmed: [],

    execute: (command) =>
      enqueue(async () => {
        get().clearMessages();
        if (!(await mayChange(command))) return false;
        try {
          apply(await command.run(), command.meetingId);
          set((s) => ({ past: [...s.past, command].slice(-HISTORY_LIMIT), future: [] }));
          return true;
        } catch (error) {
          await recover(error);
          return false;
        }
      }),

    record: (command) => set((s) => ({ past: [...s.past, command].slice(-HISTORY_LIMIT), future: [] })),

    undo: () => step('undo'),
    redo: () => step('redo'),

    clearHistory: () => set({ past: [], future: [] }),
  };
};
