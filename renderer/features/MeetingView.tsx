import { useEffect, useId, useState } from 'react';
import { RealDate } from '../../shared/domain/meeting';
import { cleanTitle } from '../../shared/domain/text';
import { Time } from '../../shared/package/model';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { AgendaColumnSelect } from './AgendaColumnSelect';
import { AgendaEditor } from './agenda/AgendaEditor';
import { MeetingMembers } from './MeetingMembers';
import { ReviewPanel } from './review/ReviewPanel';
import { StatusControl } from './review/StatusControl';

/** Swedish reason a header value cannot be saved, or null. */
export const checkDate = (v: string) => {
  const r = RealDate.safeParse(v);
  return r.success ? null : sv.forms.dateProblem(r.error.issues[0]?.message ?? '');
};
export const checkTime = (v: string) => (Time.safeParse(v).success ? null : sv.forms.timeProblem(v));

/**
 * A header field that saves its trimmed value on blur or Enter, after a check; a refused value
 * stays marked with its reason beside the field (never looks saved); Escape puts the saved value back.
 */
function MeetingField(props: {
  label: string;
  value: string;
  placeholder?: string;
  numeric?: boolean;
  wide?: boolean;
  required?: boolean;
  check?: (value: string) => string | null;
  onCommit: (value: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(props.value);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  useEffect(() => {
    setDraft(props.value);
    setProblem(null);
  }, [props.value]);
  const commit = async () => {
    const next = cleanTitle(draft);
    if (next === props.value) {
      setProblem(null);
      return;
    }
    const reason = next === '' && props.required ? sv.forms.required(props.label) : (props.check?.(next) ?? null);
    if (reason) {
      setProblem(reason);
      return;
    }
    setProblem((await props.onCommit(next)) ? null : sv.forms.notSaved);
  };
  return (
    <label className={props.wide ? 'wide' : undefined}>
      <span>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        value={draft}
        dir="auto"
        placeholder={props.placeholder}
        inputMode={props.numeric ? 'numeric' : undefined}
        aria-required={props.required || undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') {
            setDraft(props.value);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      ) : null}
    </label>
  );
}

/** The meeting being prepared: its header fields, the agenda and the member list summary. */
export function MeetingView() {
  const meeting = useStore((s) => s.current);
  const updateMeeting = useStore((s) => s.updateMeeting);
  const setAgendaColumn = useStore((s) => s.setAgendaColumn);
  const exportPdf = useStore((s) => s.exportPdf);
  const exportPackage = useStore((s) => s.exportPackage);
  const deleteMeeting = useStore((s) => s.deleteMeeting);
  const exporting = useStore((s) => s.exporting);
  // Files dropped anywhere else in the window go to the selected item; never let the page navigate to a file.
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      void useStore.getState().dropFiles(null, Array.from(e.dataTransfer.files));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  const changes = useStore((s) => s.changeCount);
  const loadChangeCount = useStore((s) => s.loadChangeCount);
  const updatedAt = meeting?.updatedAt;
  const meetingId = meeting?.id;
  const frozen = meeting?.numbersFrozen ?? false;
  // The change log only exists for a sent kallelse; its length is shown beside the rule.
  useEffect(() => {
    if (meetingId && frozen && updatedAt) void loadChangeCount(meetingId);
  }, [meetingId, frozen, updatedAt, loadChangeCount]);
  if (!meeting) return null;

  return (
    <article className="meeting" data-testid="meeting-view">
      <header className="meeting-header">
        <p className="muted">{meeting.organisation.name}</p>
        <h2>{meeting.committee.name}</h2>
        <p className="muted required-note">{sv.forms.requiredNote}</p>
        <div className="meeting-fields">
          <MeetingField
            label={sv.meeting.date}
            value={meeting.date}
            placeholder="ÅÅÅÅ-MM-DD"
            numeric
            required
            check={checkDate}
            onCommit={(date) => updateMeeting({ date })}
          />
          <MeetingField
            label={sv.meeting.start}
            value={meeting.startTime}
            placeholder="TT:MM"
            numeric
            required
            check={checkTime}
            onCommit={(startTime) => updateMeeting({ startTime })}
          />
          <MeetingField
            label={sv.meeting.end}
            value={meeting.endTime ?? ''}
            placeholder="TT:MM"
            numeric
            check={checkTime}
            onCommit={(end) => updateMeeting({ endTime: end || null })}
          />
          <MeetingField
            label={sv.meeting.place}
            value={meeting.place}
            wide
            required
            onCommit={(place) => updateMeeting({ place })}
          />
          <AgendaColumnSelect value={meeting.agendaColumn} onChange={(c) => void setAgendaColumn(c)} />
        </div>
        <StatusControl status={meeting.status} />
        <div className="toolbar">
          <button
            type="button"
            className={meeting.status === 'genomford' || meeting.status === 'justerad' ? 'primary' : undefined}
            title={sv.protokoll.openHint}
            data-testid="open-protokoll"
            onClick={() => void useStore.getState().openProtokoll()}
          >
            {sv.protokoll.open}
          </button>
          <button type="button" className="primary" disabled={exporting} onClick={() => void exportPdf()}>
            {sv.meeting.exportPdf}
          </button>
          <button type="button" disabled={exporting} onClick={() => void useStore.getState().printPdf()}>
            {sv.meeting.print}
          </button>
          <button type="button" onClick={() => void exportPackage()}>
            {sv.meeting.exportPackage}
          </button>
          <button type="button" className="danger" onClick={() => void deleteMeeting()}>
            {sv.meetingDelete.button}
          </button>
        </div>
      </header>

      <h3>{sv.meeting.agenda}</h3>
      <p className={frozen ? 'rule frozen' : 'rule'} data-testid="numbering-rule">
        {frozen ? sv.sent.rule : sv.sent.draftRule}
        {frozen && changes > 0 ? <span className="muted"> {sv.sent.changes(changes)}.</span> : null}
      </p>
      <AgendaEditor meeting={meeting} />

      <MeetingMembers />
      <ReviewPanel meeting={meeting} />
      <p className="shortcuts muted">{sv.meeting.shortcuts}</p>
    </article>
  );
}
