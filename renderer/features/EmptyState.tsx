import { useStore } from '../state/store';
import { sv } from '../strings.sv';

export function EmptyState() {
  const openSample = useStore((s) => s.openSample);
  const importPackage = useStore((s) => s.importPackage);
  const busy = useStore((s) => s.busy);
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{sv.empty.heading}</h2>
      <p>{sv.empty.body}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void openSample('exempel')}>
          {sv.empty.openSample}
        </button>
        <button
          type="button"
          disabled={busy !== null}
          title={sv.protokoll.openPreviousHint}
          onClick={() => void openSample('exempel-protokoll')}
        >
          {sv.protokoll.openPrevious}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void importPackage()}>
          {sv.empty.importPackage}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void useStore.getState().openReviewCopy()}>
          {sv.review.openCopy}
        </button>
      </div>
      {busy ? (
        <p className="muted" role="status">
          {busy}
        </p>
      ) : null}
    </section>
  );
}
