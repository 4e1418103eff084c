import { useEffect } from 'react';
import { meetingStatusLabel } from '../../../shared/domain/meetingStatus';
import { insertParagraph } from '../../../shared/protokoll/paragraphs';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { AttendanceEditor } from './AttendanceEditor';
import { AnslagEditor, ProtokollHead } from './HeadAndAnslag';
import { focusParagraphTitle, ParagraphEditor } from './ParagraphEditor';
import { ProtokollActions } from './ProtokollActions';
import './protokoll.css';

const t = sv.protokoll;

/** Whether a meeting in this status has (or may get) a protokoll. */
export const protokollStatus = (status: string) => status === 'genomford' || status === 'justerad';

/**
 * The protokoll of the open meeting, as a document: head, närvaro, one section per paragraf,
 * the anslag, and the actions (justera, export, print, utdrag, anslagsbevis).
 */
export function ProtokollView() {
  const meeting = useStore((s) => s.current);
  const view = useStore((s) => s.protokollView);
  const draft = useStore((s) => s.protokollDraft);
  const revision = useStore((s) => s.protokollRevision);
  const save = useStore((s) => s.protokollSave);
  const busy = useStore((s) => s.protokollBusy);
  const close = useStore((s) => s.closeProtokoll);
  const create = useStore((s) => s.createProtokoll);
  const restructure = useStore((s) => s.restructureProtokoll);
  // Leaving the view (or the window) saves what is still waiting.
  useEffect(() => () => void useStore.getState().flushProtokoll(), []);
  if (!meeting) return null;
  const numbers = draft?.paragraphs.map((p) => p.number) ?? [];
  const readOnly = draft?.justerad === true;
  const order = view?.substituteOrder;

  return (
    <article className="protokoll" data-testid="protokoll-view" aria-labelledby="protokoll-title">
      <header className="editor-header protokoll-header">
        <button type="button" className="link-button" onClick={close}>
          {t.back}
        </button>
        <p className="muted">{meeting.committee.name}</p>
        <h2 id="protokoll-title">
          {t.heading} {meeting.date}
          {numbers.length > 0 ? <span className="muted"> · {t.rangeLabel(numbers[0]!, numbers.at(-1)!)}</span> : null}
        </h2>
        {draft ? (
          <p className="muted save-state" role="status" data-testid="protokoll-save-state" data-state={save}>
            {t.saveState[save]}
          </p>
        ) : null}
        {draft ? <ProtokollActions protokoll={draft} /> : null}
      </header>

      {!protokollStatus(meeting.status) ? (
        <p className="protokoll-empty" data-testid="protokoll-not-yet">
          {t.notYet(meetingStatusLabel[meeting.status])}
        </p>
      ) : !view ? null : !draft ? (
        <div className="protokoll-empty">
          <p>{t.none}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
            {t.create}
          </button>
        </div>
      ) : (
        <>
          {readOnly && draft.justeringDate ? (
            <p className="rule frozen" data-testid="protokoll-justerad">
              {t.justeradBanner(draft.justeringDate)}
            </p>
          ) : null}
          {readOnly ? <AnslagEditor protokoll={draft} takeDownDate={view.takeDownDate} /> : null}
          {view.warnings.length > 0 ? (
            <div className="protokoll-warnings" role="note" aria-label={t.warnings} data-testid="protokoll-warnings">
              <strong>{t.warnings}</strong>
              <ul>
                {view.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ProtokollHead protokoll={draft} latestJustering={view.latestJustering} readOnly={readOnly} />
          <AttendanceEditor protokoll={draft} order={order} readOnly={readOnly} />
          <section className="protokoll-section" aria-labelledby="protokoll-paragraphs">
            <h3 id="protokoll-paragraphs">
              {t.paragraphs}
              {numbers.length > 0 ? <span className="muted"> {t.rangeLabel(numbers[0]!, numbers.at(-1)!)}</span> : null}
            </h3>
            {draft.paragraphs.length === 0 && !readOnly ? (
              <button
                type="button"
                onClick={async () => {
                  await restructure((p) => insertParagraph(p, 0, t.newParagraphTitle));
                  focusParagraphTitle(useStore.getState().protokollDraft?.paragraphs[0]?.number ?? 1);
                }}
              >
                {t.addFirstParagraph}
              </button>
            ) : null}
            {draft.paragraphs.map((p, i) => (
              <ParagraphEditor
                key={p.number}
                protokoll={draft}
                index={i}
                order={order}
                readOnly={readOnly}
                revision={revision}
              />
            ))}
          </section>
        </>
      )}
    </article>
  );
}
