import { useState } from 'react';
import {
  backwardTransitions,
  forwardTransitions,
  meetingStatusLabel,
  meetingStatusMeaning,
  meetingStatusOrder,
  storesVersion,
} from '../../../shared/domain/meetingStatus';
import type { MeetingStatus } from '../../../shared/package/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

/**
 * The status workflow: the six steps with what each means, the moves allowed from here
 * (shared/domain/meetingStatus.ts), and going back only with a reason that is recorded.
 */
export function StatusControl({ status }: { status: MeetingStatus }) {
  const setStatus = useStore((s) => s.setStatus);
  const [back, setBack] = useState<MeetingStatus | null>(null);
  const [reason, setReason] = useState('');
  const [working, setWorking] = useState(false);
  const current = meetingStatusOrder.indexOf(status);

  const move = async (to: MeetingStatus, why?: string) => {
    setWorking(true);
    try {
      await setStatus(to, why);
      setBack(null);
      setReason('');
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="workflow" aria-label={sv.workflow.heading} data-testid="status-control">
      <ol className="workflow-steps">
        {meetingStatusOrder.map((s, i) => (
          <li
            key={s}
            className={i < current ? 'done' : i === current ? 'current' : 'todo'}
            aria-current={i === current ? 'step' : undefined}
            title={meetingStatusMeaning[s]}
          >
            {meetingStatusLabel[s]}
          </li>
        ))}
      </ol>
      <p className="workflow-meaning" data-testid="status-meaning">
        <strong>{meetingStatusLabel[status]}:</strong> {meetingStatusMeaning[status]}
      </p>
      <div className="workflow-actions">
        {forwardTransitions[status].map((to) => (
          <button
            key={to}
            type="button"
            className={to === forwardTransitions[status][0] ? 'primary' : undefined}
            disabled={working}
            title={meetingStatusMeaning[to]}
            onClick={() => void move(to)}
          >
            {sv.workflow.forward(meetingStatusLabel[to])}
            {storesVersion(to) ? <span className="workflow-note"> · {sv.workflow.storesVersion}</span> : null}
          </button>
        ))}
        {backwardTransitions[status].map((to) => (
          <button key={to} type="button" disabled={working} onClick={() => setBack(to)}>
            {sv.workflow.back(meetingStatusLabel[to])}
          </button>
        ))}
        {working ? (
          <span className="muted" role="status">
            {sv.workflow.savingVersion}
          </span>
        ) : null}
      </div>
      {back ? (
        <form
          className="workflow-back"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void move(back, reason.trim());
          }}
        >
          <label>
            {sv.workflow.reasonLabel(meetingStatusLabel[back])}
            <input
              // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click and asks one thing
              autoFocus
              value={reason}
              placeholder={sv.workflow.reasonPlaceholder}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="workflow-actions">
            <button type="submit" className="primary" disabled={!reason.trim() || working}>
              {sv.workflow.confirmBack}
            </button>
            <button type="button" onClick={() => setBack(null)}>
              {sv.workflow.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
