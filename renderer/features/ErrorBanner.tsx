import { useStore } from '../state/store';
import { sv } from '../strings.sv';

export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const clearError = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <p>{error}</p>
      <button type="button" onClick={clearError}>
        {sv.errors.dismiss}
      </button>
    </div>
  );
}
