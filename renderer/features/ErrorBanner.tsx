import { useStore } from '../state/store';
import { sv } from '../strings.sv';

function Banner({ kind, text, onClose }: { kind: 'error' | 'notice'; text: string; onClose: () => void }) {
  return (
    <div className={`banner ${kind}-banner`} role={kind === 'error' ? 'alert' : 'status'}>
      <p>{text}</p>
      <button type="button" onClick={onClose}>
        {sv.errors.dismiss}
      </button>
    </div>
  );
}

/** Errors (role=alert) and notices (role=status) at the top of the editor. */
export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const clearError = useStore((s) => s.clearError);
  const clearNotice = useStore((s) => s.clearNotice);
  return (
    <>
      {error ? <Banner kind="error" text={error} onClose={clearError} /> : null}
      {notice ? <Banner kind="notice" text={notice} onClose={clearNotice} /> : null}
    </>
  );
}
