import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { PdfPreview } from './PdfPreview';

/** The live kallelse: pdf.js pages of the package as it would be exported, plus the pre-send checks. */
export function PreviewPane() {
  const current = useStore((s) => s.current);
  const preview = useStore((s) => s.preview);
  const state = useStore((s) => s.previewState);
  const error = useStore((s) => s.previewError);
  const progress = useStore((s) => s.progress);
  // The selected item's pages (Step 4): marked and scrolled to.
  const selectedNumber = useStore(
    (s) => s.current?.sections.flatMap((x) => x.items).find((i) => i.id === s.selectedItemId)?.number ?? null,
  );
  const range = preview?.items.find((i) => i.number === selectedNumber);
  const marked = range?.firstPage && range.lastPage ? { first: range.firstPage, last: range.lastPage } : null;

  return (
    <aside className="pane preview" aria-label={sv.preview.heading} data-preview-state={state}>
      <h2>{sv.preview.heading}</h2>
      {!current ? <p className="muted">{sv.preview.nothing}</p> : null}
      {current && state === 'rendering' ? (
        <p className="muted" role="status">
          {progress ? sv.previewPane.progress(progress.stage, progress.done, progress.total) : sv.previewPane.rendering}
        </p>
      ) : null}
      {current && error ? <p className="error-text">{error}</p> : null}
      {current && preview ? (
        <>
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
          <PdfPreview base64={preview.base64} width={380} marked={marked} />
        </>
      ) : null}
    </aside>
  );
}
