import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import type { SheetSource } from '../../../shared/register/model';
import { categoryHeadings } from '../../../shared/register/vocabulary';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.register;

/** A file's bytes as base64; main decodes them (UTF-8 or Windows-1252). */
const toBase64 = (file: File): Promise<string> =>
  file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });

/**
 * Paste rows from a spreadsheet (or choose a CSV file): every row is checked as you type and
 * listed with its printed line or its error; nothing is written until "Lägg till N platser".
 */
export function PasteImport({ onDone }: { onDone: () => void }) {
  const preview = useStore((s) => s.importPreview);
  const previewImport = useStore((s) => s.previewImport);
  const clearImport = useStore((s) => s.clearImport);
  const commitImport = useStore((s) => s.commitImport);
  const [source, setSource] = useState<SheetSource | null>(null);
  const [text, setText] = useState('');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => clearImport(), [clearImport]);

  const onText = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    if (value.trim() === '') {
      setSource(null);
      clearImport();
      return;
    }
    const next: SheetSource = { kind: 'text', text: value };
    setSource(next);
    timer.current = window.setTimeout(() => void previewImport(next), 250);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const next: SheetSource = { kind: 'bytes', base64: await toBase64(file) };
    setText('');
    setSource(next);
    await previewImport(next);
  };

  const ready = preview?.ok === true && preview.rows.length > 0 && source !== null;
  return (
    <section className="paste-import" aria-labelledby="paste-heading" data-testid="paste-import">
      <h3 id="paste-heading">{t.pasteHeading}</h3>
      <p className="muted">{t.pasteHelp}</p>
      <label className="paste-label">
        {t.pasteLabel}
        <textarea
          value={text}
          rows={7}
          spellCheck={false}
          placeholder={'Namn\tParti\tKategori\tRoll\nPer Eriksson\tC\tOrdinarie ledamot\tordf.'}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      <label className="file-button">
        {t.chooseFile}
        <input type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      </label>

      {preview ? (
        <div className="import-preview">
          <p className="muted">
            {t.previewMeta(preview.encoding === 'text' ? null : preview.encoding, preview.delimiter)}
          </p>
          {preview.errors.length > 0 ? (
            <div role="alert" className="import-errors">
              <p>
                <strong>{t.previewErrors(preview.errors.length)}</strong>
              </p>
              <ul>
                {preview.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p role="status">{t.previewOk(preview.rows.length)}</p>
          )}
          {preview.rows.length > 0 ? (
            <table className="import-rows">
              <thead>
                <tr>
                  <th scope="col">{t.rowHeader}</th>
                  <th scope="col">{t.categoryHeader}</th>
                  <th scope="col">{t.lineHeader}</th>
                  <th scope="col">{t.periodHeader}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{categoryHeadings[r.category]}</td>
                    <td>{r.line}</td>
                    <td>{r.period}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}

      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => void (source && commitImport(source).then((ok) => ok && onDone()))}
        >
          {t.commit(ready ? preview.rows.length : 0)}
        </button>
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
