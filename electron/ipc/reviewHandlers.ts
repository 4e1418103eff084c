import os from 'node:os';
import path from 'node:path';
import type { Services } from '../backend';
import { writeAtomically } from '../pdf/writeAtomically';
import type { Handlers } from './dispatcher';
import { rememberExportFolder } from './exportPaths';

type ReviewHandlers = Pick<
  Handlers,
  | 'versions:history'
  | 'versions:open'
  | 'versions:exportPdf'
  | 'versions:exportPackage'
  | 'versions:changes'
  | 'versions:exportChangesPdf'
  | 'review:exportCopy'
  | 'review:importComments'
  | 'review:overview'
  | 'review:answer'
  | 'review:resolve'
  | 'review:openCopy'
  | 'review:session'
  | 'review:sessionPdf'
  | 'review:setReviewer'
  | 'review:addComment'
  | 'review:deleteComment'
  | 'review:setVerdict'
  | 'review:exportComments'
>;

const safe = (s: string) => s.replace(/[\\/:*?"<>|]+/g, '-');

/** Channel → VersionService / ReviewService; file paths only from main's dialogs. */
export function createReviewHandlers(services: Services): ReviewHandlers {
  const folder = () => services.settings.get().exportFolder ?? path.join(os.homedir(), 'Documents');
  const meetingName = (meetingId: string) => {
    const m = services.meetings.get(meetingId);
    return safe(`${m.committee.shortName ?? m.committee.name}-${m.date}`);
  };
  const save = async (title: string, name: string, extension: string, filterName: string) => {
    const target = await services.dialogs.chooseSave({
      title,
      defaultPath: path.join(folder(), name),
      filters: [{ name: filterName, extensions: [extension] }],
    });
    if (target) rememberExportFolder(services, target);
    return target;
  };
  const versionName = (versionId: string) => {
    const v = services.versions.versionPackage(versionId);
    return { name: `${meetingName(v.summary.meetingId)}-version-${v.summary.version}`, meetingId: v.summary.meetingId };
  };

  return {
    'versions:history': ({ meetingId }) => services.versions.history(meetingId),
    'versions:open': ({ versionId }) => services.versions.open(versionId),
    'versions:exportPdf': async ({ versionId }) => {
      const target = await save('Spara versionens PDF', `${versionName(versionId).name}.pdf`, 'pdf', 'PDF');
      if (!target) return null;
      writeAtomically(target, services.versions.versionPdf(versionId));
      return { path: target };
    },
    'versions:exportPackage': async ({ versionId }) => {
      const target = await save(
        'Exportera versionen som mötespaket',
        `${versionName(versionId).name}.kallelse`,
        'kallelse',
        'Mötespaket',
      );
      if (!target) return null;
      const written = await services.packages.writeExported(services.versions.versionPackage(versionId), target);
      return { path: written.target };
    },
    'versions:changes': ({ meetingId, fromVersionId, toVersionId }) =>
      services.versions.changes(meetingId, fromVersionId, toVersionId),
    'versions:exportChangesPdf': async ({ meetingId, fromVersionId, toVersionId }) => {
      const since = services.versions.versionPackage(fromVersionId).summary.version;
      const target = await save(
        'Spara ändringsrapporten',
        `${meetingName(meetingId)}-andringar-sedan-version-${since}.pdf`,
        'pdf',
        'PDF',
      );
      if (!target) return null;
      const r = await services.versions.changesPdf(meetingId, fromVersionId, toVersionId);
      writeAtomically(target, r.bytes);
      return { path: target, pageCount: r.pageCount, changes: r.changes };
    },
    'review:exportCopy': async ({ meetingId }) => {
      const target = await save(
        'Exportera granskningskopia',
        `${meetingName(meetingId)}-granskning.kallelse`,
        'kallelse',
        'Granskningskopia',
      );
      return target ? services.review.exportReviewCopy(meetingId, target) : null;
    },
    'review:importComments': async ({ meetingId }) => {
      const source = await services.dialogs.chooseOpen({
        title: 'Importera kommentarer från granskningen',
        filters: [{ name: 'Kommentarer', extensions: ['json'] }],
      });
      return source ? services.review.importComments(meetingId, source) : null;
    },
    'review:overview': ({ meetingId }) => services.review.overview(meetingId),
    'review:answer': ({ commentId, body }) => services.review.answer(commentId, body),
    'review:resolve': ({ commentId, resolved }) => services.review.resolve(commentId, resolved),
    'review:openCopy': async () => {
      const source = await services.dialogs.chooseOpen({
        title: 'Öppna granskningskopia',
        filters: [{ name: 'Granskningskopia', extensions: ['kallelse'] }],
      });
      return source ? services.reviewSession.openCopy(source) : null;
    },
    'review:session': ({ sessionId }) => services.reviewSession.session(sessionId),
    'review:sessionPdf': ({ sessionId }) => services.reviewSession.sessionPdf(sessionId),
    'review:setReviewer': ({ sessionId, reviewer }) => services.reviewSession.setReviewer(sessionId, reviewer),
    'review:addComment': (input) => services.reviewSession.addComment(input),
    'review:deleteComment': ({ sessionId, commentId }) => services.reviewSession.deleteComment(sessionId, commentId),
    'review:setVerdict': ({ sessionId, itemKey, verdict }) =>
      services.reviewSession.setVerdict(sessionId, itemKey, verdict),
    'review:exportComments': async ({ sessionId }) => {
      const s = services.reviewSession.session(sessionId);
      const target = await save(
        'Exportera mina kommentarer',
        safe(`kommentarer-${s.committee}-${s.date}-${s.reviewer ?? 'granskare'}.json`),
        'json',
        'Kommentarer',
      );
      return target ? services.reviewSession.writeCommentsFile(sessionId, target) : null;
    },
  };
}
