import { useEffect, useId, useState } from 'react';
import { IsoDate, Time } from '../../../shared/package/primitives';
import { sv } from '../../strings.sv';
import { useFieldHint } from '../FieldHint';

const t = sv.protokoll;

export const checkTime = (v: string) => (Time.safeParse(v).success ? null : t.badTime(v));
export const checkDate = (v: string) => (IsoDate.safeParse(v).success ? null : t.badDate(v));

/**
 * A one-line field that hands on only values that pass its check; a value that does not stays
 * on screen, marked, with the reason beside it (the protokoll keeps its last good value).
 * Empty is allowed unless `required`; `onChange('')` then means "not given".
 */
export function CheckedField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check?: (value: string) => string | null;
  required?: boolean;
  placeholder?: string;
  hint?: string | null;
  readOnly?: boolean;
  wide?: boolean;
  testId?: string;
}) {
  const [text, setText] = useState(props.value);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const hint = useFieldHint(props.hint);
  // Follow the protokoll when it changes from outside (undo, redo, a fresh load).
  useEffect(() => {
    setText(props.value);
    setProblem(null);
  }, [props.value]);
  const change = (next: string) => {
    setText(next);
    const v = next.trim();
    const reason = v === '' ? (props.required ? t.required(props.label) : null) : (props.check?.(v) ?? null);
    setProblem(reason);
    if (!reason && v !== props.value) props.onChange(v);
  };
  const described = [problem ? errorId : null, hint.id].filter(Boolean).join(' ') || undefined;
  return (
    <label className={props.wide ? 'field wide' : 'field'}>
      <span className="field-label">
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        value={text}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        aria-required={props.required || undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        data-testid={props.testId}
        onChange={(e) => change(e.target.value)}
      />
      {problem ? (
        <span id={errorId} className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
      {hint.line}
    </label>
  );
}

/** A longer plain text (Yrkanden, Reservationer …); empty means not given. */
export function TextArea(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  readOnly?: boolean;
  rows?: number;
  hint?: string;
}) {
  const hint = useFieldHint(props.hint);
  return (
    <label className="field wide">
      <span className="field-label">{props.label}</span>
      <textarea
        rows={props.rows ?? 2}
        value={props.value ?? ''}
        readOnly={props.readOnly}
        aria-describedby={hint.id}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      {hint.line}
    </label>
  );
}

/** Lines, one per row (Beslutsunderlag, Beslutet skickas till); empty rows dropped on save. */
export function LinesArea(props: {
  label: string;
  value: readonly string[] | undefined;
  onChange: (value: string[] | undefined) => void;
  readOnly?: boolean;
  hint?: string;
  testId?: string;
}) {
  const hint = useFieldHint(props.hint);
  const [text, setText] = useState((props.value ?? []).join('\n'));
  const joined = (props.value ?? []).join('\n');
  useEffect(() => {
    // Keep the user's blank line while typing; follow outside changes.
    setText((now) =>
      now
        .split('\n')
        .filter((l) => l.trim())
        .join('\n') === joined
        ? now
        : joined,
    );
  }, [joined]);
  return (
    <label className="field wide">
      <span className="field-label">{props.label}</span>
      <textarea
        rows={Math.max(2, (props.value?.length ?? 0) + 1)}
        value={text}
        readOnly={props.readOnly}
        data-testid={props.testId}
        aria-describedby={hint.id}
        onChange={(e) => {
          setText(e.target.value);
          const lines = e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
          props.onChange(lines.length > 0 ? lines : undefined);
        }}
      />
      {hint.line}
    </label>
  );
}
