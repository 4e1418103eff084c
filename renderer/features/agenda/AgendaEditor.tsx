import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { memo, useEffect, useMemo, useState } from 'react';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { SectionBlock } from './SectionBlock';

/** Where a dragged item lands: before the item it is over, or last in the section it is over. */
export function dropTarget(meeting: MeetingDetail, activeId: string, overId: string) {
  for (const section of meeting.sections) {
    if (`section:${section.id}` === overId) {
      const own = section.items.some((i) => i.id === activeId);
      return { sectionId: section.id, position: section.items.length - (own ? 1 : 0) };
    }
    const index = section.items.findIndex((i) => i.id === overId);
    if (index >= 0) return { sectionId: section.id, position: index };
  }
  return null;
}

/**
 * The agenda: sections with their items. Items are dragged within and across sections with
 * dnd-kit (pointer, and keyboard: Space/Enter lifts, arrows move, Space drops, Escape cancels),
 * with Swedish screen-reader announcements. Each drop is one undoable move. Memoised: the meeting
 * view around it re-renders for its own state (an export starting), and a 160-item agenda drawn
 * again for that held the window for over 100 ms.
 */
export const AgendaEditor = memo(function AgendaEditor({ meeting }: { meeting: MeetingDetail }) {
  const moveItemTo = useStore((s) => s.moveItemTo);
  const addSection = useStore((s) => s.addSection);
  // Only the items' page ranges, as one string: a preview that moves no page (a title edit) leaves
  // the agenda as it is instead of drawing it again while the new pages load.
  const ranges = useStore((s) =>
    (s.preview?.items ?? [])
      .flatMap((i) => (i.firstPage !== null && i.lastPage !== null ? [`${i.number}:${i.firstPage}:${i.lastPage}`] : []))
      .join(' '),
  );
  const [focusItemId, setFocusItemId] = useState<string | null>(null);
  // A new item's title takes focus once; a later remount (undo, a move) must not steal focus.
  useEffect(() => {
    if (focusItemId) setFocusItemId(null);
  }, [focusItemId]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const items = meeting.sections.flatMap((s) => s.items);
  const titleOf = (id: string | number) => {
    const key = String(id);
    if (key.startsWith('section:')) {
      const section = meeting.sections.find((s) => `section:${s.id}` === key);
      return section ? (section.heading ?? sv.sections.noHeading) : '';
    }
    return items.find((i) => i.id === key)?.title ?? '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => sv.dnd.pickedUp(titleOf(active.id)),
    onDragOver: ({ active, over }) =>
      over
        ? String(over.id).startsWith('section:')
          ? sv.dnd.overSection(titleOf(active.id), titleOf(over.id))
          : sv.dnd.over(titleOf(active.id), titleOf(over.id))
        : undefined,
    onDragEnd: ({ active }) => sv.dnd.dropped(titleOf(active.id)),
    onDragCancel: ({ active }) => sv.dnd.cancelled(titleOf(active.id)),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const target = dropTarget(meeting, String(active.id), String(over.id));
    if (target) void moveItemTo(String(active.id), target.sectionId, target.position);
  };

  const pagesOf = useMemo(
    () =>
      new Map(
        (ranges ? ranges.split(' ') : []).map((r) => {
          const [n, firstPage, lastPage] = r.split(':').map(Number) as [number, number, number];
          return [n, { firstPage, lastPage }] as const;
        }),
      ),
    [ranges],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: sv.dnd.instructions } }}
    >
      {meeting.sections.map((section, index) => (
        <SectionBlock
          key={section.id}
          meeting={meeting}
          section={section}
          index={index}
          pagesOf={pagesOf}
          focusItemId={focusItemId}
          onAdded={setFocusItemId}
        />
      ))}
      <button type="button" className="add-section" onClick={() => void addSection(sv.sections.newHeading)}>
        + {sv.sections.add}
      </button>
    </DndContext>
  );
});
