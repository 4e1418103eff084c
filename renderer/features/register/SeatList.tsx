import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { MembershipCategory } from '../../../shared/package/model';
import type { SeatView } from '../../../shared/register/model';
import { categoryHeadings, categoryOrder } from '../../../shared/register/vocabulary';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { EndSeatForm, SeatForm } from './SeatForm';

const t = sv.register;

/** Is the seat current on the date (both ends inclusive)? */
const currentOn = (s: SeatView, date: string) =>
  (!s.validFrom || s.validFrom <= date) && (!s.validTo || date <= s.validTo);

function SeatRow({
  seat,
  date,
  onMove,
}: {
  seat: SeatView;
  date: string;
  onMove: (seatId: string, delta: -1 | 1) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: seat.id });
  const showPerson = useStore((s) => s.showPerson);
  const [mode, setMode] = useState<'view' | 'edit' | 'end'>('view');
  const current = currentOn(seat, date);
  const ended = seat.validTo !== null && seat.validTo < date;
  const style = { transform: CSS.Transform.toString(transform), transition };

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      e.stopPropagation();
      onMove(seat.id, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    listeners?.onKeyDown?.(e);
  };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`seat${current ? '' : ' seat-inactive'}${isDragging ? ' dragging' : ''}`}
      data-testid="seat"
    >
      <div className="seat-line">
        <button
          type="button"
          className="drag-handle"
          aria-label={t.moveHandle(seat.line)}
          {...attributes}
          {...listeners}
          onKeyDown={onHandleKey}
        >
          ⠿
        </button>
        <span className="seat-text">
          {seat.personId ? (
            <button type="button" className="link-button" onClick={() => void showPerson(seat.personId)}>
              {seat.line}
            </button>
          ) : (
            seat.line
          )}
        </span>
        <span className="seat-period">
          {ended
            ? t.ended(seat.validTo!)
            : !current && seat.validFrom
              ? t.notYet(seat.validFrom)
              : seat.validFrom || seat.validTo
                ? t.period(seat.validFrom, seat.validTo)
                : ''}
        </span>
        <span className="seat-actions">
          <button type="button" className="small" aria-label={`${t.edit} ${seat.line}`} onClick={() => setMode('edit')}>
            {t.edit}
          </button>
          {ended ? null : (
            <button type="button" className="small" aria-label={`${t.end} ${seat.line}`} onClick={() => setMode('end')}>
              {t.end}
            </button>
          )}
        </span>
      </div>
      {mode === 'edit' ? <SeatForm seat={seat} onDone={() => setMode('view')} /> : null}
      {mode === 'end' ? <EndSeatForm seat={seat} onDone={() => setMode('view')} /> : null}
    </li>
  );
}

/**
 * The register grouped as it prints. Seats reorder within their category by drag and drop,
 * by dnd-kit's keyboard sensor (space, arrows, space) or by Alt+↑/↓ on the handle.
 */
export function SeatList({ showHistory }: { showHistory: boolean }) {
  const register = useStore((s) => s.register);
  const date = useStore((s) => s.registerDate);
  const reorderSeats = useStore((s) => s.reorderSeats);
  const [adding, setAdding] = useState<MembershipCategory | null>(null);
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  if (!register) return null;

  const all = [...register.seats].sort((a, b) => a.sortOrder - b.sortOrder);
  const visible = (category: MembershipCategory) =>
    all.filter((s) => s.category === category && (showHistory || !(s.validTo !== null && s.validTo < date)));
  const lineOf = (id: UniqueIdentifier) => all.find((s) => s.id === id)?.line ?? '';
  const positionIn = (id: UniqueIdentifier) => {
    const seat = all.find((s) => s.id === id);
    const list = seat ? visible(seat.category) : [];
    return { position: list.findIndex((s) => s.id === id) + 1, total: list.length };
  };

  /** Moves `seatId` to `toIndex` among the visible seats of its category; the rest keep their places. */
  const moveTo = (seatId: string, toIndex: number) => {
    const seat = all.find((s) => s.id === seatId);
    if (!seat) return;
    const list = visible(seat.category);
    const from = list.findIndex((s) => s.id === seatId);
    if (from < 0 || toIndex < 0 || toIndex >= list.length || toIndex === from) return;
    const slots = list.map((s) => all.indexOf(s));
    const moved = arrayMove(list, from, toIndex);
    const next = [...all];
    slots.forEach((slot, k) => {
      next[slot] = moved[k]!;
    });
    void reorderSeats(next.map((s) => s.id));
  };
  const onMove = (seatId: string, delta: -1 | 1) => {
    const seat = all.find((s) => s.id === seatId);
    if (!seat) return;
    moveTo(seatId, visible(seat.category).findIndex((s) => s.id === seatId) + delta);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const overSeat = all.find((s) => s.id === over.id);
    const activeSeat = all.find((s) => s.id === active.id);
    if (!overSeat || !activeSeat || overSeat.category !== activeSeat.category) return;
    moveTo(
      String(active.id),
      visible(overSeat.category).findIndex((s) => s.id === over.id),
    );
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t.announcements.start(lineOf(active.id));
    },
    onDragOver: ({ active, over }) => {
      // The first "over" is the seat itself; keep the pick-up announcement until it moves.
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      const { position, total } = positionIn(over.id);
      return t.announcements.over(lineOf(active.id), position, total);
    },
    onDragEnd: ({ active, over }) => {
      if (!over) return t.announcements.cancel(lineOf(active.id));
      const { position, total } = positionIn(over.id);
      return t.announcements.end(lineOf(active.id), position, total);
    },
    onDragCancel: ({ active }) => t.announcements.cancel(lineOf(active.id)),
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.announcements.instructions } }}
    >
      {categoryOrder.map((category) => {
        const seats = visible(category);
        return (
          <section key={category} className="seat-group" aria-labelledby={`cat-${category}`} data-category={category}>
            <div className="seat-group-header">
              <h4 id={`cat-${category}`}>
                {categoryHeadings[category]} <span className="muted count">{t.seats(seats.length)}</span>
              </h4>
              <button
                type="button"
                className="small"
                aria-label={`${t.addSeat} (${categoryHeadings[category]})`}
                onClick={() => setAdding(category)}
              >
                + {t.addSeat}
              </button>
            </div>
            {adding === category ? <SeatForm category={category} onDone={() => setAdding(null)} /> : null}
            {seats.length === 0 ? <p className="muted empty-category">{t.emptyCategory}</p> : null}
            <SortableContext items={seats.map((s) => s.id)} strategy={verticalListSortingStrategy}>
              <ul className="seats">
                {seats.map((seat) => (
                  <SeatRow key={seat.id} seat={seat} date={date} onMove={onMove} />
                ))}
              </ul>
            </SortableContext>
          </section>
        );
      })}
    </DndContext>
  );
}
