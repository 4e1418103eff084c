import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { AgendaSectionView, MeetingDetail } from '../../../shared/domain/meeting';
import { cleanTitle } from '../../../shared/domain/text';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { AgendaItemRow } from '../AgendaItemRow';
import { InlineField } from '../InlineField';

/** One section: its heading (editable; empty = no heading), order and delete, its items, add item. */
export function SectionBlock(props: {
  meeting: MeetingDetail;
  section: AgendaSectionView;
  index: number;
  pagesOf: Map<number, { firstPage: number; lastPage: number }>;
  focusItemId: string | null;
  onAdded: (itemId: string | null) => void;
}) {
  const { meeting, section, index } = props;
  const renameSection = useStore((s) => s.renameSection);
  const moveSection = useStore((s) => s.moveSection);
  const deleteSection = useStore((s) => s.deleteSection);
  const addItem = useStore((s) => s.addItem);
  const { setNodeRef, isOver } = useDroppable({ id: `section:${section.id}`, disabled: meeting.numbersFrozen });
  const n = index + 1;
  const frozen = meeting.numbersFrozen;
  const last = index === meeting.sections.length - 1;

  return (
    <section className={isOver ? 'agenda-section over' : 'agenda-section'} data-testid={`section-${n}`}>
      <div className="section-header">
        <InlineField
          className="section-heading"
          label={sv.sections.heading(n)}
          placeholder={sv.sections.noHeading}
          value={section.heading ?? ''}
          onSave={(h) => renameSection(section.id, cleanTitle(h) || null)}
        />
        <span className="section-actions">
          <button
            type="button"
            className="icon"
            aria-label={sv.sections.moveUp(n)}
            disabled={index === 0}
            onClick={() => void moveSection(section.id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            aria-label={sv.sections.moveDown(n)}
            disabled={last}
            onClick={() => void moveSection(section.id, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon delete"
            aria-label={sv.sections.delete(n)}
            onClick={() => void deleteSection(section.id)}
          >
            ✕
          </button>
        </span>
      </div>
      <SortableContext items={section.items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <ol className="agenda-items" ref={setNodeRef}>
          {section.items.map((item) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              frozen={frozen}
              pages={props.pagesOf.get(item.number)}
              autoFocus={item.id === props.focusItemId}
            />
          ))}
          {section.items.length === 0 ? <li className="section-empty muted">{sv.sections.empty}</li> : null}
        </ol>
      </SortableContext>
      {frozen && !last ? null : (
        <button type="button" className="add-item" onClick={() => void addItem(section.id).then(props.onAdded)}>
          + {frozen ? sv.sent.addExtra : sv.meeting.addItem}
        </button>
      )}
    </section>
  );
}
