import { type DragEvent, useState } from 'react';
import type { WrittenDocument } from '../../../shared/domain/documents';
import type { AgendaItemView } from '../../../shared/domain/meeting';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import './documents.css';

const t = sv.documents;
const writable: WrittenDocument['type'][] = [
  'tjansteskrivelse',
  'missiv',
  'protokollsutdrag',
  'informationshandlingar',
  'delegationsbeslut',
];

/** Files dragged from the desktop (not a document row being reordered). */
export const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** A drop target for files from the desktop: whether files hover over it, and its handlers. */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [fileOver, setFileOver] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setFileOver(true);
    },
    onDragLeave: () => setFileOver(false),
    onDrop: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setFileOver(false);
      onFiles(Array.from(e.dataTransfer.files));
    },
  };
  return { fileOver, handlers };
}

const DOC_MIME = 'application/x-kallelse-document';

/**
 * An item's documents in their order: open, move (buttons, Alt+↑/↓ or drag), remove; add a
 * written document or attach PDFs; PDF files dropped on the item are attached to it.
 */
export function ItemDocuments({ item }: { item: AgendaItemView }) {
  const openDocument = useStore((s) => s.openDocument);
  const removeDocument = useStore((s) => s.removeDocument);
  const moveDocument = useStore((s) => s.moveDocument);
  const addDocument = useStore((s) => s.addDocument);
  const attachPdfs = useStore((s) => s.attachPdfs);
  const busy = useStore((s) => s.busy);
  const [dragOver, setDragOver] = useState<number | null>(null);

  const onDropRow = (e: DragEvent, index: number) => {
    const id = e.dataTransfer.getData(DOC_MIME);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    setDragOver(null);
    void moveDocument(item.id, id, index);
  };

  return (
    <div className="item-documents-box">
      {item.documents.length > 0 ? (
        <ol className="item-documents" aria-label={`${t.heading}, ärende ${item.number}`}>
          {item.documents.map((d, index) => (
            <li
              key={d.id}
              draggable
              title={t.dragHint}
              className={dragOver === index ? 'drag-over' : undefined}
              data-testid={`doc-${item.number}-${index + 1}`}
              onDragStart={(e) => {
                e.dataTransfer.setData(DOC_MIME, d.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                if (Array.from(e.dataTransfer.types).includes(DOC_MIME)) {
                  e.preventDefault();
                  setDragOver(index);
                }
              }}
              onDragLeave={() => setDragOver(null)}
              onDrop={(e) => onDropRow(e, index)}
              onKeyDown={(e) => {
                if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                  e.preventDefault();
                  e.stopPropagation();
                  void moveDocument(item.id, d.id, index + (e.key === 'ArrowUp' ? -1 : 1));
                }
              }}
            >
              <button
                type="button"
                className="doc-open"
                aria-label={t.open(d.title)}
                onClick={() => void openDocument(d.id)}
              >
                <span className="doc-type">{sv.documentTypes[d.type]}</span> {d.title}
                {d.pageCount ? <span className="muted"> · {t.pagesShort(d.pageCount)}</span> : null}
              </button>
              <span className="doc-actions">
                <button
                  type="button"
                  aria-label={t.moveUp(d.title)}
                  disabled={index === 0}
                  onClick={() => void moveDocument(item.id, d.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t.moveDown(d.title)}
                  disabled={index === item.documents.length - 1}
                  onClick={() => void moveDocument(item.id, d.id, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="delete"
                  aria-label={t.remove(d.title)}
                  onClick={() => void removeDocument(d.id)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="doc-add">
        <select
          aria-label={`${t.addChoose} ${item.number}`}
          value=""
          onChange={(e) => {
            const type = e.target.value as WrittenDocument['type'];
            if (type) void addDocument(item.id, type);
          }}
        >
          <option value="">+ {t.add}…</option>
          {writable.map((type) => (
            <option key={type} value={type}>
              {sv.documentTypes[type]}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy !== null} onClick={() => void attachPdfs(item.id)}>
          {t.attachPdf}
        </button>
      </div>
    </div>
  );
}
