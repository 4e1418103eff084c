import type { StateCreator } from 'zustand';
import type { MenuCommand } from '../../shared/menu';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

/** Commands from the native menu and the keyboard (shared/menu.ts), and files opened from the OS. */
export interface ShellSlice {
  runCommand: (command: MenuCommand) => Promise<void>;
  /** Opens what main imported from files the OS handed it (double-click on a .kallelse file). */
  openFromOs: () => Promise<void>;
}

export const createShellSlice: StateCreator<Store, [], [], ShellSlice> = (_set, get) => {
  /** Runs a command that needs an open meeting, or says what to do first. */
  const withMeeting = async (run: (s: Store) => unknown) => {
    const s = get();
    if (!s.current) s.showNotice(sv.shell.openMeetingFirst);
    else await run(s);
  };

  /** With the protokoll open (and created), Ctrl+E and Ctrl+P mean the protokoll, not the kallelse. */
  const protokollShown = (m: Store) => m.protokollMeetingId === m.current?.id && m.protokollDraft !== null;

  return {
    runCommand: async (command) => {
      const s = get();
      switch (command) {
        case 'meeting:new':
          return s.openNewMeeting();
        case 'package:import':
          return s.importPackage();
        case 'pdf:export':
          return withMeeting((m) => (protokollShown(m) ? m.exportProtokoll('protokoll') : m.exportPdf()));
        case 'package:export':
          return withMeeting((m) => m.exportPackage());
        case 'print':
          return withMeeting((m) => (protokollShown(m) ? m.printProtokoll('protokoll') : m.printPdf()));
        case 'undo':
          return s.undo();
        case 'redo':
          return s.redo();
        case 'find':
          return withMeeting((m) => m.openFind());
        case 'item:add':
          return withMeeting(async (m) => {
            const last = m.current?.sections.at(-1);
            if (last) await m.addItem(last.id);
          });
        case 'preview:refresh':
          return withMeeting((m) => m.schedulePreview(0));
        case 'settings:open':
          return s.openSettings();
        case 'help:about':
          return s.showNotice(sv.shell.about(s.info?.version ?? ''));
      }
    },

    openFromOs: async () => {
      try {
        const opened = await call('shell:takeOpened');
        const failed = opened.flatMap((o) => ('error' in o ? [sv.shell.openFailed(fileName(o.file), o.error)] : []));
        const review = opened.flatMap((o) => ('reviewSessionId' in o ? [o.reviewSessionId] : [])).at(-1);
        const last = opened.flatMap((o) => ('meetingId' in o ? [o.meetingId] : [])).at(-1);
        if (last) {
          await get().loadMeetings();
          await get().openMeeting(last);
        }
        // A review copy takes the whole window in review mode (the presidium member's laptop).
        if (review) await get().enterReviewSession(review);
        if (failed.length) get().showError(failed.join(' '));
      } catch (error) {
        get().showError(messageOf(error));
      }
    },
  };
};

const fileName = (file: string) => file.split(/[\\/]/).at(-1) ?? file;
