import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { ErrorBanner } from './ErrorBanner';
import { FindBar } from './FindBar';

/**
 * Always in view at the top of the editor: undo and redo (naming what they will do) and the
 * one notification area. Sticky, so a message is never hidden above a scrolled pane.
 */
export function HistoryBar() {
  const nextUndo = useStore((s) => s.past.at(-1)?.label ?? null);
  const nextRedo = useStore((s) => s.future.at(-1)?.label ?? null);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  return (
    <div className="history-bar">
      <div className="history-buttons">
        <button
          type="button"
          disabled={nextUndo === null}
          title={nextUndo ? `${sv.history.undoWhat(nextUndo)} (Ctrl+Z)` : sv.history.nothingToUndo}
          aria-label={nextUndo ? sv.history.undoWhat(nextUndo) : sv.history.nothingToUndo}
          onClick={() => void undo()}
        >
          ↶ {sv.history.undo}
        </button>
        <button
          type="button"
          disabled={nextRedo === null}
          title={nextRedo ? `${sv.history.redoWhat(nextRedo)} (Ctrl+Skift+Z)` : sv.history.nothingToRedo}
          aria-label={nextRedo ? sv.history.redoWhat(nextRedo) : sv.history.nothingToRedo}
          onClick={() => void redo()}
        >
          ↷ {sv.history.redo}
        </button>
      </div>
      <FindBar />
      <ErrorBanner />
    </div>
  );
}
