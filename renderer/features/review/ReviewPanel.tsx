import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import { meetingStatusLabel } from '../../../shared/domain/meetingStatus';
import type { CommentView } from '../../../shared/domain/review';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function Comment({ c }: { c: CommentView }) {
  const answer = useStore((s) => s.answerComment);
  const resolve = useStore((s) => s.resolveComment);
  const [text, setText] = useState('');
  return (
    <li className={c.resolvedAt ? 'comment resolved' : 'comment'} data-testid="review-comment">
      <p className="comment-meta">
        <strong>{c.author}</strong> · {when(c.createdAt)}
        {c.anchor.documentTitle ? <> · {c.anchor.documentTitle}</> : null}
      </p>
      {c.anchor.note ? <p className="comment-note">{c.anchor.note}</p> : null}
      {c.quote ? <blockquote>{c.quote}</blockquote> : null}
      <p className="comment-body">{c.body}</p>
      {c.anchor.state === 'detached' && c.seenAs ? <p className="muted">{sv.review.seenAs(c.seenAs)}</p> : null}
      {c.answers.map((a) => (
        <p key={a.id} className="comment-answer">
          <strong>{a.author}:</strong> {a.body}
        </p>
      ))}
      <form
        className="comment-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void answer(c.id, text.trim()).then((ok) => ok && setText(''));
        }}
      >
        <input
          value={text}
          aria-label={sv.review.answer}
          placeholder={sv.review.answerPlaceholder}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={!text.trim()}>
          {sv.review.answer}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={c.resolvedAt !== null}
            onChange={(e) => void resolve(c.id, e.target.checked)}
          />
          {sv.review.resolved}
        </label>
      </form>
    </li>
  );
}

/**
 * The secretary's side of the review: versions (open read-only, compare with now), the review
 * copy to send, and the imported comments on the agenda as it is now — grouped by current item,
 * detached ones last.
 */
export function ReviewPanel({ meeting }: { meeting: MeetingDetail }) {
  const history = useStore((s) => s.history);
  const reviewOverview = useStore((s) => s.reviewOverview);
  const loadReview = useStore((s) => s.loadReview);
  const openVersion = useStore((s) => s.openVersion);
  const showChanges = useStore((s) => s.showChanges);
  const exportVersionPdf = useStore((s) => s.exportVersionPdf);

  // Reload whenever the meeting changes (a status move stores a version; edits move anchors).
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the meeting's last change on purpose
  useEffect(() => {
    void loadReview();
  }, [meeting.id, meeting.updatedAt, meeting.status, loadReview]);

  const items = meeting.sections.flatMap((s) => s.items);
  const comments = reviewOverview?.comments ?? [];
  const groups = items
    .map((item) => ({ item, list: comments.filter((c) => c.anchor.itemId === item.id) }))
    .filter((g) => g.list.length > 0);
  const detached = comments.filter((c) => c.anchor.state === 'detached');

  return (
    <section className="review-panel" data-testid="review-panel">
      <h3>{sv.review.heading}</h3>
      <div className="toolbar">
        <button
          type="button"
          disabled={!history?.versions.some((v) => v.status === 'granskning')}
          onClick={() => void useStore.getState().exportReviewCopy()}
        >
          {sv.review.exportCopy}
        </button>
        <button type="button" onClick={() => void useStore.getState().importComments()}>
          {sv.review.importComments}
        </button>
      </div>

      <h4>{sv.review.versions}</h4>
      {history && history.versions.length > 0 ? (
        <ul className="version-list" data-testid="version-list">
          {history.versions.map((v) => (
            <li key={v.id}>
              <span>
                <strong>{sv.review.version(v.version)}</strong> · {meetingStatusLabel[v.status]} · {when(v.createdAt)} ·{' '}
                {sv.review.pages(v.pageCount)}
              </span>
              <span className="version-actions">
                <button type="button" onClick={() => void openVersion(v.id)}>
                  {sv.review.show}
                </button>
                <button type="button" onClick={() => void showChanges(v.id)}>
                  {sv.review.compare}
                </button>
                <button
                  type="button"
                  aria-label={sv.review.exportVersionPdf(v.version)}
                  onClick={() => void exportVersionPdf(v.id)}
                >
                  {sv.review.exportPdf}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{sv.review.noVersions}</p>
      )}
      {history && history.changes.length > 0 ? (
        <details className="status-history">
          <summary>{sv.review.history}</summary>
          <ul>
            {history.changes.map((c) => (
              <li key={`${c.changedAt}-${c.toStatus}`}>
                {when(c.changedAt)}: {meetingStatusLabel[c.fromStatus]} → {meetingStatusLabel[c.toStatus]}
                {c.version ? ` (${sv.review.version(c.version)})` : ''}
                {c.direction === 'backward' ? ` — ${sv.review.backward(c.reason)}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <h4>{sv.review.comments}</h4>
      {comments.length === 0 ? <p className="muted">{sv.review.noComments}</p> : null}
      {groups.map(({ item, list }) => (
        <div key={item.id} className="comment-group" data-testid="comment-group" data-item-number={item.number}>
          <h5>{sv.review.onItem(item.number, item.title)}</h5>
          <ul className="comments">
            {list.map((c) => (
              <Comment key={c.id} c={c} />
            ))}
          </ul>
        </div>
      ))}
      {detached.length > 0 ? (
        <div className="comment-group detached" data-testid="comment-group-detached">
          <h5>{sv.review.detached}</h5>
          <ul className="comments">
            {detached.map((c) => (
              <Comment key={c.id} c={c} />
            ))}
          </ul>
        </div>
      ) : null}
      {reviewOverview && reviewOverview.verdicts.length > 0 ? (
        <>
          <h4>{sv.review.verdicts}</h4>
          <ul className="verdicts" data-testid="verdicts">
            {reviewOverview.verdicts.map((v) => (
              <li key={`${v.reviewer}-${v.itemLabel}`} className={`verdict-${v.verdict}`}>
                {v.itemLabel}: <strong>{sv.review.verdict[v.verdict]}</strong> ({v.reviewer})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
