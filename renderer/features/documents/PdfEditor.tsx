import { getDocument } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import type { DocumentDetail, PdfFields } from '../../../shared/domain/documents';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { optional, TextField } from './fields';
import { useFileDrop } from './ItemDocuments';

const f = sv.documents.fields;

export function cleanPdf(d: PdfFields): PdfFields {
  const out: PdfFields = { type: 'pdf', title: d.title.trim() };
  const date = optional(d.date);
  const dnr = optional(d.dnr);
  const bilaga = optional(d.bilaga);
  if (date) out.date = date;
  if (dnr) out.dnr = dnr;
  if (bilaga) out.bilaga = bilaga;
  out.role = d.role ?? 'beslutsunderlag';
  out.public = d.public !== false;
  return out;
}

/** The first page of the attached file, drawn by pdf.js (the same worker as the preview). */
function Thumbnail({ documentId, sha256 }: { documentId: string; sha256: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a replaced file (new sha256) is drawn again
  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    void (async () => {
      const bytes = await useStore.getState().fileBytes(documentId);
      if (!bytes || cancelled) return;
      const task = getDocument({ data: bytes });
      destroy = () => void task.destroy();
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const canvas = ref.current;
      if (cancelled || !canvas) return;
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (160 / base.width) * (window.devicePixelRatio || 1) });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      canvas.dataset.rendered = 'true';
    })().catch(() => {});
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [documentId, sha256]);
  return (
    <canvas
      ref={ref}
      className="thumbnail"
      aria-label={f.thumbnail}
      data-testid="pdf-thumbnail"
      style={{ width: 160 }}
    />
  );
}

export function PdfEditor(props: { draft: PdfFields; onChange: (d: PdfFields) => void; detail: DocumentDetail }) {
  const { draft, onChange, detail } = props;
  const replaceFile = useStore((s) => s.replaceFile);
  const replaceDropped = useStore((s) => s.replaceDropped);
  // A PDF dropped on the file box replaces the bilaga's file (one file; the old one stays stored for undo).
  const { fileOver, handlers } = useFileDrop((files) => {
    if (files[0]) void replaceDropped(detail.id, files[0]);
  });
  const set = <K extends keyof PdfFields>(k: K, v: PdfFields[K]) => onChange({ ...draft, [k]: v });
  return (
    <div className="doc-form pdf-form" data-testid="editor-pdf">
      {detail.file ? (
        <div className={fileOver ? 'pdf-file file-over' : 'pdf-file'} data-testid="pdf-replace-drop" {...handlers}>
          <Thumbnail documentId={detail.id} sha256={detail.file.sha256} />
          <p>
            <span className="field-label">{f.file}</span> {detail.file.fileName} · {f.pageCount(detail.file.pageCount)}
          </p>
          <button type="button" onClick={() => void replaceFile(detail.id)}>
            {f.replace}
          </button>
          <p className="muted drop-hint">{f.replaceDropHint}</p>
        </div>
      ) : null}
      <TextField label={f.title} wide value={draft.title} onChange={(v) => set('title', v)} />
      <div className="field-row">
        <TextField label={f.date} value={draft.date ?? ''} placeholder="ÅÅÅÅ-MM-DD" onChange={(v) => set('date', v)} />
        <TextField field="dnr" label={f.dnr} value={draft.dnr ?? ''} onChange={(v) => set('dnr', v)} />
        <TextField label={f.bilaga} value={draft.bilaga ?? ''} onChange={(v) => set('bilaga', v)} />
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{f.role}</span>
          <select
            value={draft.role ?? 'beslutsunderlag'}
            onChange={(e) => set('role', e.target.value as 'beslutsunderlag' | 'for_information')}
          >
            <option value="beslutsunderlag">{f.roleUnderlag}</option>
            <option value="for_information">{f.roleInformation}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.public !== false} onChange={(e) => set('public', e.target.checked)} />
          {f.public}
        </label>
      </div>
    </div>
  );
}
