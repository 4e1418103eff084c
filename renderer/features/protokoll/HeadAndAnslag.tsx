import type { Protokoll } from '../../../shared/protokoll/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { CheckedField, checkDate, checkTime, LinesArea } from './fields';

const t = sv.protokoll;

/** Plats och tid, the signatories, Utses att justera and Justeringens plats och tid. */
export function ProtokollHead(props: { protokoll: Protokoll; latestJustering: string; readOnly: boolean }) {
  const { protokoll, readOnly } = props;
  const edit = useStore((s) => s.editProtokoll);
  const set = (change: Partial<Protokoll>) =>
    edit((p) => {
      const next: Record<string, unknown> = { ...p, ...change };
      for (const key of Object.keys(change)) if (next[key] === undefined) delete next[key];
      return next as Protokoll;
    });
  return (
    <section className="protokoll-section" aria-labelledby="protokoll-head">
      <h3 id="protokoll-head">{t.placeAndTime}</h3>
      <div className="field-row">
        <CheckedField
          label={t.start}
          value={protokoll.startTime}
          placeholder="TT:MM"
          required
          check={checkTime}
          readOnly={readOnly}
          testId="protokoll-start"
          onChange={(startTime) => set({ startTime })}
        />
        <CheckedField
          label={t.end}
          value={protokoll.endTime ?? ''}
          placeholder="TT:MM"
          check={checkTime}
          readOnly={readOnly}
          testId="protokoll-end"
          onChange={(endTime) => set({ endTime: endTime || undefined })}
        />
        <CheckedField
          label={t.chair}
          value={protokoll.chair ?? ''}
          readOnly={readOnly}
          onChange={(chair) => set({ chair: chair || undefined })}
        />
        <CheckedField
          label={t.secretary}
          value={protokoll.secretary ?? ''}
          readOnly={readOnly}
          onChange={(secretary) => set({ secretary: secretary || undefined })}
        />
      </div>
      <div className="field-row">
        <LinesArea
          label={t.justerare}
          value={protokoll.justerare}
          readOnly={readOnly}
          hint={protokoll.justerare.length > 4 ? t.tooManyJusterare : t.justerareHint}
          testId="protokoll-justerare"
          onChange={(lines) => set({ justerare: (lines ?? []).slice(0, 4) })}
        />
      </div>
      <div className="field-row">
        <CheckedField
          label={t.justeringPlace}
          value={protokoll.justeringPlace ?? ''}
          readOnly={readOnly}
          onChange={(justeringPlace) => set({ justeringPlace: justeringPlace || undefined })}
        />
        <CheckedField
          label={t.justeringDate}
          value={protokoll.justeringDate ?? ''}
          placeholder="ÅÅÅÅ-MM-DD"
          check={checkDate}
          readOnly={readOnly}
          hint={t.latestJustering(props.latestJustering)}
          testId="protokoll-justering-date"
          onChange={(justeringDate) => set({ justeringDate: justeringDate || undefined })}
        />
      </div>
    </section>
  );
}

/** The anslag: the day the notice goes up and where the protokoll is kept; the day it comes down is computed. */
export function AnslagEditor(props: { protokoll: Protokoll; takeDownDate: string | null }) {
  const { protokoll } = props;
  const edit = useStore((s) => s.editProtokoll);
  const anslag = protokoll.anslag;
  const setAnslag = (change: { postedDate?: string; storagePlace?: string; signer?: string }) =>
    edit((p) => {
      // Each field is kept as soon as it is typed, whichever comes first (nothing typed is lost);
      // the anslag disappears only when all three are empty.
      const { postedDate, storagePlace, signer } = { storagePlace: '', ...p.anslag, ...change };
      const { anslag: _old, ...rest } = p;
      if (!postedDate && !storagePlace && !signer) return rest;
      return {
        ...rest,
        anslag: { storagePlace, ...(postedDate ? { postedDate } : {}), ...(signer ? { signer } : {}) },
      };
    });
  return (
    <section className="protokoll-section" aria-labelledby="protokoll-anslag" data-testid="protokoll-anslag">
      <h3 id="protokoll-anslag">{t.anslag}</h3>
      <p className="field-hint">{t.anslagHint}</p>
      <div className="field-row">
        <CheckedField
          label={t.postedDate}
          value={anslag?.postedDate ?? ''}
          placeholder="ÅÅÅÅ-MM-DD"
          check={checkDate}
          testId="anslag-posted"
          hint={
            props.takeDownDate
              ? t.takeDown(props.takeDownDate)
              : anslag && !anslag.postedDate
                ? t.anslagNeedsBoth
                : null
          }
          onChange={(postedDate) => setAnslag({ postedDate })}
        />
        <CheckedField
          label={t.storagePlace}
          value={anslag?.storagePlace ?? ''}
          wide
          testId="anslag-storage"
          hint={anslag?.postedDate && !anslag.storagePlace.trim() ? t.anslagNeedsBoth : null}
          onChange={(storagePlace) => setAnslag({ storagePlace })}
        />
        <CheckedField
          label={t.signer}
          value={anslag?.signer ?? ''}
          onChange={(signer) => setAnslag({ signer: signer || undefined })}
        />
      </div>
    </section>
  );
}
