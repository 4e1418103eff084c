import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { AgendaItemView } from '../../shared/domain/meeting';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { carriesFiles, ItemDocuments } from './documents/ItemDocuments';

/** A text field that saves on blur or Enter and reverts on Escape. */
function InlineField(props: {
  value: string;
  label: string;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  onSave: (v: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  const ref = useRef<HTMLTextAreaElement>(null);
  // A newly added item: put the cursor in its title with the placeholder text selected.
  useEffect(() => {
    if (props.autoFocus) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [props.autoFocus]);
  useEffect(() => setDraft(props.value), [props.value]);
  const save = () => {
    if (draft !== props.value) props.onSave(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.currentTarget.blur();
    }
    if (e.key === 'Escape') {
      setDraft(props.value);
      e.currentTarget.blur();
    }
  };
  return (
    <textarea
      rows={1}
      ref={ref}
      className={props.className}
      aria-label={props.label}
      placeholder={props.placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value.replace(/\n/g, ' '))}
      onBlur={save}
      onKeyDown={onKeyDown}
    />
  );
}

export function AgendaItemRow({
  item,
  pages,
  autoFocus = false,
}: {
  item: AgendaItemView;
  pages?: { firstPage: number; lastPage: number } | undefined;
  autoFocus?: boolean;
}) {
  const renameItem = useStore((s) => s.renameItem);
  const setItemDnr = useStore((s) => s.setItemDnr);
  const moveItem = useStore((s) => s.moveItem);
  const deleteItem = useStore((s) => s.deleteItem);
  const selectItem = useStore((s) => s.selectItem);
  const selected = useStore((s) => s.selectedItemId === item.id);
  const dropFiles = useStore((s) => s.dropFiles);
  const [fileOver, setFileOver] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      void moveItem(item.id, e.key === 'ArrowUp' ? -1 : 1);
    }
  };

  return (
    <li
      className={`agenda-item${selected ? ' selected' : ''}${fileOver ? ' file-over' : ''}`}
      data-testid={`item-${item.number}`}
      aria-current={selected ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => selectItem(item.id)}
      onClick={() => selectItem(item.id)}
      // PDF files dropped on the item are attached to it (bytes to main, checked there).
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setFileOver(true);
      }}
      onDragLeave={() => setFileOver(false)}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setFileOver(false);
        void dropFiles(item.id, Array.from(e.dataTransfer.files));
      }}
    >
      <span className="item-number">{item.number}</span>
      <div className="item-body">
        <div className="item-line">
          <InlineField
            className="item-title"
            label={sv.meeting.itemTitle(item.number)}
            autoFocus={autoFocus}
            value={item.title}
            onSave={(title) => void renameItem(item.id, title)}
          />
          <InlineField
            className="item-dnr"
            label={sv.meeting.itemDnr(item.number)}
            placeholder={sv.meeting.dnrPlaceholder}
            value={item.dnr ?? ''}
            onSave={(dnr) => void setItemDnr(item.id, dnr.trim() === '' ? null : dnr.trim())}
          />
          <span className="item-pages" data-testid={`item-${item.number}-pages`}>
            {pages ? sv.meeting.pages(pages.firstPage, pages.lastPage) : ''}
          </span>
          <span className="item-move">
            <button
              type="button"
              aria-label={`${sv.meeting.moveUp} ${item.number}`}
              onClick={() => void moveItem(item.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`${sv.meeting.moveDown} ${item.number}`}
              onClick={() => void moveItem(item.id, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="delete"
              aria-label={sv.meeting.deleteItem(item.number)}
              onClick={() => void deleteItem(item.id)}
            >
              ✕
            </button>
          </span>
        </div>
        <ItemDocuments item={item} />
      </div>
    </li>
  );
}
