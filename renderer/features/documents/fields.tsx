import { useFieldHint } from '../FieldHint';

/** A labelled one-line text field (controlled). */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  wide?: boolean;
  type?: 'text' | 'number';
  hint?: string | null;
  /** Name a pre-send warning can point at. */
  field?: string;
}) {
  const hint = useFieldHint(props.hint);
  return (
    <label className={props.wide ? 'field wide' : 'field'} data-field={props.field}>
      <span className="field-label">{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={hint.id}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {hint.line}
    </label>
  );
}

/** A list of short lines (points, recipients, Beslutsunderlag) edited as one line each. */
export function LinesField(props: {
  label: string;
  value: readonly string[] | undefined;
  onChange: (v: string[]) => void;
  hint?: string | null;
  rows?: number;
  field?: string;
}) {
  const hint = useFieldHint(props.hint, 'note');
  return (
    <label className="field wide" data-field={props.field}>
      <span className="field-label">{props.label}</span>
      <textarea
        rows={props.rows ?? Math.max(2, (props.value?.length ?? 0) + 1)}
        value={(props.value ?? []).join('\n')}
        aria-describedby={hint.id}
        onChange={(e) => props.onChange(e.target.value.split('\n'))}
      />
      {hint.line}
    </label>
  );
}

/** Lines as stored: trimmed, empty ones dropped. */
export const cleanLines = (lines: readonly string[] | undefined): string[] =>
  (lines ?? []).map((l) => l.trim()).filter((l) => l !== '');

/** An optional text as stored: trimmed, absent when empty. */
export const optional = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  return v ? v : undefined;
};
