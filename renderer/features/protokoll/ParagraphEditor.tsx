import { memo } from 'react';
import { attendanceAt, personLine } from '../../../shared/protokoll/attendance';
import type { Paragraf, Protokoll } from '../../../shared/protokoll/model';
import { insertParagraph, removeParagraph } from '../../../shared/protokoll/paragraphs';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { RichTextEditor, RichTextView } from '../documents/RichTextEditor';
import { CheckedField, LinesArea, TextArea } from './fields';
import { VoteTable } from './VoteTable';

const t = sv.protokoll;

/** Jäv: the ledamöter present in this § who declare jäv; who then serves in their seat is shown. */
function JavField(props: {
  protokoll: Protokoll;
  paragraf: Paragraf;
  order: Record<string, string[]> | undefined;
  readOnly: boolean;
  onChange: (jav: string[] | undefined) => void;
}) {
  const { protokoll, paragraf, order, readOnly } = props;
  const jav = paragraf.jav ?? [];
  const at = attendanceAt(protokoll, paragraf.number, jav, order);
  const ledamoter = protokoll.attendees.filter((a) => a.category === 'ordinarie');
  const serving = at.beslutande.filter((b) => b.servingFor && jav.includes(b.servingFor));
  return (
    <fieldset className="jav" data-testid={`jav-${paragraf.number}`}>
      <legend>{t.jav}</legend>
      <p className="field-hint">{t.javHint}</p>
      <div className="jav-list">
        {ledamoter.map((a) => (
          <label key={a.name} className="check">
            <input
              type="checkbox"
              checked={jav.includes(a.name)}
              disabled={readOnly}
              onChange={(e) => {
                const next = e.target.checked ? [...jav, a.name] : jav.filter((n) => n !== a.name);
                props.onChange(next.length > 0 ? next : undefined);
              }}
            />
            {personLine(a)}
          </label>
        ))}
      </div>
      {jav.length > 0 ? (
        <p role="status">
          {t.javNoted(jav.join(', '))}
          {serving.map((b) => ` ${b.name} ${t.servingFor(b.servingFor!)}.`).join('')}
        </p>
      ) : null}
    </fieldset>
  );
}

type TextKey = 'sammanfattning' | 'yrkanden' | 'propositionsordning' | 'reservationer' | 'protokollsanteckningar';
type LinesKey = 'beslutsunderlag' | 'beslutetSkickasTill';

/** Focuses and selects the title of § `n` once it is on screen (a new paragraf gets its title typed). */
export function focusParagraphTitle(n: number) {
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLInputElement>(`[data-testid="paragraf-title-${n}"]`);
    input?.focus();
    input?.select();
  });
}

/** Adding a paragraf after this one, or removing it (before justering; both undoable). */
function ParagraphTools(props: { index: number; number: number; title: string }) {
  const restructure = useStore((s) => s.restructureProtokoll);
  const notice = useStore((s) => s.showNotice);
  return (
    <div className="paragraf-tools">
      <button
        type="button"
        className="small"
        aria-label={t.addParagraphLabel(props.number)}
        onClick={async () => {
          await restructure((p) => insertParagraph(p, props.index + 1, t.newParagraphTitle));
          notice(t.paragraphAdded(props.number + 1));
          focusParagraphTitle(props.number + 1);
        }}
      >
        {t.addParagraph}
      </button>
      <button
        type="button"
        className="small"
        aria-label={t.removeParagraphLabel(props.number)}
        onClick={async () => {
          await restructure((p) => removeParagraph(p, props.index));
          notice(t.paragraphRemoved(props.number, props.title));
        }}
      >
        {t.removeParagraph}
      </button>
    </div>
  );
}

