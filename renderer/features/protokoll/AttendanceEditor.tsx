import { useState } from 'react';
import { attendanceAt, attendanceNotes, personLine } from '../../../shared/protokoll/attendance';
import type { AttendanceChange, Attendee, Protokoll } from '../../../shared/protokoll/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.protokoll;

type Order = Record<string, string[]> | undefined;

/** One person on the närvaro list: present or not, with party and role as the protokoll prints them. */
function PresentRow({ a, readOnly, onToggle }: { a: Attendee; readOnly: boolean; onToggle: () => void }) {
  return (
    <li>
      <label className="check">
        <input type="checkbox" checked={a.present} disabled={readOnly} onChange={onToggle} />
        <span>
          {personLine(a)}
          {a.title ? <span className="muted">, {a.title}</span> : null}
        </span>
      </label>
    </li>
  );
}

/** Who decides from the first §: the rules of shared/protokoll/attendance.ts, as the protokoll prints it. */
function Beslutande({ protokoll, order }: { protokoll: Protokoll; order: Order }) {
  const first = protokoll.paragraphs[0]?.number ?? 1;
  const at = attendanceAt(protokoll, first, [], order);
  const notes = attendanceNotes(protokoll, order);
  return (
    <div className="beslutande" data-testid="beslutande">
      <h4>{t.beslutande}</h4>
      <ul>
        {at.beslutande.map((b) => (
          <li key={b.name}>
            {personLine(b)}
            {b.servingFor ? <strong className="serving"> — {t.servingFor(b.servingFor)}</strong> : null}
          </li>
        ))}
        {at.emptySeats.map((s) => (
          <li key={s.name} className="warning-text">
            {t.emptySeat(personLine(s))}
          </li>
        ))}
      </ul>
      {at.ejTjanstgorande.length > 0 ? (
        <p>
          <span className="muted">{t.notServing}: </span>
          {at.ejTjanstgorande.map(personLine).join(', ')}
        </p>
      ) : null}
      {at.franvarande.length > 0 ? (
        <p>
          <span className="muted">{t.absent}: </span>
          {at.franvarande.map(personLine).join(', ')}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="change-notes" aria-label={t.changeNotes}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Changes of närvaro during the meeting: from a § on, someone arrives or leaves. */
function Changes({ protokoll, readOnly }: { protokoll: Protokoll; readOnly: boolean }) {
  const edit = useStore((s) => s.editProtokoll);
  const changes = protokoll.attendanceChanges ?? [];
  const numbers = protokoll.paragraphs.map((p) => p.number);
  const people = protokoll.attendees.filter((a) => a.category === 'ordinarie' || a.category === 'ersattare');
  const set = (next: AttendanceChange[]) => edit((p) => ({ ...p, attendanceChanges: next }));
  const patch = (i: number, c: Partial<AttendanceChange>) => set(changes.map((x, j) => (j === i ? { ...x, ...c } : x)));
  return (
    <fieldset className="attendance-changes">
      <legend>{t.changes}</legend>
      <p className="field-hint">{t.changesHint}</p>
      {changes.length > 0 ? (
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">{t.changeFrom}</th>
              <th scope="col">{t.changePerson}</th>
              <th scope="col">{t.changeKind}</th>
              <th scope="col">
                <span className="visually-hidden">{t.removeChange(0)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
              <tr key={i}>
                <td>
                  <select
                    aria-label={`${t.changeFrom} (${i + 1})`}
                    value={c.from}
                    disabled={readOnly}
                    onChange={(e) => patch(i, { from: Number(e.target.value) })}
                  >
                    {numbers.map((n) => (
                      <option key={n} value={n}>
                        § {n}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${t.changePerson} (${i + 1})`}
                    value={c.name}
                    disabled={readOnly}
                    onChange={(e) => patch(i, { name: e.target.value })}
                  >
                    {people.map((a) => (
                      <option key={a.name} value={a.name}>
                        {personLine(a)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${t.changeKind} (${i + 1})`}
                    value={c.present ? 'in' : 'out'}
                    disabled={readOnly}
                    onChange={(e) => patch(i, { present: e.target.value === 'in' })}
                  >
                    <option value="in">{t.arrives}</option>
                    <option value="out">{t.leaves}</option>
                  </select>
                </td>
                <td>
                  {readOnly ? null : (
                    <button
                      type="button"
                      aria-label={t.removeChange(i + 1)}
                      title={t.removeChange(i + 1)}
                      onClick={() => set(changes.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly || people.length === 0 || numbers.length === 0 ? null : (
        <button
          type="button"
          onClick={() =>
            set([
              ...changes,
              { from: numbers[Math.min(1, numbers.length - 1)]!, name: people[0]!.name, present: false },
            ])
          }
        >
          {t.addChange}
        </button>
      )}
    </fieldset>
  );
}

/** Närvaro: who was there (ledamöter, ersättare, övriga), who decides, and changes during the meeting. */
export function AttendanceEditor(props: { protokoll: Protokoll; order: Order; readOnly: boolean }) {
  const { protokoll, order, readOnly } = props;
  const edit = useStore((s) => s.editProtokoll);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const toggle = (target: Attendee) =>
    edit((p) => ({
      ...p,
      attendees: p.attendees.map((a) => (a.name === target.name ? { ...a, present: !a.present } : a)),
    }));
  const group = (label: string, list: Attendee[]) =>
    list.length === 0 ? null : (
      <div className="attendance-group">
        <h4>{label}</h4>
        <ul>
          {list.map((a) => (
            <PresentRow key={a.name} a={a} readOnly={readOnly} onToggle={() => toggle(a)} />
          ))}
        </ul>
      </div>
    );
  const others = protokoll.attendees.filter((a) => a.category !== 'ordinarie' && a.category !== 'ersattare');
  const addOther = () => {
    const n = name.trim();
    if (!n || protokoll.attendees.some((a) => a.name === n)) return;
    edit((p) => ({
      ...p,
      attendees: [
        ...p.attendees,
        { name: n, category: 'tjansteman', present: true, ...(title.trim() ? { title: title.trim() } : {}) },
      ],
    }));
    setName('');
    setTitle('');
  };
  return (
    <section className="protokoll-section" aria-labelledby="protokoll-attendance">
      <h3 id="protokoll-attendance">{t.attendance}</h3>
      <p className="field-hint">{t.attendanceHint}</p>
      <div className="attendance" data-testid="attendance">
        {group(
          t.ledamoter,
          protokoll.attendees.filter((a) => a.category === 'ordinarie'),
        )}
        {group(
          t.ersattare,
          protokoll.attendees.filter((a) => a.category === 'ersattare'),
        )}
        {group(t.others, others)}
        <Beslutande protokoll={protokoll} order={order} />
      </div>
      {readOnly ? null : (
        <form
          className="add-other field-row"
          onSubmit={(e) => {
            e.preventDefault();
            addOther();
          }}
        >
          <label className="field">
            <span className="field-label">{t.otherName}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t.otherTitle}</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <button type="submit" disabled={!name.trim()}>
            {t.addOther}
          </button>
        </form>
      )}
      <Changes protokoll={protokoll} readOnly={readOnly} />
    </section>
  );
}
