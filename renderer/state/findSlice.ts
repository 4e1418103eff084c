import type { StateCreator } from 'zustand';
import type { AgendaItemView, MeetingDetail } from '../../shared/domain/meeting';
import type { Store } from './store';

/**
 * Sök (Ctrl+F) in the open meeting: the items whose number, title, dnr, föredragande or
 * document titles contain the text. Enter goes to the next match (selects the item, scrolls
 * the agenda and the preview to it), Shift+Enter to the previous.
 */
export interface FindSlice {
  findOpen: boolean;
  findQuery: string;
  /** Index in the current matches of the one shown last; -1 before the first. */
  findIndex: number;
  /** Bumped by each Ctrl+F so the field takes the focus again. */
  findFocusTick: number;
  openFind: () => void;
  closeFind: () => void;
  setFindQuery: (query: string) => void;
  findStep: (direction: 1 | -1) => void;
}

const fold = (s: string) => s.toLocaleLowerCase('sv-SE').normalize('NFC');

/** The items that contain the query, in agenda order. Pure; also used by the find bar's count. */
export function findMatches(meeting: MeetingDetail | null, query: string): AgendaItemView[] {
  const q = fold(query.trim());
  if (!meeting || q === '') return [];
  return meeting.sections
    .flatMap((s) => s.items)
    .filter((item) =>
      fold(
        [
          String(item.number),
          item.title,
          item.dnr ?? '',
          item.presenter ?? '',
          ...item.documents.map((d) => d.title),
        ].join('\n'),
      ).includes(q),
    );
}

export const createFindSlice: StateCreator<Store, [], [], FindSlice> = (set, get) => ({
  findOpen: false,
  findQuery: '',
  findIndex: -1,
  findFocusTick: 0,
  openFind: () => set((s) => ({ findOpen: true, findFocusTick: s.findFocusTick + 1 })),
  closeFind: () => set({ findOpen: false, findIndex: -1 }),
  setFindQuery: (findQuery) => set({ findQuery, findIndex: -1 }),
  findStep: (direction) => {
    const matches = findMatches(get().current, get().findQuery);
    if (matches.length === 0) return;
    const at = get().findIndex;
    const next =
      at < 0 ? (direction === 1 ? 0 : matches.length - 1) : (at + direction + matches.length) % matches.length;
    const item = matches[next]!;
    set({ findIndex: next });
    get().selectItem(item.id);
    get().showItemInPreview(item.number);
    document.querySelector(`[data-testid="item-${item.number}"]`)?.scrollIntoView({ block: 'center' });
  },
});
