import { infinitiveHint } from '../../../shared/domain/documentTemplates';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import type { Protokollsutdrag } from '../../../shared/package/model';
import { sv } from '../../strings.sv';
import { cleanLines, LinesField, optional, TextField } from './fields';
import { RichTextEditor } from './RichTextEditor';

const f = sv.documents.fields;

export function cleanProtokollsutdrag(d: Protokollsutdrag): Protokollsutdrag {
  const out: Protokollsutdrag = { type: 'protokollsutdrag', paragraph: d.paragraph, title: d.title.trim() };
  const put = <K extends keyof Protokollsutdrag>(k: K, v: Protokollsutdrag[K] | undefined) => {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  put('dnr', optional(d.dnr));
  put('jav', cleanLines(d.jav));
  put('decisionIntro', optional(d.decisionIntro));
  put('decisionStyle', d.decisionStyle);
  put('decisionPoints', cleanLines(d.decisionPoints));
  put('decisionClosing', optional(d.decisionClosing));
  put('sammanfattning', optional(d.sammanfattning));
  put('beslutsunderlag', cleanLines(d.beslutsunderlag));
  put('yrkanden', cleanLines(d.yrkanden));
  put('beslutetSkickasTill', cleanLines(d.beslutetSkickasTill));
  return out;
}

export function ProtokollsutdragEditor(props: {
  draft: Protokollsutdrag;
  onChange: (d: Protokollsutdrag) => void;
  meeting: MeetingDetail;
}) {
  const { draft, onChange } = props;
  const set = <K extends keyof Protokollsutdrag>(k: K, v: Protokollsutdrag[K]) => onChange({ ...draft, [k]: v });
  const pm = props.meeting.presidiumMeeting;
  const hints = (draft.decisionPoints ?? []).map(infinitiveHint).filter((h): h is string => h !== null);

  return (
    <div className="doc-form" data-testid="editor-protokollsutdrag">
      <p className="muted" data-testid="presidium-line">
        {pm ? f.presidium(pm.date, pm.startTime, pm.place) : f.noPresidium}
      </p>
      <div className="field-row">
        <TextField
          label={f.paragraph}
          type="number"
          value={String(draft.paragraph)}
          hint={f.paragraphHint(pm?.paragraphFrom ?? null, pm?.paragraphTo ?? null)}
          onChange={(v) => set('paragraph', Number.parseInt(v, 10) || 0)}
        />
        <TextField
          field="dnr"
          label={f.dnr}
          value={draft.dnr ?? ''}
          placeholder="RJL 2024/12"
          onChange={(v) => set('dnr', v)}
        />
      </div>
      <TextField label={f.title} wide value={draft.title} onChange={(v) => set('title', v)} />
      <LinesField label={f.jav} value={draft.jav} onChange={(v) => set('jav', v)} />
      <fieldset>
        <legend>Beslut</legend>
        <TextField
          label={f.decisionIntro}
          wide
          value={draft.decisionIntro ?? ''}
          onChange={(v) => set('decisionIntro', v)}
        />
        <label className="field">
          <span className="field-label">{f.style}</span>
          <select
            value={draft.decisionStyle ?? 'bullet'}
            onChange={(e) => set('decisionStyle', e.target.value as 'bullet' | 'numbered' | 'plain')}
          >
            <option value="bullet">{f.styleBullet}</option>
            <option value="numbered">{f.styleNumbered}</option>
            <option value="plain">{f.stylePlain}</option>
          </select>
        </label>
        <LinesField
          label={f.decisionPoints}
          value={draft.decisionPoints}
          hint={hints.length > 0 ? hints.join(' ') : null}
          onChange={(v) => set('decisionPoints', v)}
        />
        <TextField
          label={f.decisionClosing}
          wide
          value={draft.decisionClosing ?? ''}
          onChange={(v) => set('decisionClosing', v)}
        />
      </fieldset>
      <RichTextEditor
        label={f.sammanfattning}
        value={draft.sammanfattning ?? ''}
        onChange={(v) => set('sammanfattning', v)}
      />
      <LinesField
        field="beslutsunderlag"
        label={f.beslutsunderlag}
        value={draft.beslutsunderlag}
        onChange={(v) => set('beslutsunderlag', v)}
      />
      <LinesField label={f.yrkanden} value={draft.yrkanden} onChange={(v) => set('yrkanden', v)} />
      <LinesField
        label={f.beslutetSkickasTill}
        value={draft.beslutetSkickasTill}
        onChange={(v) => set('beslutetSkickasTill', v)}
      />
    </div>
  );
}
