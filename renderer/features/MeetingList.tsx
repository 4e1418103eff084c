import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** The navigation list of meetings, newest first. */
export function MeetingList() {
  const meetings = useStore((s) => s.meetings);
  const currentId = useStore((s) => s.current?.id);
  const openMeeting = useStore((s) => s.openMeeting);
  const closePanel = useStore((s) => s.closePanel);
  if (meetings.length === 0) return <p className="muted">{sv.nav.noMeetings}</p>;
  return (
    <ul className="meeting-list" data-testid="meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={m.id === currentId ? 'meeting-link current' : 'meeting-link'}
            aria-current={m.id === currentId ? 'page' : undefined}
            onClick={() => {
              closePanel();
              void openMeeting(m.id);
            }}
          >
            <span className="meeting-date">{m.date}</span>
            <span className="meeting-name">{m.committeeShortName ?? m.committeeName}</span>
            <span className={`status-badge status-${m.status}`}>
              {sv.statuses[m.status]}
              {m.isCopy ? ` · ${sv.reimport.copyBadge}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
