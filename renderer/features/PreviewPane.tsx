import { useEffect, useState } from 'react';
import { onEvent } from '../api';
import { type PreviewZoom, zoomSteps } from '../state/previewSlice';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { PdfPreview } from './PdfPreview';
import { ProtokollPreview } from './protokoll/ProtokollPreview';

/** Shown once an export has run for a second: what it is doing, and a way to stop it. */
function ExportProgress() {
  const exporting = useStore((s) => s.exporting);
  const printing = useStore((s) => s.exportKind === 'print');
  const progress = useStore((s) => s.exportProgress);
  const cancelExport = useStore((s) => s.cancelExport);
  const [slow, setSlow] = useState(false);
  // The second counts from the first progress event: the time in the save dialog is the user's, not the export's.
  const rendering = exporting && progress !== null;
  useEffect(() => {
    setSlow(false);
    if (!rendering) return;
    const t = setTimeout(() => setSlow(true), 1000);
    return () => clearTimeout(t);
  }, [rendering]);
  if (!exporting || !slow) return null;
  return (
    <div className="export-progress" role="status" data-testid="export-progress">
      <span>
        {printing ? sv.livePreview.printing : sv.livePreview.exporting}
        {progress ? `: ${sv.livePreview.exportProgress(progress.stage, progress.done, progress.total)}` : ' …'}
      </span>
      {progress && progress.total > 0 ? <progress max={progress.total} value={progress.done} /> : <progress />}
      <button type="button" onClick={() => void cancelExport()}>
        {printing ? sv.livePreview.cancelPrint : sv.livePreview.cancelExport}
      </button>
    </div>
  );
}

const zoomIn = (z: PreviewZoom) => zoomSteps.find((s) => s > (z === 'fit' ? 1 : z)) ?? zoomSteps.at(-1)!;
const zoomOut = (z: PreviewZoom) => [...zoomSteps].reverse().find((s) => s < (z === 'fit' ? 1 : z)) ?? zoomSteps[0];

/** The live kallelse: pdf.js pages of the package as it would be exported, plus the pre-send checks. */
export function PreviewPane() {
  const current = useStore((s) => s.current);
  const preview = useStore((s) => s.preview);
  const file = useStore((s) => s.previewFile);
  const seq = useStore((s) => s.previewSeq);
  const state = useStore((s) => s.previewState);
  const error = useStore((s) => s.previewError);
  const progress = useStore((s) => s.progress);
  const zoom = useStore((s) => s.previewZoom);
  const focus = useStore((s) => s.previewFocus);
  const setZoom = useStore((s) => s.setPreviewZoom);
  const showPage = useStore((s) => s.showPreviewPage);
  const [topPage, setTopPage] = useState(1);
  // The selected item's pages (Step 4): marked, and scrolled to when the selection changes.
  const selectedNumber = useStore(
    (s) => s.current?.sections.flatMap((x) => x.items).find((i) => i.id === s.selectedItemId)?.number ?? null,
  );
  const range = preview?.items.find((i) => i.number === selectedNumber);
  const marked = range?.firstPage && range.lastPage ? { first: range.firstPage, last: range.lastPage } : null;
  const hasPreview = preview !== null;
  useEffect(() => {
    // Also once the first preview arrives; later previews (edits) keep the reader where they are.
    if (selectedNumber !== null && hasPreview) useStore.getState().showItemInPreview(selectedNumber);
  }, [selectedNumber, hasPreview]);

  // Settings (page numbers, logo), the register and the meeting reach the PDF: re-render on their changes.
  useEffect(() => onEvent?.['data:changed']((payload) => useStore.getState().previewDataChanged(payload)), []);

  const protokollOpen = useStore((s) => s.protokollMeetingId !== null && s.protokollMeetingId === s.current?.id);
  if (protokollOpen) {
    return (
      <aside className="pane preview" aria-label={sv.preview.heading} data-testid="protokoll-preview">
        <ProtokollPreview />
      </aside>
    );
  }

  const status =
    state === 'rendering'
      ? progress
        ? `${sv.livePreview.updating} ${sv.previewPane.progress(progress.stage, progress.done, progress.total)}`
        : sv.livePreview.updating
      : state === 'error' && error
        ? sv.livePreview.stale(error)
        : state === 'ready'
          ? sv.livePreview.current
          : '';

  return (
    <aside className="pane preview" aria-label={sv.preview.heading} data-preview-state={state}>
      <h2>{sv.preview.heading}</h2>
      <ExportProgress />
      {!current ? <p className="muted">{sv.preview.nothing}</p> : null}
      {current && !preview && state === 'rendering' ? (
        <p className="muted" role="status">
          {progress ? sv.previewPane.progress(progress.stage, progress.done, progress.total) : sv.previewPane.rendering}
        </p>
      ) : null}
      {current && !preview && error ? <p className="error-text">{error}</p> : null}
      {current && preview && file ? (
        <>
          <p
            className={state === 'error' ? 'error-text preview-status' : 'muted preview-status'}
            role="status"
            data-testid="preview-status"
          >
            {status}
          </p>
          <p className="muted" data-testid="preview-summary">
            {sv.previewPane.pagesTotal(preview.pageCount, preview.kallelsePages)}
          </p>
          <details className="warnings" open={preview.warnings.length > 0}>
            <summary>
              {sv.previewPane.warnings} ({preview.warnings.length})
            </summary>
            {preview.warnings.length === 0 ? (
              <p className="muted">{sv.previewPane.noWarnings}</p>
            ) : (
              <ul data-testid="preview-warnings">
                {preview.warnings.map((w) => {
                  const target = preview.warningTargets?.find((t) => t.message === w);
                  return (
                    <li key={w}>
                      {target ? (
                        <button
                          type="button"
                          className="warning-link"
                          onClick={() => void useStore.getState().goToWarning(target)}
                        >
                          {w}
                        </button>
                      ) : (
                        w
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </details>
          <div className="preview-toolbar">
            <select
              aria-label={sv.livePreview.goTo}
              value=""
              onChange={(e) => {
                if (e.target.value) showPage(Number(e.target.value));
              }}
            >
              <option value="">{sv.livePreview.goTo} …</option>
              <option value="1">{sv.livePreview.goToKallelse}</option>
              {preview.items
                .filter((i) => i.firstPage !== null)
                .map((i) => (
                  <option key={i.number} value={i.firstPage!}>
                    {sv.livePreview.goToItem(i.number, i.title, i.firstPage!)}
                  </option>
                ))}
            </select>
            <span className="muted" data-testid="preview-page-indicator">
              {sv.livePreview.pageOf(Math.min(topPage, preview.pageCount), preview.pageCount)}
            </span>
            <span className="zoom">
              <button type="button" aria-label={sv.livePreview.zoomOut} onClick={() => setZoom(zoomOut(zoom))}>
                −
              </button>
              <span className="muted" data-testid="preview-zoom">
                {sv.livePreview.zoomLevel(Math.round((zoom === 'fit' ? 1 : zoom) * 100))}
              </span>
              <button type="button" aria-label={sv.livePreview.zoomIn} onClick={() => setZoom(zoomIn(zoom))}>
                +
              </button>
              <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
                {sv.livePreview.fitWidth}
              </button>
            </span>
          </div>
          <PdfPreview file={file} seq={seq} zoom={zoom} focus={focus} marked={marked} onTopPage={setTopPage} />
        </>
      ) : null}
    </aside>
  );
}
