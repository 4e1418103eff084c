import { useEffect, useRef } from 'react';
import { findMatches } from '../state/findSlice';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** Sök i sammanträdet (Ctrl+F): a search field in the sticky bar, with the count of matches. */
export function FindBar() {
  const open = useStore((s) => s.findOpen);
  const query = useStore((s) => s.findQuery);
  const index = useStore((s) => s.findIndex);
  const meeting = useStore((s) => s.current);
  const input = useRef<HTMLInputElement>(null);
  const focusTick = useStore((s) => s.findFocusTick);
  // Ctrl+F while the bar is open brings the focus back to it.
  useEffect(() => {
    if (open && focusTick >= 0) input.current?.select();
  }, [open, focusTick]);
  if (!open || !meeting) return null;
  const matches = findMatches(meeting, query);
  const s = useStore.getState();
  return (
    <search className="find-bar" aria-label={sv.find.label}>
      <input
        ref={input}
        type="search"
        aria-label={sv.find.label}
        placeholder={sv.find.placeholder}
        value={query}
        onChange={(e) => s.setFindQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            s.findStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            s.closeFind();
          }
        }}
      />
      <span className="find-count muted" role="status" data-testid="find-count">
        {query.trim() === '' ? '' : sv.find.count(index < 0 ? 0 : index + 1, matches.length)}
      </span>
      <button type="button" disabled={matches.length === 0} onClick={() => s.findStep(-1)}>
        {sv.find.previous}
      </button>
      <button type="button" disabled={matches.length === 0} onClick={() => s.findStep(1)}>
        {sv.find.next}
      </button>
      <button type="button" className="icon" aria-label={sv.find.close} onClick={() => s.closeFind()}>
        ✕
      </button>
    </search>
  );
}
