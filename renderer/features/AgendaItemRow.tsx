import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import type { AgendaItemView } from '../../shared/domain/meeting';
import { cleanTitle } from '../../shared/domain/text';
import type { ItemKind } from '../../shared/package/model';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { ItemDocuments, useFileDrop } from './documents/ItemDocuments';
import { InlineField } from './InlineField';

const kinds = Object.keys(sv.itemKinds) as ItemKind[];

/** Empty after cleaning = refused at the field (main refuses it too). */
const checkTitle = (v: string) => (cleanTitle(v) === '' ? sv.item.titleRequired : null);

/**
 * One agenda item: drag handle (dnd-kit; keyboard: Space lifts, arrows move, Space drops),
 * number, title, dnr, pages; kind, föredragande and public flag on a second line. Once the
 * kallelse is sent: `Extra ärende` / `utgår` marks and the withdraw toggle instead of delete.
 */
export function AgendaItemRow({
  item,
  frozen,
  pages,
  autoFocus = false,
}: {
  item: AgendaItemView;
  frozen: boolean;
  pages?: { firstPage: number; lastPage: number } | undefined;
  autoFocus?: boolean;
}) {
  const updateItem = useStore((s) => s.updateItem);
  const moveItem = useStore((s) => s.moveItem);
  const deleteItem = useStore((s) => s.deleteItem);
  const selectItem = useStore((s) => s.selectItem);
  const selected = useStore((s) => s.selectedItemId === item.id);
  const dropFiles = useStore((s) => s.dropFiles);
  // PDF files dropped on the item are attached to it (bytes to main, checked there).
  const { fileOver, handlers: dropHandlers } = useFileDrop((files) => void dropFiles(item.id, files));
  const withdrawItem = useStore((s) => s.withdrawItem);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data: { type: 'item', sectionId: item.sectionId },
    disabled: frozen,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      void moveItem(item.id, e.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const n = item.number;
  const classes = [
    'agenda-item',
    isDragging ? 'dragging' : '',
    item.withdrawn ? 'withdrawn' : '',
    selected ? 'selected' : '',
    fileOver ? 'file-over' : '',
  ]
    .join(' ')
    .trim();

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={classes}
      data-testid={`item-${n}`}
      aria-current={selected ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => selectItem(item.id)}
      onClick={() => selectItem(item.id)}
      {...dropHandlers}
    >
      <span className="item-handle-cell">
        {frozen ? null : (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle icon"
            aria-label={sv.item.drag(n)}
            {...attributes}
            {...listeners}
          >
            ⠿
          </button>
        )}
        <span className="item-number">{n}</span>
      </span>
      <div className="item-body">
        {item.extra || item.withdrawn ? (
          <p className="item-marks">
            {item.extra ? <span className="mark extra">{sv.sent.extraMark}</span> : null}
            {item.withdrawn ? <span className="mark withdrawn">{sv.sent.withdrawnMark}</span> : null}
          </p>
        ) : null}
        <div className="item-line">
          <InlineField
            className="item-title"
            label={sv.meeting.itemTitle(n)}
            autoFocus={autoFocus}
            required
            value={item.title}
            check={checkTitle}
            onSave={(title) => updateItem(item.id, 'title', cleanTitle(title))}
          />
          <InlineField
            className="item-dnr"
            singleLine
            label={sv.meeting.itemDnr(n)}
            placeholder={sv.meeting.dnrPlaceholder}
            value={item.dnr ?? ''}
            onSave={(dnr) => updateItem(item.id, 'dnr', cleanTitle(dnr) || null)}
          />
          <span className="item-pages" data-testid={`item-${n}-pages`}>
            {pages ? sv.meeting.pages(pages.firstPage, pages.lastPage) : ''}
          </span>
        </div>
        <div className="item-details">
          <select
            aria-label={sv.item.kind(n)}
            value={item.kind ?? ''}
            onChange={(e) => void updateItem(item.id, 'kind', (e.target.value || null) as ItemKind | null)}
          >
            <option value="">{sv.item.kindNone}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {sv.itemKinds[k]}
              </option>
            ))}
          </select>
          <InlineField
            className="item-presenter"
            singleLine
            label={sv.item.presenter(n)}
            placeholder={sv.item.presenterPlaceholder}
            value={item.presenter ?? ''}
            onSave={(p) => updateItem(item.id, 'presenter', cleanTitle(p) || null)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              aria-label={sv.item.public(n)}
              checked={item.public}
              onChange={(e) => void updateItem(item.id, 'public', e.target.checked)}
            />
            {sv.item.publicShort}
          </label>
          <span className="item-actions">
            {frozen ? null : (
              <>
                <button
                  type="button"
                  className="icon"
                  aria-label={`${sv.meeting.moveUp} ${n}`}
                  onClick={() => void moveItem(item.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={`${sv.meeting.moveDown} ${n}`}
                  onClick={() => void moveItem(item.id, 1)}
                >
                  ↓
                </button>
              </>
            )}
            {frozen && !item.extra ? (
              <button
                type="button"
                className="withdraw"
                aria-pressed={item.withdrawn}
                aria-label={item.withdrawn ? sv.sent.unwithdraw(n) : sv.sent.withdraw(n)}
                onClick={() => void withdrawItem(item.id, !item.withdrawn)}
              >
                {sv.sent.withdrawnMark}
              </button>
            ) : (
              <button
                type="button"
                className="icon delete"
                aria-label={sv.meeting.deleteItem(n)}
                onClick={() => void deleteItem(item.id)}
              >
                ✕
              </button>
            )}
          </span>
        </div>
        <ItemDocuments item={item} />
      </div>
    </li>
  );
}
