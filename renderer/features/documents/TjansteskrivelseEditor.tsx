import { suggestBeslutsunderlag } from '../../../shared/domain/documentTemplates';
import type { AgendaItemView, MeetingDetail } from '../../../shared/domain/meeting';
import type { Signatory, Tjansteskrivelse } from '../../../shared/package/model';
import { sv } from '../../strings.sv';
import { cleanLines, LinesField, optional, TextField } from './fields';
import { RichTextEditor } from './RichTextEditor';

const f = sv.documents.fields;

/** The tjänsteskrivelse/missiv as stored: empty optional fields left out, lines trimmed. */
export function cleanTjansteskrivelse(d: Tjansteskrivelse): Tjansteskrivelse {
  const points = cleanLines(d.forslagTillBeslut?.points);
  const subject = optional(d.forslagTillBeslut?.subject);
  const out: Tjansteskrivelse = { type: d.type, date: d.date.trim(), title: d.title.trim() };
  const put = <K extends keyof Tjansteskrivelse>(k: K, v: Tjansteskrivelse[K] | undefined) => {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  put('dnr', optional(d.dnr));
  put('addressee', optional(d.addressee));
  if (subject || points.length > 0) {
    out.forslagTillBeslut = {
      ...(subject ? { subject } : {}),
      style: d.forslagTillBeslut?.style ?? 'bullet',
      points,
    };
  }
  put('sammanfattning', optional(d.sammanfattning));
  put('informationIArendet', optional(d.informationIArendet));
  put('beslutsunderlag', cleanLines(d.beslutsunderlag));
  put('beslutSkickasTill', cleanLines(d.beslutSkickasTill));
  put('signatureUnit', optional(d.signatureUnit));
  put('signatories', d.signatories);
  return out;
}

export function TjansteskrivelseEditor(props: {
  draft: Tjansteskrivelse;
  onChange: (d: Tjansteskrivelse) => void;
  meeting: MeetingDetail;
  item: AgendaItemView;
  documentId: string;
}) {
  const { draft, onChange, meeting, item } = props;
  const set = <K extends keyof Tjansteskrivelse>(k: K, v: Tjansteskrivelse[K]) => onChange({ ...draft, [k]: v });
  const forslag = draft.forslagTillBeslut ?? {};
  const officials: Signatory[] = meeting.members
    .filter((m) => m.category === 'tjansteman' && m.name)
    .map((m) => ({ name: m.name!, ...(m.title ? { title: m.title } : {}) }));
  const chosen = draft.signatories ?? [];
  const extra = chosen.filter((s) => !officials.some((o) => o.name === s.name));
  const toggle = (s: Signatory, on: boolean) =>
    set('signatories', on ? [...chosen, s] : chosen.filter((c) => c.name !== s.name));
  const others = item.documents.filter((d) => d.id !== props.documentId);

  return (
    <div className="doc-form" data-testid="editor-tjansteskrivelse">
      <div className="field-row">
        <label className="field">
          <span className="field-label">{f.type}</span>
          <select value={draft.type} onChange={(e) => set('type', e.target.value as Tjansteskrivelse['type'])}>
            <option value="tjansteskrivelse">{sv.documentTypes.tjansteskrivelse}</option>
            <option value="missiv">{sv.documentTypes.missiv}</option>
          </select>
        </label>
        <TextField label={f.date} value={draft.date} placeholder="ÅÅÅÅ-MM-DD" onChange={(v) => set('date', v)} />
        <TextField
          field="dnr"
          label={f.dnr}
          value={draft.dnr ?? ''}
          placeholder="RJL 2024/12"
          onChange={(v) => set('dnr', v)}
        />
      </div>
      <TextField label={f.addressee} wide value={draft.addressee ?? ''} onChange={(v) => set('addressee', v)} />
      <TextField label={f.title} wide value={draft.title} onChange={(v) => set('title', v)} />

      <fieldset>
        <legend>{f.forslag}</legend>
        <TextField
          label={f.subject}
          wide
          value={forslag.subject ?? ''}
          onChange={(v) => set('forslagTillBeslut', { ...forslag, subject: v })}
        />
        <label className="field">
          <span className="field-label">{f.style}</span>
          <select
            value={forslag.style ?? 'bullet'}
            onChange={(e) => set('forslagTillBeslut', { ...forslag, style: e.target.value as 'bullet' | 'numbered' })}
          >
            <option value="bullet">{f.styleBullet}</option>
            <option value="numbered">{f.styleNumbered}</option>
          </select>
        </label>
        <LinesField
          label={f.points}
          hint={f.pointsHintTs}
          value={forslag.points}
          onChange={(points) => set('forslagTillBeslut', { ...forslag, points })}
        />
      </fieldset>

      <RichTextEditor
        label={f.sammanfattning}
        value={draft.sammanfattning ?? ''}
        onChange={(v) => set('sammanfattning', v)}
      />
      <RichTextEditor
        label={f.information}
        value={draft.informationIArendet ?? ''}
        onChange={(v) => set('informationIArendet', v)}
      />

      <LinesField
        field="beslutsunderlag"
        label={f.beslutsunderlag}
        value={draft.beslutsunderlag}
        onChange={(v) => set('beslutsunderlag', v)}
      />
      <button
        type="button"
        className="link-button"
        onClick={() =>
          set('beslutsunderlag', suggestBeslutsunderlag({ type: draft.type, date: draft.date.trim() }, others))
        }
      >
        {f.suggest}
      </button>
      <LinesField label={f.skickasTill} value={draft.beslutSkickasTill} onChange={(v) => set('beslutSkickasTill', v)} />
      <TextField
        label={f.signatureUnit}
        wide
        value={draft.signatureUnit ?? ''}
        onChange={(v) => set('signatureUnit', v)}
      />
      <fieldset data-field="signatories">
        <legend>{f.signatories}</legend>
        {officials.length === 0 ? <p className="muted">{f.noOfficials}</p> : null}
        {[...officials, ...extra].map((o) => (
          <label key={o.name} className="check">
            <input
              type="checkbox"
              checked={chosen.some((c) => c.name === o.name)}
              onChange={(e) => toggle(o, e.target.checked)}
            />
            {o.name}
            {o.title ? `, ${o.title}` : ''}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
