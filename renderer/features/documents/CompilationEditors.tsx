import { type ClipboardEvent, useState } from 'react';
import { type PasteResult, parseDelegationRows, parseInformationRows } from '../../../shared/domain/tablePaste';
import {
  type Delegationsbeslut,
  type Informationshandlingar,
  informationCategories,
} from '../../../shared/package/model';
import { sv } from '../../strings.sv';
import { optional, TextField } from './fields';

const t = sv.documents.table;

/** A paste target: spreadsheet cells arrive as tab-separated text and are appended as rows. */
function PasteBox<T>(props: { parse: (text: string) => PasteResult<T>; onRows: (rows: T[]) => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    e.preventDefault();
    const result = props.parse(e.clipboardData.getData('text/plain'));
    if (result.ok) {
      props.onRows(result.rows);
      setMessage({ text: t.pasted(result.rows.length), error: false });
    } else setMessage({ text: result.problem, error: true });
  };
  return (
    <label className="field wide paste-box">
      <span className="field-label">{t.paste}</span>
      <textarea rows={2} placeholder={t.pasteHint} onPaste={onPaste} value="" onChange={() => {}} />
      {message ? (
        <span className={message.error ? 'error-text' : 'field-hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      ) : null}
    </label>
  );
}

/** A column of a compilation table: a text field, or a choice among fixed options. */
interface Column<R> {
  key: keyof R & string;
  label: string;
  placeholder?: string;
  options?: readonly string[];
}

/**
 * The rows of a compilation as an editable table: one field per column, a remove button per
 * row, "add row", and a paste target for rows copied from a spreadsheet.
 */
function RowsTable<R extends object>(props: {
  columns: Column<R>[];
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  parse: (text: string) => PasteResult<R>;
}) {
  const { columns, rows, onChange } = props;
  const cell = (row: R, key: keyof R) => (row[key] as string | undefined) ?? '';
  const setCell = (i: number, key: keyof R, value: string) =>
    onChange(rows.map((x, j) => (j === i ? { ...x, [key]: value } : x)));
  return (
    <>
      <table className="doc-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t.removeRow(0).replace(' 0', '')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; their order is the identity
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>
                  {c.options ? (
                    <select
                      aria-label={`${c.label}, rad ${i + 1}`}
                      value={cell(r, c.key)}
                      onChange={(ev) => setCell(i, c.key, ev.target.value)}
                    >
                      {c.options.map((o) => (
                        <option key={o}>{o}</option>
                      ))}
                    </select>
                  ) : (
                    <input
                      aria-label={`${c.label}, rad ${i + 1}`}
                      value={cell(r, c.key)}
                      placeholder={c.placeholder}
                      onChange={(ev) => setCell(i, c.key, ev.target.value)}
                    />
                  )}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={t.removeRow(i + 1)}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="muted">{t.empty}</p> : null}
      <button type="button" onClick={() => onChange([...rows, props.newRow()])}>
        + {t.addRow}
      </button>
      <PasteBox parse={props.parse} onRows={(pasted) => onChange([...rows, ...pasted])} />
    </>
  );
}

type Entry = Informationshandlingar['entries'][number];
const entryColumns: Column<Entry>[] = [
  { key: 'category', label: t.category, options: informationCategories },
  { key: 'reference', label: t.reference },
  { key: 'text', label: t.text },
];

export function cleanInformation(d: Informationshandlingar): Informationshandlingar {
  const dnr = optional(d.dnr);
  return {
    type: 'informationshandlingar',
    ...(dnr ? { dnr } : {}),
    entries: d.entries
      .map((e) => ({ category: e.category, text: e.text.trim(), reference: optional(e.reference) }))
      .filter((e) => e.text !== '')
      .map(({ reference, ...e }) => (reference ? { ...e, reference } : e)),
  };
}

export function InformationEditor(props: {
  draft: Informationshandlingar;
  onChange: (d: Informationshandlingar) => void;
}) {
  const { draft, onChange } = props;
  return (
    <div className="doc-form" data-testid="editor-informationshandlingar">
      <TextField
        label={sv.documents.fields.dnr}
        value={draft.dnr ?? ''}
        onChange={(v) => onChange({ ...draft, dnr: v })}
      />
      <p className="muted">{t.allCategories}</p>
      <RowsTable<Entry>
        columns={entryColumns}
        rows={draft.entries}
        onChange={(entries) => onChange({ ...draft, entries })}
        newRow={() => ({ category: 'Övrigt', text: '' })}
        parse={parseInformationRows}
      />
    </div>
  );
}

type Row = Delegationsbeslut['rows'][number];
const rowColumns: Column<Row>[] = [
  { key: 'arendetyp', label: t.arendetyp },
  { key: 'rubrik', label: t.rubrik },
  { key: 'dnr', label: t.dnr },
  { key: 'beslutsdatum', label: t.beslutsdatum, placeholder: 'ÅÅÅÅ-MM-DD' },
  { key: 'delegat', label: t.delegat },
];

export function cleanDelegation(d: Delegationsbeslut): Delegationsbeslut {
  const dnr = optional(d.dnr);
  return {
    type: 'delegationsbeslut',
    ...(dnr ? { dnr } : {}),
    rows: d.rows
      .map((r) => {
        const rowDnr = optional(r.dnr);
        return {
          arendetyp: r.arendetyp.trim(),
          rubrik: r.rubrik.trim(),
          ...(rowDnr ? { dnr: rowDnr } : {}),
          beslutsdatum: r.beslutsdatum.trim(),
          delegat: r.delegat.trim(),
        };
      })
      .filter((r) => r.arendetyp || r.rubrik || r.beslutsdatum || r.delegat),
  };
}

export function DelegationEditor(props: { draft: Delegationsbeslut; onChange: (d: Delegationsbeslut) => void }) {
  const { draft, onChange } = props;
  return (
    <div className="doc-form" data-testid="editor-delegationsbeslut">
      <TextField
        label={sv.documents.fields.dnr}
        value={draft.dnr ?? ''}
        onChange={(v) => onChange({ ...draft, dnr: v })}
      />
      <RowsTable<Row>
        columns={rowColumns}
        rows={draft.rows}
        onChange={(rows) => onChange({ ...draft, rows })}
        newRow={() => ({ arendetyp: '', rubrik: '', beslutsdatum: '', delegat: '' })}
        parse={parseDelegationRows}
      />
    </div>
  );
}
