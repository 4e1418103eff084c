import { type FormEvent, useState } from 'react';
import type { MembershipCategory, PresidiumRole } from '../../../shared/package/model';
import type { SeatView } from '../../../shared/register/model';
import { categoryOrder, categorySingular, roleLabels } from '../../../shared/register/vocabulary';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.register;
const roles = Object.keys(roleLabels) as PresidiumRole[];

/** Add a seat, or change one: person (picked from the register or new), party, role, title, period. */
export function SeatForm({
  seat,
  category: initialCategory,
  onDone,
}: {
  seat?: SeatView;
  category?: MembershipCategory;
  onDone: () => void;
}) {
  const people = useStore((s) => s.people);
  const addSeat = useStore((s) => s.addSeat);
  const updateSeat = useStore((s) => s.updateSeat);
  const clearError = useStore((s) => s.clearError);
  const [category, setCategory] = useState<MembershipCategory>(seat?.category ?? initialCategory ?? 'ordinarie');

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const fields = {
      name: text('name'),
      category,
      party: text('party'),
      presidiumRole:
        category === 'ordinarie' && text('presidiumRole') ? (text('presidiumRole') as PresidiumRole) : null,
      title: text('title'),
      validFrom: text('validFrom'),
      validTo: text('validTo'),
    };
    const ok = seat ? await updateSeat(seat.id, fields) : await addSeat(fields);
    if (ok) onDone();
  };

  return (
    <form className="seat-form" aria-label={t.seatForm} onSubmit={(e) => void onSubmit(e)}>
      <label className="wide">
        {t.seatName}
        <input name="name" list="register-people" defaultValue={seat?.name ?? ''} autoComplete="off" />
      </label>
      <datalist id="register-people">
        {people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <label>
        {t.category}
        <select value={category} onChange={(e) => setCategory(e.target.value as MembershipCategory)}>
          {categoryOrder.map((c) => (
            <option key={c} value={c}>
              {categorySingular[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.party}
        <input name="party" defaultValue={seat?.party ?? ''} maxLength={40} />
      </label>
      <label>
        {t.role}
        <select name="presidiumRole" defaultValue={seat?.presidiumRole ?? ''} disabled={category !== 'ordinarie'}>
          <option value="">{t.noRole}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.title}
        <input name="title" defaultValue={seat?.title ?? ''} />
      </label>
      <label>
        {t.validFrom}
        <input
          name="validFrom"
          defaultValue={seat?.validFrom ?? ''}
          placeholder={t.datePlaceholder}
          inputMode="numeric"
        />
      </label>
      <label>
        {t.validTo}
        <input name="validTo" defaultValue={seat?.validTo ?? ''} placeholder={t.datePlaceholder} inputMode="numeric" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t.save}
        </button>
        <button
          type="button"
          onClick={() => {
            clearError();
            onDone();
          }}
        >
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

/** The last day of a seat; the seat stays in the register as history. */
export function EndSeatForm({ seat, onDone }: { seat: SeatView; onDone: () => void }) {
  const endSeat = useStore((s) => s.endSeat);
  const date = useStore((s) => s.registerDate);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const validTo = String(new FormData(e.currentTarget).get('validTo') ?? '').trim();
    if (await endSeat(seat.id, validTo)) onDone();
  };
  return (
    <form className="end-form" aria-label={t.endHeading(seat.line)} onSubmit={(e) => void onSubmit(e)}>
      <label>
        {t.lastDay}
        <input name="validTo" defaultValue={date} required placeholder={t.datePlaceholder} inputMode="numeric" />
      </label>
      <button type="submit" className="primary">
        {t.endConfirm}
      </button>
      <button type="button" onClick={onDone}>
        {t.cancel}
      </button>
    </form>
  );
}
