import { type FormEvent, useEffect, useId, useState } from 'react';
import type { AgendaStart } from '../../shared/domain/agendaTemplate';
import { timeToMinutes } from '../../shared/domain/dates';
import { cleanTitle } from '../../shared/domain/text';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { checkDate, checkTime } from './MeetingView';
import { PanelHeader } from './PanelHeader';

type Field = 'date' | 'startTime' | 'endTime' | 'place';
type Values = Record<Field, string>;

/** Every problem of the form at once, per field, in Swedish. */
function problemsOf(v: Values, hasDefaultPlace: boolean): Partial<Record<Field, string>> {
  const p: Partial<Record<Field, string>> = {};
  if (v.date === '') p.date = sv.forms.required(sv.meeting.date);
  else if (checkDate(v.date)) p.date = checkDate(v.date)!;
  if (v.startTime === '') p.startTime = sv.forms.required(sv.meeting.start);
  else if (checkTime(v.startTime)) p.startTime = checkTime(v.startTime)!;
  if (v.endTime !== '') {
    if (checkTime(v.endTime)) p.endTime = checkTime(v.endTime)!;
    else if (!p.startTime && timeToMinutes(v.endTime) <= timeToMinutes(v.startTime)) {
      p.endTime = `Sluttiden ${v.endTime} måste vara senare än starttiden ${v.startTime}.`;
    }
  }
  if (v.place === '' && !hasDefaultPlace) p.place = sv.forms.required(sv.meeting.place);
  return p;
}

/** A new meeting of a nämnd in the register; its agenda starts from the standard agenda, the previous meeting or empty. */
export function NewMeetingForm() {
  const settings = useStore((s) => s.settings);
  const createMeeting = useStore((s) => s.createMeeting);
  const closePanel = useStore((s) => s.closePanel);
  const committees = useStore((s) => s.committees);
  const loadCommittees = useStore((s) => s.loadCommittees);
  const openTemplate = useStore((s) => s.openTemplate);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const ids = { date: useId(), startTime: useId(), endTime: useId(), place: useId() };

  useEffect(() => {
    void loadCommittees();
  }, [loadCommittees]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => cleanTitle(String(form.get(name) ?? ''));
    const values: Values = {
      date: text('date'),
      startTime: text('startTime'),
      endTime: text('endTime'),
      place: text('place'),
    };
    const found = problemsOf(values, Boolean(settings?.defaultPlace));
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0] as Field;
      document.getElementById(ids[first])?.focus();
      return;
    }
    const created = await createMeeting({
      committeeId: text('committeeId'),
      date: values.date,
      startTime: values.startTime,
      endTime: values.endTime || null,
      start: text('start') as AgendaStart,
      ...(values.place ? { place: values.place } : {}),
    });
    if (created) closePanel();
  };

  const field = (
    name: Field,
    label: string,
    extra: { placeholder?: string; numeric?: boolean; required?: boolean },
  ) => (
    <label>
      <span>
        {label}
        {extra.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        id={ids[name]}
        name={name}
        dir="auto"
        placeholder={extra.placeholder}
        inputMode={extra.numeric ? 'numeric' : undefined}
        aria-required={extra.required || undefined}
        aria-invalid={problems[name] ? true : undefined}
        aria-describedby={problems[name] ? `${ids[name]}-error` : undefined}
      />
      {problems[name] ? (
        <span id={`${ids[name]}-error`} className="field-error">
          {problems[name]}
        </span>
      ) : null}
    </label>
  );

  if (committees === null) return <p className="muted">{sv.status.loading}</p>;
  return (
    <article className="settings" data-testid="new-meeting">
      <PanelHeader title={sv.newMeeting.heading} />
      {committees.length === 0 ? (
        <>
          <p>{sv.newMeeting.noCommittees}</p>
          <button type="button" className="primary" onClick={() => void useStore.getState().openRegister()}>
            {sv.newMeeting.openRegister}
          </button>
        </>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p className="muted">{sv.forms.requiredNote}</p>
          <fieldset>
            <label>
              <span>
                {sv.newMeeting.committee}
                <span aria-hidden="true"> *</span>
              </span>
              <select
                name="committeeId"
                required
                value={committeeId ?? committees[0]!.id}
                onChange={(e) => setCommitteeId(e.target.value)}
              >
                {committees.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            {field('date', sv.meeting.date, { placeholder: 'ÅÅÅÅ-MM-DD', numeric: true, required: true })}
            {field('startTime', sv.meeting.start, { placeholder: 'TT:MM', numeric: true, required: true })}
            {field('endTime', sv.meeting.end, { placeholder: 'TT:MM', numeric: true })}
            {field('place', sv.meeting.place, {
              placeholder: settings?.defaultPlace || sv.newMeeting.placeHint,
              required: !settings?.defaultPlace,
            })}
          </fieldset>
          <fieldset>
            <legend>{sv.start.label}</legend>
            {(['template', 'previous', 'empty'] as const).map((start) => (
              <label key={start} className="radio">
                <input type="radio" name="start" value={start} defaultChecked={start === 'template'} />
                {sv.start[start]}
              </label>
            ))}
            <button type="button" className="link" onClick={() => openTemplate(committeeId ?? committees[0]!.id)}>
              {sv.template.open}
            </button>
          </fieldset>
          <button type="submit" className="primary">
            {sv.newMeeting.create}
          </button>
        </form>
      )}
    </article>
  );
}
