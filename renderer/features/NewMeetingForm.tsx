import { type FormEvent, useEffect, useState } from 'react';
import type { CommitteeSummary } from '../../shared/domain/meeting';
import { call, messageOf } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { PanelHeader } from './PanelHeader';

/** A new, empty meeting of a committee already in the register (they arrive with packages). */
export function NewMeetingForm() {
  const settings = useStore((s) => s.settings);
  const createMeeting = useStore((s) => s.createMeeting);
  const closePanel = useStore((s) => s.closePanel);
  const showError = useStore((s) => s.showError);
  const [committees, setCommittees] = useState<CommitteeSummary[] | null>(null);

  useEffect(() => {
    call('committees:list').then(
      (all) => setCommittees(all.filter((c) => c.kind !== 'presidium')),
      (error: unknown) => showError(messageOf(error)),
    );
  }, [showError]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const created = await createMeeting({
      committeeId: text('committeeId'),
      date: text('date'),
      startTime: text('startTime'),
      endTime: text('endTime') || null,
      ...(text('place') ? { place: text('place') } : {}),
    });
    if (created) closePanel();
  };

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
        <form onSubmit={(e) => void onSubmit(e)}>
          <fieldset>
            <label>
              {sv.newMeeting.committee}
              <select name="committeeId" required>
                {committees.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {sv.meeting.date}
              <input name="date" required placeholder="ÅÅÅÅ-MM-DD" inputMode="numeric" />
            </label>
            <label>
              {sv.meeting.start}
              <input name="startTime" required placeholder="TT:MM" inputMode="numeric" />
            </label>
            <label>
              {sv.meeting.end}
              <input name="endTime" placeholder="TT:MM" inputMode="numeric" />
            </label>
            <label>
              {sv.meeting.place}
              <input name="place" placeholder={settings?.defaultPlace || sv.newMeeting.placeHint} />
            </label>
          </fieldset>
          <button type="submit" className="primary">
            {sv.newMeeting.create}
          </button>
        </form>
      )}
    </article>
  );
}
