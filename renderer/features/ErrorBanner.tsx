import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** Errors (role=alert) and notices (role=status) at the top of the editor. */
export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const clearError = useStore((s) => s.clearError);
  const clearNotice = useStore((s) => s.clearNotice);
  return (
    <>
      {error ? (
        <div className="banner error-banner" role="alert">
          <p>{error}</p>
          <button type="button" onClick={clearError}>
            {sv.errors.dismiss}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div className="banner notice-banner" role="status">
          <p>{notice}</p>
          <button type="button" onClick={clearNotice}>
            {sv.errors.dismiss}
          </button>
        </div>
      ) : null}
    </>
  );
}