/** One paragraf: title, dnr, Beslut (rich text) and the fields a protokoll may carry. */
export const ParagraphEditor = memo(function ParagraphEditor(props: {
  protokoll: Protokoll;
  index: number;
  order: Record<string, string[]> | undefined;
  readOnly: boolean;
  revision: number;
}) {
  const { protokoll, index, order, readOnly, revision } = props;
  const paragraf = protokoll.paragraphs[index]!;
  const edit = useStore((s) => s.editProtokoll);
  const patch = (change: Partial<Paragraf>) =>
    edit((p) => ({
      ...p,
      paragraphs: p.paragraphs.map((x, i) => {
        if (i !== index) return x;
        const next: Record<string, unknown> = { ...x, ...change };
        // An optional field set to undefined is left out, not stored as null.
        for (const key of Object.keys(change)) if (next[key] === undefined) delete next[key];
        return next as Paragraf;
      }),
    }));
  const headingId = `paragraf-${paragraf.number}`;
  // Once justerat the paragraf reads like the protokoll: empty fields are left out.
  const show = (value: unknown) => !readOnly || (Array.isArray(value) ? value.length > 0 : Boolean(value));
  // The optional plain-text and one-per-line fields, each left out once justerat if empty.
  const text = (key: TextKey, label: string, rows?: number) =>
    show(paragraf[key]) ? (
      <TextArea
        label={label}
        value={paragraf[key]}
        readOnly={readOnly}
        {...(rows ? { rows } : {})}
        onChange={(value) => patch({ [key]: value })}
      />
    ) : null;
  const lines = (key: LinesKey, label: string, hint?: string) =>
    show(paragraf[key]) ? (
      <LinesArea
        label={label}
        value={paragraf[key]}
        readOnly={readOnly}
        hint={readOnly ? undefined : hint}
        onChange={(value) => patch({ [key]: value })}
      />
    ) : null;
  const filled = [
    paragraf.yrkanden,
    paragraf.propositionsordning,
    paragraf.omrostning,
    paragraf.reservationer,
    paragraf.protokollsanteckningar,
    paragraf.jav?.length,
  ].some(Boolean);
  return (
    <section className="paragraf" aria-labelledby={headingId} data-testid={`paragraf-${paragraf.number}`}>
      <div className="paragraf-head">
        <h4 id={headingId}>{t.paragraph(paragraf.number, paragraf.title)}</h4>
        {readOnly ? null : <ParagraphTools index={index} number={paragraf.number} title={paragraf.title} />}
      </div>
      <div className="field-row">
        <CheckedField
          label={t.title}
          value={paragraf.title}
          required
          wide
          readOnly={readOnly}
          testId={`paragraf-title-${paragraf.number}`}
          onChange={(title) => patch({ title })}
        />
        <CheckedField
          label={t.dnr}
          value={paragraf.dnr ?? ''}
          readOnly={readOnly}
          onChange={(dnr) => patch({ dnr: dnr || undefined })}
        />
      </div>
      {readOnly ? (
        <div data-testid={`beslut-${paragraf.number}`}>
          <RichTextView key={`${revision}`} label={t.beslut} value={paragraf.beslut} />
        </div>
      ) : (
        <div data-testid={`beslut-${paragraf.number}`}>
          <RichTextEditor
            key={`${revision}`}
            label={`${t.beslut} § ${paragraf.number}`}
            value={paragraf.beslut}
            onChange={(beslut) => patch({ beslut })}
          />
        </div>
      )}
      {text('sammanfattning', t.sammanfattning, 3)}
      {lines('beslutsunderlag', t.beslutsunderlag, t.linesHint)}
      {lines('beslutetSkickasTill', t.skickasTill)}
      {readOnly && !paragraf.omedelbarJustering ? null : (
        <label className="check">
          <input
            type="checkbox"
            checked={paragraf.omedelbarJustering === true}
            disabled={readOnly}
            onChange={(e) => patch({ omedelbarJustering: e.target.checked || undefined })}
          />
          {t.omedelbar}
          <span className="field-hint"> — {t.omedelbarHint}</span>
        </label>
      )}
      {readOnly && !filled ? null : (
        <details className="paragraf-more" open={filled}>
          <summary>{t.more}</summary>
          {text('yrkanden', t.yrkanden)}
          {text('propositionsordning', t.propositionsordning)}
          {show(paragraf.omrostning) ? (
            <VoteTable
              protokoll={protokoll}
              paragraf={paragraf}
              order={order}
              readOnly={readOnly}
              onChange={(omrostning) => patch({ omrostning })}
            />
          ) : null}
          {text('reservationer', t.reservationer)}
          {text('protokollsanteckningar', t.protokollsanteckningar)}
          {show(paragraf.jav) ? (
            <JavField
              protokoll={protokoll}
              paragraf={paragraf}
              order={order}
              readOnly={readOnly}
              onChange={(jav) => patch({ jav })}
            />
          ) : null}
        </details>
      )}
    </section>
  );
});
