import { attendanceAt } from '../../../shared/protokoll/attendance';
import type { Paragraf, Protokoll, VoteRow } from '../../../shared/protokoll/model';
import { sv } from '../../strings.sv';

const t = sv.protokoll;

type Omrostning = NonNullable<Paragraf['omrostning']>;

/** Omröstning (optional): the proposition and one row per beslutande with Ja / Nej / Avstår. */
export function VoteTable(props: {
  protokoll: Protokoll;
  paragraf: Paragraf;
  order: Record<string, string[]> | undefined;
  readOnly: boolean;
  onChange: (omrostning: Omrostning | undefined) => void;
}) {
  const { paragraf, readOnly, onChange } = props;
  const vote = paragraf.omrostning;
  // Those who decide in this § (jäv and närvaro applied) are the ones who vote.
  const beslutande = () =>
    attendanceAt(props.protokoll, paragraf.number, paragraf.jav ?? [], props.order).beslutande.map(
      (b): VoteRow => ({ name: b.name, ...(b.party ? { party: b.party } : {}), vote: 'ja' }),
    );
  if (!vote) {
    return readOnly ? null : (
      <button type="button" onClick={() => onChange({ rows: beslutande() })}>
        {t.addVote}
      </button>
    );
  }
  const rows = vote.rows;
  const count = (v: VoteRow['vote']) => rows.filter((r) => r.vote === v).length;
  const setRow = (i: number, row: Partial<VoteRow>) =>
    onChange({ ...vote, rows: rows.map((r, j) => (j === i ? { ...r, ...row } : r)) });
  return (
    <fieldset className="vote">
      <legend>{t.omrostning}</legend>
      <label className="field wide">
        <span className="field-label">{t.proposition}</span>
        <input
          value={vote.proposition ?? ''}
          readOnly={readOnly}
          onChange={(e) => {
            const { proposition: _p, ...rest } = vote;
            onChange(e.target.value ? { ...rest, proposition: e.target.value } : rest);
          }}
        />
      </label>
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">{t.voteName}</th>
            <th scope="col">{t.voteParty}</th>
            <th scope="col">{t.vote}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) =>
            readOnly ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are read in order and never move here
              <tr key={i}>
                <td>{r.name}</td>
                <td>{r.party ?? ''}</td>
                <td>{t.votes[r.vote]}</td>
              </tr>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: a name may be typed twice while editing
              <tr key={i}>
                <td>
                  <input
                    aria-label={`${t.voteName} (${i + 1})`}
                    value={r.name}
                    onChange={(e) => e.target.value.trim() && setRow(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${t.voteParty} (${i + 1})`}
                    value={r.party ?? ''}
                    onChange={(e) => setRow(i, { party: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${t.vote}: ${r.name}`}
                    value={r.vote}
                    onChange={(e) => setRow(i, { vote: e.target.value as VoteRow['vote'] })}
                  >
                    {(['ja', 'nej', 'avstar'] as const).map((v) => (
                      <option key={v} value={v}>
                        {t.votes[v]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <p className="muted" data-testid="vote-tally">
        {t.voteTally(count('ja'), count('nej'), count('avstar'))}
      </p>
      {readOnly ? null : (
        <div className="toolbar">
          <button type="button" onClick={() => onChange({ ...vote, rows: beslutande() })}>
            {t.fillVotes}
          </button>
          <button type="button" onClick={() => onChange(undefined)}>
            {t.removeVote}
          </button>
        </div>
      )}
    </fieldset>
  );
}
