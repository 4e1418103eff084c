import { useId, useState } from 'react';
import { anslagComplete, type Protokoll } from '../../../shared/protokoll/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.protokoll;

/** Justera, export and print of the protokoll, protokollsutdrag, anslagsbevis and omedelbar justering. */
export function ProtokollActions({ protokoll }: { protokoll: Protokoll }) {
  const busy = useStore((s) => s.protokollBusy);
  const exportDoc = useStore((s) => s.exportProtokoll);
  const printDoc = useStore((s) => s.printProtokoll);
  const justera = useStore((s) => s.justeraProtokoll);
  const [chosen, setChosen] = useState<number[]>([]);
  const [utdragProblem, setUtdragProblem] = useState(false);
  const utdragErrorId = useId();
  const anslagReady = anslagComplete(protokoll);
  const omedelbar = protokoll.paragraphs.some((p) => p.omedelbarJustering);
  const utdrag = (run: typeof exportDoc) => {
    if (chosen.length === 0) {
      setUtdragProblem(true);
      return;
    }
    setUtdragProblem(false);
    void run(
      'utdrag',
      [...chosen].sort((a, b) => a - b),
    );
  };
  return (
    <section className="protokoll-actions" aria-label={t.documents} data-testid="protokoll-actions">
      <div className="toolbar">
        {protokoll.justerad ? null : (
          <button type="button" className="primary" disabled={busy} onClick={() => void justera()}>
            {t.justera}
          </button>
        )}
        <button
          type="button"
          className={protokoll.justerad ? 'primary' : undefined}
          disabled={busy}
          onClick={() => void exportDoc('protokoll')}
        >
          {t.exportProtokoll}
        </button>
        <button type="button" disabled={busy} onClick={() => void printDoc('protokoll')}>
          {t.printProtokoll}
        </button>
        <button
          type="button"
          disabled={busy || !anslagReady}
          title={anslagReady ? undefined : t.anslagMissing}
          onClick={() => void exportDoc('anslag')}
        >
          {t.anslagExport}
        </button>
        <button type="button" disabled={busy || !anslagReady} onClick={() => void printDoc('anslag')}>
          {t.anslagPrint}
        </button>
        <button
          type="button"
          disabled={busy || !omedelbar}
          title={omedelbar ? undefined : t.omedelbarMissing}
          onClick={() => void exportDoc('omedelbar')}
        >
          {t.omedelbarExport}
        </button>
      </div>
      <details className="utdrag-chooser">
        <summary>{t.utdrag}</summary>
        <fieldset aria-describedby={utdragProblem ? utdragErrorId : undefined}>
          <legend>{t.utdragChoose}</legend>
          <div className="utdrag-list">
            {protokoll.paragraphs.map((p) => (
              <label key={p.number} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(p.number)}
                  onChange={(e) =>
                    setChosen((c) => (e.target.checked ? [...c, p.number] : c.filter((n) => n !== p.number)))
                  }
                />
                § {p.number} {p.title}
              </label>
            ))}
          </div>
        </fieldset>
        {utdragProblem ? (
          <p id={utdragErrorId} className="field-error" role="alert">
            {t.utdragNone}
          </p>
        ) : null}
        <div className="toolbar">
          <button type="button" disabled={busy} onClick={() => utdrag(exportDoc)}>
            {t.utdragExport}
          </button>
          <button type="button" disabled={busy} onClick={() => utdrag(printDoc)}>
            {t.utdragPrint}
          </button>
        </div>
      </details>
    </section>
  );
}
