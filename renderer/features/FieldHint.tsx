import { type ReactNode, useId } from 'react';

/**
 * A field's hint line under its input, and the id the input names in aria-describedby, so that a
 * screen reader reads the hint with the field. No hint, no line and no reference.
 */
export function useFieldHint(hint: string | null | undefined, role?: 'note'): { id?: string; line: ReactNode } {
  const id = useId();
  if (!hint) return { line: null };
  return {
    id,
    line: (
      <span id={id} className="field-hint" role={role}>
        {hint}
      </span>
    ),
  };
}
