import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** Heading of a panel that replaces the meeting view (settings, new meeting), with the way back. */
export function PanelHeader({ title }: { title: string }) {
  const closePanel = useStore((s) => s.closePanel);
  return (
    <header className="settings-header">
      <h2>{title}</h2>
      <button type="button" onClick={closePanel}>
        {sv.settings.close}
      </button>
    </header>
  );
}
