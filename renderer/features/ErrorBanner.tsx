import { useStore } from '../state/store';
import { sv } from '../strings.sv';

function Banner({ kind, text, onClose }: { kind: 'error' | 'notice'; text: string; onClose: () => void }) {
  return (
    <div className={`banner ${kind}-banner`} role={kind === 'error' ? 'alert' : undefined}>
      <p>{text}</p>
      <button type="button" onClick={onClose}>
        {sv.errors.dismiss}
      </button>
    </div>
  );
}

/**
 * The one notification area: an error (role=alert) or a notice, in a live region that is
 * always present (so screen readers hear notices); the next action clears it. A data folder
 * that cannot be written is said here for as long as the app runs (issue 16, finding 8): an
 * edit refused meanwhile shows its own reason above it, and neither hides the other.
 */
export function ErrorBanner() {
  const readOnly = useStore((s) => s.info?.readOnly === true);
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const clearError = useStore((s) => s.clearError);
  const clearNotice = useStore((s) => s.clearNotice);
  return (
    <div className="notifications" role="status" aria-live="polite" data-testid="notifications">
      {error ? <Banner kind="error" text={error} onClose={clearError} /> : null}
      {notice ? <Banner kind="notice" text={notice} onClose={clearNotice} /> : null}
      {readOnly ? (
        <div className="banner read-only-banner" data-testid="read-only">
          <p>{sv.hostile.readOnly}</p>
        </div>
      ) : null}
    </div>
  );
}
