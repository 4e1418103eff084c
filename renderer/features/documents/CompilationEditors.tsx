import { type ClipboardEvent, useState } from 'react';
import { type PasteResult, parseDelegationRows, parseInformationRows } from '../../../shared/domain/tablePaste';
import {
  type Delegationsbeslut,
  type InformationCategory,
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

type Entry = Informationshandlingar['entries'][number];

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
  const setEntries = (entries: Entry[]) => onChange({ ...draft, entries });
  const setEntry = (i: number, patch: Partial<Entry>) =>
    setEntries(draft.entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <div className="doc-form" data-testid="editor-informationshandlingar">
      <TextField
        label={sv.documents.fields.dnr}
        value={draft.dnr ?? ''}
        onChange={(v) => onChange({ ...draft, dnr: v })}
      />
      <p className="muted">{t.allCategories}</p>
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.reference}</th>
            <th scope="col">{t.text}</th>
            <th scope="col">
              <span className="visually-hidden">{t.removeRow(0).replace(' 0', '')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.entries.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; their order is the identity
            <tr key={i}>
              <td>
                <select
                  aria-label={`${t.category}, rad ${i + 1}`}
                  value={e.category}
                  onChange={(ev) => setEntry(i, { category: ev.target.value as InformationCategory })}
                >
                  {informationCategories.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t.reference}, rad ${i + 1}`}
                  value={e.reference ?? ''}
                  onChange={(ev) => setEntry(i, { reference: ev.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t.text}, rad ${i + 1}`}
                  value={e.text}
                  onChange={(ev) => setEntry(i, { text: ev.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t.removeRow(i + 1)}
                  onClick={() => setEntries(draft.entries.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft.entries.length === 0 ? <p className="muted">{t.empty}</p> : null}
      <button type="button" onClick={() => setEntries([...draft.entries, { category: 'Övrigt', text: '' }])}>
        + {t.addRow}
      </button>
      <PasteBox parse={parseInformationRows} onRows={(rows) => setEntries([...draft.entries, ...rows])} />
    </div>
  );
}

type Row = Delegationsbeslut['rows'][number];
const columns: { key: keyof Row; label: string }[] = [
  { key: 'arendetyp', label: t.arendetyp },
  { key: 'rubrik', label: t.rubrik },
  { key: 'dnr', label: t.dnr },
  { key: 'beslutsdatum', label: t.beslutsdatum },
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
  const setRows = (rows: Row[]) => onChange({ ...draft, rows });
  return (
    <div className="doc-form" data-testid="editor-delegationsbeslut">
      <TextField
        label={sv.documents.fields.dnr}
        value={draft.dnr ?? ''}
        onChange={(v) => onChange({ ...draft, dnr: v })}
      />
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
          {draft.rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; their order is the identity
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>
                  <input
                    aria-label={`${c.label}, rad ${i + 1}`}
                    value={r[c.key] ?? ''}
                    placeholder={c.key === 'beslutsdatum' ? 'ÅÅÅÅ-MM-DD' : undefined}
                    onChange={(ev) =>
                      setRows(draft.rows.map((x, j) => (j === i ? { ...x, [c.key]: ev.target.value } : x)))
                    }
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={t.removeRow(i + 1)}
                  onClick={() => setRows(draft.rows.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft.rows.length === 0 ? <p className="muted">{t.empty}</p> : null}
      <button
        type="button"
        onClick={() => setRows([...draft.rows, { arendetyp: '', rubrik: '', beslutsdatum: '', delegat: '' }])}
      >
        + {t.addRow}
      </button>
      <PasteBox parse={parseDelegationRows} onRows={(rows) => setRows([...draft.rows, ...rows])} />
    </div>
  );
}
