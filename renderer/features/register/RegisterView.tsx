import { type KeyboardEvent, useState } from 'react';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { PanelHeader } from '../PanelHeader';
import { TemplateEditor } from '../TemplateEditor';
import { CommitteeDetails, NewCommitteeForm } from './CommitteePanel';
import { PasteImport } from './PasteImport';
import { PrintedPreview } from './PrintedPreview';
import { SeatList } from './SeatList';

const t = sv.register;
type Tab = 'members' | 'agenda';

/** One person's seats in every nämnd. */
function PersonPanel() {
  const person = useStore((s) => s.person);
  const showPerson = useStore((s) => s.showPerson);
  if (!person) return null;
  return (
    <aside className="person-panel" aria-labelledby="person-heading" data-testid="person-panel">
      <div className="person-header">
        <h3 id="person-heading">{t.personSeats(person.name)}</h3>
        <button type="button" className="small" onClick={() => void showPerson(null)}>
          {t.personSeatsClose}
        </button>
      </div>
      <ul>
        {person.seats.map((s) => (
          <li key={s.membershipId}>
            <strong>{s.committeeName}</strong>: {s.line}{' '}
            <span className="muted">({t.period(s.validFrom, s.validTo)})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * The register kept in the app: nämnder (with presidium and utskott) and their seats grouped
 * as they print, with the printed lines beside them. The tab "Standarddagordning" is where
 * the nämnd's standard agenda editor (Step 3) goes.
 */
export function RegisterView() {
  const overview = useStore((s) => s.overview);
  const registerId = useStore((s) => s.registerId);
  const register = useStore((s) => s.register);
  const date = useStore((s) => s.registerDate);
  const setRegisterDate = useStore((s) => s.setRegisterDate);
  const selectCommittee = useStore((s) => s.selectCommittee);
  const [showArchived, setShowArchived] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [creating, setCreating] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [tab, setTab] = useState<Tab>('members');
  if (!overview) return <p className="muted">{sv.status.loading}</p>;

  const options = overview.committees.flatMap((c) => [
    { id: c.id, label: `${c.name}${c.shortName ? ` (${c.shortName})` : ''}`, archived: c.archivedAt !== null },
    ...c.utskott.map((u) => ({
      id: u.id,
      label: `${c.shortName ?? c.name} – ${u.name}`,
      archived: u.archivedAt !== null,
    })),
  ]);
  const listed = options.filter((o) => showArchived || !o.archived || o.id === registerId);
  const noCommittees = overview.committees.length === 0;

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next: Tab = tab === 'members' ? 'agenda' : 'members';
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };

  return (
    <div className="register-layout" data-testid="register-view">
      <article className="register-main settings">
        <PanelHeader title={t.heading} />
        {noCommittees ? (
          <>
            <p>{t.noCommittees}</p>
            <NewCommitteeForm />
          </>
        ) : (
          <>
            <div className="register-picker">
              <label>
                {t.committee}
                <select value={registerId ?? ''} onChange={(e) => void selectCommittee(e.target.value || null)}>
                  {listed.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                      {o.archived ? t.archivedSuffix : ''}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
                + {t.newCommittee}
              </button>
              <label className="check">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                {t.showArchived}
              </label>
            </div>
            {creating ? <NewCommitteeForm onDone={() => setCreating(false)} /> : null}
            {register ? <CommitteeDetails committee={register.committee} /> : null}

            {register ? (
              <>
                <div role="tablist" aria-label={t.tabs} className="tabs" onKeyDown={onTabKey} tabIndex={-1}>
                  <button
                    type="button"
                    role="tab"
                    id="tab-members"
                    aria-selected={tab === 'members'}
                    aria-controls="panel-members"
                    tabIndex={tab === 'members' ? 0 : -1}
                    onClick={() => setTab('members')}
                  >
                    {t.tabMembers}
                  </button>
                  <button
                    type="button"
                    role="tab"
                    id="tab-agenda"
                    aria-selected={tab === 'agenda'}
                    aria-controls="panel-agenda"
                    tabIndex={tab === 'agenda' ? 0 : -1}
                    onClick={() => setTab('agenda')}
                  >
                    {t.tabAgenda}
                  </button>
                </div>
                {tab === 'members' ? (
                  <div role="tabpanel" id="panel-members" aria-labelledby="tab-members">
                    <div className="register-toolbar">
                      <label className="inline-label">
                        {t.date}
                        <input
                          value={date}
                          inputMode="numeric"
                          placeholder={t.datePlaceholder}
                          onChange={(e) => void setRegisterDate(e.target.value.trim())}
                        />
                      </label>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={showHistory}
                          onChange={(e) => setShowHistory(e.target.checked)}
                        />
                        {t.showHistory}
                      </label>
                      <button type="button" aria-expanded={pasting} onClick={() => setPasting((v) => !v)}>
                        {t.paste}
                      </button>
                    </div>
                    {pasting ? <PasteImport onDone={() => setPasting(false)} /> : null}
                    <PersonPanel />
                    <SeatList showHistory={showHistory} />
                  </div>
                ) : (
                  <div
                    role="tabpanel"
                    id="panel-agenda"
                    aria-labelledby="tab-agenda"
                    data-testid="standard-agenda-slot"
                  >
                    {registerId ? <TemplateEditor embedded committeeId={registerId} /> : null}
                  </div>
                )}
              </>
            ) : null}
          </>
        )}
      </article>
      {register ? <PrintedPreview /> : <div className="printed-preview" />}
    </div>
  );
}
