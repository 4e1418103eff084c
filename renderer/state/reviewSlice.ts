import type { StateCreator } from 'zustand';
import type {
  MeetingHistory,
  ReviewOverview,
  ReviewSessionView,
  Verdict,
  VersionView,
} from '../../shared/domain/review';
import type { ChangeReport } from '../../shared/review/changes';
import { call, messageOf } from '../api';
import { sv } from '../strings.sv';
import type { Store } from './store';

/**
 * Presidium review in the renderer: the meeting's versions and imported comments (the
 * secretary's side), an earlier version or a change report shown read-only, and review mode
 * (the reviewer's side, which replaces the whole window while a review copy is open).
 */
export interface ReviewSlice {
  history: MeetingHistory | null;
  reviewOverview: ReviewOverview | null;
  versionView: VersionView | null;
  changes: { report: ChangeReport; fromVersionId: string; fromVersion: number } | null;
  session: ReviewSessionView | null;
  sessionPdf: string | null;
  loadReview: () => Promise<void>;
  exportReviewCopy: () => Promise<void>;
  importComments: () => Promise<void>;
  answerComment: (commentId: string, body: string) => Promise<boolean>;
  resolveComment: (commentId: string, resolved: boolean) => Promise<void>;
  openVersion: (versionId: string) => Promise<void>;
  closeVersion: () => void;
  exportVersionPdf: (versionId: string) => Promise<void>;
  exportVersionPackage: (versionId: string) => Promise<void>;
  showChanges: (fromVersionId: string) => Promise<void>;
  closeChanges: () => void;
  exportChangesPdf: () => Promise<void>;
  openReviewCopy: () => Promise<void>;
  /** Review mode for a session main already opened (a review copy opened from the OS). */
  enterReviewSession: (sessionId: string) => Promise<void>;
  setReviewer: (name: string) => Promise<void>;
  addReviewComment: (input: {
    itemKey: string;
    documentKey?: string;
    quote?: string;
    body: string;
  }) => Promise<boolean>;
  deleteReviewComment: (commentId: string) => Promise<void>;
  setVerdict: (itemKey: string, verdict: Verdict | null) => Promise<void>;
  exportComments: () => Promise<void>;
  leaveReview: () => void;
}

export const createReviewSlice: StateCreator<Store, [], [], ReviewSlice> = (set, get) => {
  /** Runs a call, shows its error; returns undefined when it failed. */
  const attempt = async <T>(run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      get().showError(messageOf(error));
      return undefined;
    }
  };
  const meetingId = () => get().current?.id;
  const sessionId = () => get().session?.id;

  const showSession = async (session: ReviewSessionView) => {
    set({ session, sessionPdf: null });
    const pdf = await attempt(() => call('review:sessionPdf', { sessionId: session.id }));
    if (pdf && get().session?.id === session.id) set({ sessionPdf: pdf.base64 });
  };

  return {
    history: null,
    reviewOverview: null,
    versionView: null,
    changes: null,
    session: null,
    sessionPdf: null,

    loadReview: async () => {
      const id = meetingId();
      if (!id) return;
      const loaded = await attempt(() =>
        Promise.all([call('versions:history', { meetingId: id }), call('review:overview', { meetingId: id })]),
      );
      if (loaded && meetingId() === id) set({ history: loaded[0], reviewOverview: loaded[1] });
    },

    exportReviewCopy: async () => {
      const id = meetingId();
      if (!id) return;
      const saved = await attempt(() => call('review:exportCopy', { meetingId: id }));
      if (saved) get().showNotice(sv.review.copySaved(saved.version, saved.path));
    },

    importComments: async () => {
      const id = meetingId();
      if (!id) return;
      const r = await attempt(() => call('review:importComments', { meetingId: id }));
      if (!r) return;
      get().showNotice(sv.review.imported(r.reviewer, r.added, r.alreadyImported, r.detached));
      await get().loadReview();
    },

    answerComment: async (commentId, body) => {
      const reviewOverview = await attempt(() => call('review:answer', { commentId, body }));
      if (reviewOverview) set({ reviewOverview });
      return reviewOverview !== undefined;
    },

    resolveComment: async (commentId, resolved) => {
      const reviewOverview = await attempt(() => call('review:resolve', { commentId, resolved }));
      if (reviewOverview) set({ reviewOverview });
    },

    openVersion: async (versionId) => {
      const versionView = await attempt(() => call('versions:open', { versionId }));
      if (versionView) set({ versionView, changes: null });
    },
    closeVersion: () => set({ versionView: null }),

    exportVersionPdf: async (versionId) => {
      const saved = await attempt(() => call('versions:exportPdf', { versionId }));
      if (saved) get().showNotice(sv.review.saved(saved.path));
    },
    exportVersionPackage: async (versionId) => {
      const saved = await attempt(() => call('versions:exportPackage', { versionId }));
      if (saved) get().showNotice(sv.review.saved(saved.path));
    },

    showChanges: async (fromVersionId) => {
      const id = meetingId();
      if (!id) return;
      const report = await attempt(() => call('versions:changes', { meetingId: id, fromVersionId }));
      const fromVersion = get().history?.versions.find((v) => v.id === fromVersionId)?.version ?? 0;
      if (report) set({ changes: { report, fromVersionId, fromVersion }, versionView: null });
    },
    closeChanges: () => set({ changes: null }),

    exportChangesPdf: async () => {
      const id = meetingId();
      const changes = get().changes;
      if (!id || !changes) return;
      const saved = await attempt(() =>
        call('versions:exportChangesPdf', { meetingId: id, fromVersionId: changes.fromVersionId }),
      );
      if (saved) get().showNotice(sv.review.saved(saved.path));
    },

    openReviewCopy: async () => {
      set({ busy: sv.review.opening });
      const session = await attempt(() => call('review:openCopy'));
      set({ busy: null });
      if (session) await showSession(session);
    },

    enterReviewSession: async (sessionId) => {
      const session = await attempt(() => call('review:session', { sessionId }));
      if (session) await showSession(session);
    },

    setReviewer: async (reviewer) => {
      const id = sessionId();
      if (!id) return;
      const session = await attempt(() => call('review:setReviewer', { sessionId: id, reviewer }));
      if (session) set({ session });
    },

    addReviewComment: async (input) => {
      const id = sessionId();
      if (!id) return false;
      const session = await attempt(() => call('review:addComment', { sessionId: id, ...input }));
      if (session) set({ session });
      return session !== undefined;
    },

    deleteReviewComment: async (commentId) => {
      const id = sessionId();
      if (!id) return;
      const session = await attempt(() => call('review:deleteComment', { sessionId: id, commentId }));
      if (session) set({ session });
    },

    setVerdict: async (itemKey, verdict) => {
      const id = sessionId();
      if (!id) return;
      const session = await attempt(() => call('review:setVerdict', { sessionId: id, itemKey, verdict }));
      if (session) set({ session });
    },

    exportComments: async () => {
      const id = sessionId();
      if (!id) return;
      const saved = await attempt(() => call('review:exportComments', { sessionId: id }));
      if (saved) get().showNotice(sv.review.commentsSaved(saved.comments, saved.path));
    },

    leaveReview: () => set({ session: null, sessionPdf: null }),
  };
};
