import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { AgendaColumnSelect } from './AgendaColumnSelect';
import { AgendaItemRow } from './AgendaItemRow';
import { MeetingMembers } from './MeetingMembers';
import { ReviewPanel } from './review/ReviewPanel';
import { StatusControl } from './review/StatusControl';

/** A header field that saves its trimmed value on blur, when it changed. */
function MeetingField(props: {
  label: string;
  value: string;
  placeholder?: string;
  numeric?: boolean;
  wide?: boolean;
  onCommit: (value: string) => void;
}) {
  return (
    <label className={props.wide ? 'wide' : undefined}>
      {props.label}
      <input
        key={props.value}
        defaultValue={props.value}
        placeholder={props.placeholder}
        inputMode={props.numeric ? 'numeric' : undefined}
        onBlur={(e) => {
          const next = e.target.value.trim();
          if (next !== props.value) props.onCommit(next);
        }}
      />
    </label>
  );
}

/** The meeting being prepared: its header fields, the agenda and the member list summary. */
export function MeetingView() {
  const meeting = useStore((s) => s.current);
  const preview = useStore((s) => s.preview);
  const updateMeeting = useStore((s) => s.updateMeeting);
  const setAgendaColumn = useStore((s) => s.setAgendaColumn);
  const exportPdf = useStore((s) => s.exportPdf);
  const exportPackage = useStore((s) => s.exportPackage);
  const undo = useStore((s) => s.undo);
  const canUndo = useStore((s) => s.undoStack.length > 0);
  const exporting = useStore((s) => s.exporting);
  const addItem = useStore((s) => s.addItem);
  const [focusItemId, setFocusItemId] = useState<string | null>(null);
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
  if (!meeting) return null;

  const pagesOf = new Map(
    (preview?.items ?? []).flatMap((i) =>
      i.firstPage !== null && i.lastPage !== null
        ? [[i.number, { firstPage: i.firstPage, lastPage: i.lastPage }] as const]
        : [],
    ),
  );

  return (
    <article className="meeting" data-testid="meeting-view">
      <header className="meeting-header">
        <p className="muted">{meeting.organisation.name}</p>
        <h2>{meeting.committee.name}</h2>
        <div className="meeting-fields">
          <MeetingField
            label={sv.meeting.date}
            value={meeting.date}
            placeholder="ÅÅÅÅ-MM-DD"
            numeric
            onCommit={(date) => void updateMeeting({ date })}
          />
          <MeetingField
            label={sv.meeting.start}
            value={meeting.startTime}
            placeholder="TT:MM"
            numeric
            onCommit={(startTime) => void updateMeeting({ startTime })}
          />
          <MeetingField
            label={sv.meeting.end}
            value={meeting.endTime ?? ''}
            placeholder="TT:MM"
            numeric
            onCommit={(end) => void updateMeeting({ endTime: end || null })}
          />
          <MeetingField
            label={sv.meeting.place}
            value={meeting.place}
            wide
            onCommit={(place) => void updateMeeting({ place })}
          />
          <AgendaColumnSelect value={meeting.agendaColumn} onChange={(c) => void setAgendaColumn(c)} />
        </div>
        <StatusControl status={meeting.status} />
        <div className="toolbar">
          <button type="button" className="primary" disabled={exporting} onClick={() => void exportPdf()}>
            {sv.meeting.exportPdf}
          </button>
          <button type="button" disabled={exporting} onClick={() => void useStore.getState().printPdf()}>
            {sv.meeting.print}
          </button>
          <button type="button" onClick={() => void exportPackage()}>
            {sv.meeting.exportPackage}
          </button>
          <button type="button" disabled={!canUndo} onClick={() => void undo()}>
            {sv.meeting.undo}
          </button>
        </div>
      </header>

      <h3>{sv.meeting.agenda}</h3>
      {meeting.sections.map((section) => (
        <section key={section.id} className="agenda-section">
          {section.heading ? <h4>{section.heading}</h4> : null}
          <ol className="agenda-items">
            {section.items.map((item) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                pages={pagesOf.get(item.number)}
                autoFocus={item.id === focusItemId}
              />
            ))}
          </ol>
          <button type="button" className="add-item" onClick={() => void addItem(section.id).then(setFocusItemId)}>
            + {sv.meeting.addItem}
          </button>
        </section>
      ))}

      <MeetingMembers />
      <ReviewPanel meeting={meeting} />
      <p className="shortcuts muted">{sv.meeting.shortcuts}</p>
    </article>
  );
}
