import { type FormEvent, useState } from 'react';
import type { CommitteeInfo } from '../../../shared/register/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.register;

/** A text field that saves its trimmed value on blur when it changed. */
function SavedField(props: { label: string; value: string; onCommit: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <input
        key={props.value}
        defaultValue={props.value}
        onBlur={(e) => {
          const next = e.target.value.trim();
          if (next !== props.value) props.onCommit(next);
        }}
      />
    </label>
  );
}

/** A new nämnd (or an utskott under `parentId`). On a fresh install it names the organisation too. */
export function NewCommitteeForm({ parentId, onDone }: { parentId?: string; onDone?: () => void }) {
  const overview = useStore((s) => s.overview);
  const settings = useStore((s) => s.settings);
  const createCommittee = useStore((s) => s.createCommittee);
  const needsOrganisation = !parentId && (overview?.organisations.length ?? 0) !== 1;
  const [key, setKey] = useState(0);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const created = await createCommittee({
      name: text('name'),
      shortName: text('shortName'),
      ...(parentId ? { parentId } : {}),
      ...(needsOrganisation ? { organisationName: text('organisationName') } : {}),
    });
    if (created) {
      setKey((k) => k + 1);
      onDone?.();
    }
  };

  return (
    <form
      key={key}
      className="register-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={parentId ? t.newUtskott : t.newCommittee}
    >
      {needsOrganisation ? (
        <label>
          {t.organisation}
          <input
            name="organisationName"
            required
            defaultValue={settings?.organisation.name ?? ''}
            placeholder={t.organisationHint}
          />
        </label>
      ) : null}
      <label>
        {t.name}
        <input name="name" required />
      </label>
      <label>
        {t.shortName}
        <input name="shortName" maxLength={40} />
      </label>
      <button type="submit" className="primary">
        {parentId ? t.createUtskott : t.create}
      </button>
    </form>
  );
}

/** The chosen nämnd's own facts: name, short name, presidium, utskott, archive. */
export function CommitteeDetails({ committee }: { committee: CommitteeInfo }) {
  const updateCommittee = useStore((s) => s.updateCommittee);
  const selectCommittee = useStore((s) => s.selectCommittee);
  const [addingUtskott, setAddingUtskott] = useState(false);
  return (
    <fieldset className="committee-details">
      <legend>{committee.organisationName}</legend>
      <div className="committee-fields">
        <SavedField label={t.name} value={committee.name} onCommit={(name) => void updateCommittee({ name })} />
        <SavedField
          label={t.shortName}
          value={committee.shortName ?? ''}
          onCommit={(shortName) => void updateCommittee({ shortName })}
        />
        {committee.kind === 'namnd' ? (
          <SavedField
            label={t.presidiumName}
            value={committee.presidiumName ?? ''}
            onCommit={(presidiumName) => void updateCommittee({ presidiumName })}
          />
        ) : null}
      </div>
      {committee.kind === 'namnd' ? (
        <div className="utskott">
          <span className="muted">{t.utskott}:</span>{' '}
          {committee.utskott.length === 0 ? <span className="muted">{t.noUtskott}</span> : null}
          {committee.utskott.map((u) => (
            <button key={u.id} type="button" className="link-button" onClick={() => void selectCommittee(u.id)}>
              {u.name}
            </button>
          ))}
          <button
            type="button"
            className="small"
            aria-expanded={addingUtskott}
            onClick={() => setAddingUtskott((v) => !v)}
          >
            + {t.newUtskott}
          </button>
          {addingUtskott ? <NewCommitteeForm parentId={committee.id} onDone={() => setAddingUtskott(false)} /> : null}
        </div>
      ) : null}
      <div className="archive-row">
        {committee.archivedAt ? <p className="muted">{t.archived(committee.archivedAt.slice(0, 10))}</p> : null}
        <button
          type="button"
          className="small"
          onClick={() => void updateCommittee({ archived: !committee.archivedAt })}
        >
          {committee.archivedAt ? t.restore : t.archive}
        </button>
      </div>
    </fieldset>
  );
}
