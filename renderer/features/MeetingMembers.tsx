import { type FormEvent, useState } from 'react';
import type { MemberLine } from '../../shared/domain/meeting';
import type { MemberGroup, MembershipCategory } from '../../shared/package/model';
import { categoryHeadings, categoryOrder, categorySingular, groupHeadings } from '../../shared/register/vocabulary';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';

const t = sv.members;

function GroupList({ group, members }: { group: MemberGroup; members: MemberLine[] }) {
  const removeGuest = useStore((s) => s.removeGuest);
  const frozen = useStore((s) => s.current?.membersFrozenAt !== null);
  const inGroup = members.filter((m) => m.group === group);
  return (
    <section className="member-group" aria-labelledby={`members-${group}`}>
      <h4 id={`members-${group}`}>
        {groupHeadings[group]} <span className="muted count">({inGroup.length})</span>
      </h4>
      {inGroup.length === 0 ? <p className="muted">{t.none}</p> : null}
      {categoryOrder.map((category) => {
        const lines = inGroup.filter((m) => m.category === category);
        if (lines.length === 0) return null;
        return (
          <div key={category} className="member-category">
            <p className="printed-label">{categoryHeadings[category]}</p>
            <ul>
              {lines.map((m, i) => (
                <li key={m.guestId ?? m.membershipId ?? `${category}-${i}`}>
                  {m.line}
                  {m.guestId ? (
                    <>
                      {' '}
                      <span className="badge">{t.guestBadge}</span>
                      {frozen ? null : (
                        <button
                          type="button"
                          className="small"
                          aria-label={t.removeGuest(m.name ?? m.line)}
                          onClick={() => void removeGuest(m.guestId!)}
                        >
                          ×
                        </button>
                      )}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Adds a one-off invitee (a föredragande, a guest) to this meeting only. */
function AddGuestForm() {
  const addGuest = useStore((s) => s.addGuest);
  const [key, setKey] = useState(0);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const ok = await addGuest({
      name: text('name'),
      title: text('title'),
      category: text('category') as MembershipCategory,
      group: text('group') as MemberGroup,
    });
    if (ok) setKey((k) => k + 1);
  };
  return (
    <form key={key} className="guest-form" aria-label={t.addGuest} onSubmit={(e) => void onSubmit(e)}>
      <label>
        {t.guestName}
        <input name="name" required />
      </label>
      <label>
        {t.guestTitle}
        <input name="title" />
      </label>
      <label>
        {sv.register.category}
        <select name="category" defaultValue="tjansteman">
          {categoryOrder.map((c) => (
            <option key={c} value={c}>
              {categorySingular[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.guestGroup}
        <select name="group" defaultValue="kallade">
          <option value="kallade">{groupHeadings.kallade}</option>
          <option value="for_kannedom">{groupHeadings.for_kannedom}</option>
        </select>
      </label>
      <button type="submit">{t.addGuestButton}</button>
    </form>
  );
}

/** Who is kallad and who is informed; derived from the register until the kallelse is sent, then frozen. */
export function MeetingMembers() {
  const meeting = useStore((s) => s.current);
  const openRegister = useStore((s) => s.openRegister);
  if (!meeting) return null;
  const frozen = meeting.membersFrozenAt !== null;
  return (
    <section className="meeting-members" aria-labelledby="members-heading" data-testid="meeting-members">
      <h3 id="members-heading">{t.heading}</h3>
      <p className={frozen ? 'members-state frozen' : 'members-state'} data-frozen={frozen}>
        {frozen ? t.frozen(meeting.membersFrozenAt!.slice(0, 10)) : t.derived(meeting.date)}
      </p>
      <div className="member-groups">
        <GroupList group="kallade" members={meeting.members} />
        <GroupList group="for_kannedom" members={meeting.members} />
      </div>
      {frozen ? null : (
        <details className="add-guest">
          <summary>{t.addGuest}</summary>
          <AddGuestForm />
        </details>
      )}
      <button type="button" className="small" onClick={() => void openRegister(meeting.committee.id)}>
        {t.openRegister}
      </button>
    </section>
  );
}
