import { meetingStatusLabel } from '../../../shared/domain/meetingStatus';
import type { WordPart } from '../../../shared/review/changes';
import { describeChange, inContext } from '../../../shared/review/changesDocument';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { PdfPreview } from '../PdfPreview';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** An earlier version, read-only: its agenda and its stored PDF, with export. */
export function VersionPanel() {
  const view = useStore((s) => s.versionView);
  if (!view) return null;
  const { summary } = view;
  return (
    <article className="meeting read-only" data-testid="version-view">
      <header className="settings-header">
        <h2>{sv.review.versionTitle(summary.version, meetingStatusLabel[summary.status], when(summary.createdAt))}</h2>
        <button type="button" onClick={() => useStore.getState().closeVersion()}>
          {sv.review.back}
        </button>
      </header>
      <p className="muted">
        {sv.review.readOnly} · {view.committee} · {view.date} · {sv.review.pages(summary.pageCount)}
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void useStore.getState().exportVersionPdf(summary.id)}>
          {sv.review.exportPdf}
        </button>
        <button type="button" onClick={() => void useStore.getState().exportVersionPackage(summary.id)}>
          {sv.review.exportPackage}
        </button>
      </div>
      <ol className="read-only-agenda">
        {view.items.map((i) => (
          <li key={i.key}>
            <span className="item-number">{i.number}.</span> {i.title}
            {i.dnr ? <span className="muted"> · {i.dnr}</span> : null}
          </li>
        ))}
      </ol>
      <PdfPreview base64={view.base64} />
    </article>
  );
}

function Words({ words }: { words: WordPart[] }) {
  return (
    <span className="word-diff">
      {inContext(words).map((w, i) =>
        w.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is a fixed sequence
          <ins key={i}>{w.value}</ins>
        ) : w.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is a fixed sequence
          <del key={i}>{w.value}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is a fixed sequence
          <span key={i}>{w.value}</span>
        ),
      )}
    </span>
  );
}

/** "Ändringar sedan version N": the report in the app, and as a PDF to put first in a re-sent kallelse. */
export function ChangesPanel() {
  const changes = useStore((s) => s.changes);
  if (!changes) return null;
  const { report, fromVersion } = changes;
  return (
    <article className="meeting changes-view" data-testid="changes-view">
      <header className="settings-header">
        <h2>{sv.review.changesTitle(fromVersion)}</h2>
        <button type="button" onClick={() => useStore.getState().closeChanges()}>
          {sv.review.back}
        </button>
      </header>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void useStore.getState().exportChangesPdf()}>
          {sv.review.changesPdf}
        </button>
        <span className="muted">{sv.review.changesHint}</span>
      </div>
      {report.changes.length === 0 ? <p>{sv.review.changesNone}</p> : null}
      <ul className="change-list">
        {report.changes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the report is a fixed list
          <li key={i} data-kind={c.kind}>
            {describeChange(c)}
            {c.kind === 'document-text-changed' || c.kind === 'item-retitled' ? (
              <div className="muted">
                <Words words={c.words} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {report.renumberedItems > 0 ? <p className="muted">{sv.review.renumbered(report.renumberedItems)}</p> : null}
    </article>
  );
}
