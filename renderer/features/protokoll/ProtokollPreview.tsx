import { useState } from 'react';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { PdfPreview } from '../PdfPreview';

const t = sv.protokoll;

/** While the protokoll is open the preview pane shows the protokoll as it prints (same pdf.js pages as the kallelse). */
export function ProtokollPreview() {
  const preview = useStore((s) => s.protokollPreview);
  const seq = useStore((s) => s.protokollPreviewSeq);
  const error = useStore((s) => s.protokollPreviewError);
  const zoom = useStore((s) => s.previewZoom);
  const [topPage, setTopPage] = useState(1);
  return (
    <>
      <h2>{t.previewHeading}</h2>
      {error ? <p className="error-text">{error}</p> : null}
      {preview ? (
        <>
          <p className="muted" data-testid="protokoll-preview-summary">
            {t.previewPages(preview.pageCount)}{' '}
            {sv.livePreview.pageOf(Math.min(topPage, preview.pageCount), preview.pageCount)}
          </p>
          <PdfPreview base64={preview.base64} seq={seq} zoom={zoom} focus={null} marked={null} onTopPage={setTopPage} />
        </>
      ) : (
        <p className="muted">{t.previewNone}</p>
      )}
    </>
  );
}
