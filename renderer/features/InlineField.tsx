import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { sv } from '../strings.sv';

/**
 * A one-line text field that saves on blur or Enter and reverts on Escape. Enter saves and
 * keeps the cursor where it is; Escape puts the saved value back and does not save. A value
 * the check or main refuses stays visibly unsaved: red border, the reason beside the field.
 * Right-to-left text is isolated (dir="auto").
 */
export function InlineField(props: {
  value: string;
  label: string;
  placeholder?: string;
  className?: string;
  /** An <input> that never wraps (dnr, names) instead of a growing text area (titles). */
  singleLine?: boolean;
  autoFocus?: boolean;
  required?: boolean;
  /** A Swedish reason the value cannot be saved, or null. */
  check?: (value: string) => string | null;
  /** Saves; false = refused (the reason is in the notification area). */
  onSave: (value: string) => Promise<boolean> | undefined;
}) {
  const [draft, setDraft] = useState(props.value);
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const errorId = useId();
  // A newly added item: put the cursor in its title with the placeholder text selected.
  useEffect(() => {
    if (props.autoFocus) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [props.autoFocus]);
  useEffect(() => {
    setDraft(props.value);
    setProblem(null);
  }, [props.value]);

  const save = async () => {
    if (draft === props.value) {
      setProblem(null);
      return;
    }
    const reason = props.check?.(draft) ?? null;
    if (reason) {
      setProblem(reason);
      return;
    }
    const ok = await props.onSave(draft);
    setProblem(ok === false ? sv.forms.notSaved : null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setDraft(props.value);
      setProblem(null);
    }
  };
  const shared = {
    ref,
    dir: 'auto',
    className: props.className,
    'aria-label': props.label,
    'aria-required': props.required || undefined,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? errorId : undefined,
    placeholder: props.placeholder,
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value.replace(/\n/g, ' ')),
    onBlur: () => void save(),
    onKeyDown,
  } as const;
  return (
    <span className="inline-field">
      {props.singleLine ? <input {...shared} /> : <textarea rows={1} {...shared} />}
      {problem ? (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
