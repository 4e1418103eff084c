import { useState } from 'react';
import type { ReviewSessionView, Verdict } from '../../../shared/domain/review';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { ErrorBanner } from '../ErrorBanner';
import { PdfPreview } from '../PdfPreview';

type Item = ReviewSessionView['items'][number];

function CommentForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const add = useStore((s) => s.addReviewComment);
  const [documentKey, setDocumentKey] = useState('');
  const [quote, setQuote] = useState('');
  const [body, setBody] = useState('');
  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        void add({
          itemKey: item.key,
          ...(documentKey ? { documentKey } : {}),
          ...(documentKey && quote.trim() ? { quote: quote.trim() } : {}),
          body: body.trim(),
        }).then((ok) => ok && onDone());
      }}
    >
      {item.documents.length > 0 ? (
        <label>
          {sv.reviewMode.commentOn}
          <select value={documentKey} onChange={(e) => setDocumentKey(e.target.value)}>
            <option value="">{sv.reviewMode.wholeItem}</option>
            {item.documents.map((d) => (
              <option key={d.key} value={d.key}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {documentKey ? (
        <label>
          {sv.reviewMode.quote}
          <textarea rows={2} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </label>
      ) : null}
      <label>
        {sv.reviewMode.text}
        {/* biome-ignore lint/a11y/noAutofocus: opened by the user's click to write at once */}
        <textarea autoFocus rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="workflow-actions">
        <button type="submit" className="primary" disabled={!body.trim()}>
          {sv.reviewMode.add}
        </button>
        <button type="button" onClick={onDone}>
          {sv.workflow.cancel}
        </button>
      </div>
    </form>
  );
}

function ReviewItem({ item, session }: { item: Item; session: ReviewSessionView }) {
  const setVerdict = useStore((s) => s.setVerdict);
  const remove = useStore((s) => s.deleteReviewComment);
  const [writing, setWriting] = useState(false);
  const mine = session.comments.filter((c) => c.itemKey === item.key);
  const verdictButton = (v: Verdict) => (
    <button
      type="button"
      className={item.verdict === v ? `verdict-${v} chosen` : `verdict-${v}`}
      aria-pressed={item.verdict === v}
      onClick={() => void setVerdict(item.key, item.verdict === v ? null : v)}
    >
      {sv.review.verdict[v]}
    </button>
  );
  return (
    <li className="review-item" data-testid="review-item" data-item-number={item.number}>
      <div className="review-item-line">
        <span className="item-number">{item.number}.</span>
        <span className="review-item-title">
          {item.title}
          {item.dnr ? <span className="muted"> · {item.dnr}</span> : null}
        </span>
        <span className="review-item-actions">
          {verdictButton('ok')}
          {verdictButton('behover_andras')}
          <button type="button" onClick={() => setWriting(true)} disabled={writing}>
            {sv.reviewMode.comment}
          </button>
        </span>
      </div>
      {item.documents.length > 0 ? (
        <ul className="item-documents">
          {item.documents.map((d) => (
            <li key={d.key}>{d.title}</li>
          ))}
        </ul>
      ) : null}
      {mine.length > 0 ? (
        <ul className="comments">
          {mine.map((c) => (
            <li key={c.id} className="comment" data-testid="own-comment">
              {c.documentKey ? (
                <p className="comment-meta">{item.documents.find((d) => d.key === c.documentKey)?.title}</p>
              ) : null}
              {c.quote ? <blockquote>{c.quote}</blockquote> : null}
              <p className="comment-body">{c.body}</p>
              <button type="button" className="link" onClick={() => void remove(c.id)}>
                {sv.reviewMode.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {writing ? <CommentForm item={item} onDone={() => setWriting(false)} /> : null}
    </li>
  );
}

/**
 * Review mode: the reviewer's whole window while a review copy is open. Read-only agenda and
 * package PDF; comments on items and documents, OK / Behöver ändras per item; export of the
 * comments file. Needs no register and no other meetings.
 */
export function ReviewMode() {
  const session = useStore((s) => s.session);
  const pdf = useStore((s) => s.sessionPdf);
  const setReviewer = useStore((s) => s.setReviewer);
  const [name, setName] = useState(session?.reviewer ?? '');
  if (!session) return null;
  return (
    <div className="shell review-mode" data-testid="review-mode" data-app-state="loaded">
      <main className="pane editor review-main">
        <ErrorBanner />
        <p className="review-banner">
          {sv.reviewMode.banner} · {sv.reviewMode.versionOf(session.version)}
        </p>
        <p className="muted">{session.organisation}</p>
        <h2>{session.committee}</h2>
        <p>
          {session.date} kl. {session.startTime} · {session.place}
        </p>
        <p className="muted">{sv.reviewMode.intro}</p>
        <form
          className="review-name"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void setReviewer(name.trim());
          }}
        >
          <label>
            {sv.reviewMode.yourName}
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" disabled={!name.trim() || name.trim() === session.reviewer}>
            {sv.reviewMode.saveName}
          </button>
        </form>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => void useStore.getState().exportComments()}>
            {sv.reviewMode.exportComments}
          </button>
          <span className="muted">{sv.reviewMode.commentsCount(session.comments.length)}</span>
          <button type="button" onClick={() => useStore.getState().leaveReview()}>
            {sv.reviewMode.leave}
          </button>
        </div>
        <ol className="review-items">
          {session.items.map((item) => (
            <ReviewItem key={item.key} item={item} session={session} />
          ))}
        </ol>
      </main>
      <aside className="pane preview" aria-label={sv.preview.heading}>
        <h2>{sv.preview.heading}</h2>
        {pdf ? <PdfPreview base64={pdf} /> : <p className="muted">{sv.reviewMode.pdfLoading}</p>}
      </aside>
    </div>
  );
}
