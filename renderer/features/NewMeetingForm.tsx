import { type FormEvent, useEffect, useState } from 'react';
import type { CommitteeSummary } from '../../shared/domain/meeting';
import { call } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** A new, empty meeting of a committee already in the register (they arrive with packages). */
export function NewMeetingForm() {
  const settings = useStore((s) => s.settings);
  const createMeeting = useStore((s) => s.createMeeting);
  const closeView = useStore((s) => s.closeSettings);
  const showError = useStore((s) => s.showError);
  const [committees, setCommittees] = useState<CommitteeSummary[] | null>(null);

  useEffect(() => {
    call('committees:list').then(
      (all) => setCommittees(all.filter((c) => c.kind !== 'presidium')),
      (error: unknown) => showError(error instanceof Error ? error.message : String(error)),
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
    if (created) closeView();
  };

  if (committees === null) return <p className="muted">{sv.status.loading}</p>;
  return (
    <article className="settings" data-testid="new-meeting">
      <header className="settings-header">
        <h2>{sv.newMeeting.heading}</h2>
        <button type="button" onClick={closeView}>
          {sv.settings.close}
        </button>
      </header>
      {committees.length === 0 ? (
        <p>{sv.newMeeting.noCommittees}</p>
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
