import { type KeyboardEvent as ReactKeyboardEvent, useEffect } from 'react';
import { onEvent } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { DocumentEditor } from './documents/DocumentEditor';
import { EmptyState } from './EmptyState';
import { HistoryBar } from './HistoryBar';
import { MeetingList } from './MeetingList';
import { MeetingView } from './MeetingView';
import { NewMeetingForm } from './NewMeetingForm';
import { PreviewPane } from './PreviewPane';
import { ProtokollView } from './protokoll/ProtokollView';
import { QuestionDialog } from './QuestionDialog';
import { RegisterView } from './register/RegisterView';
import { ReviewMode } from './review/ReviewMode';
import { ChangesPanel, VersionPanel } from './review/VersionPanel';
import { SettingsView } from './SettingsView';
import { TemplateEditor } from './TemplateEditor';
import { useShellCommands } from './useShellCommands';

const PREVIEW_MIN = 280;
const PREVIEW_MAX = 900;

/** Three panes: navigation (collapsible) · agenda/editor · preview (resizable). */
export function App() {
  const loadApp = useStore((s) => s.loadApp);
  const info = useStore((s) => s.info);
  const current = useStore((s) => s.current);
  const busy = useStore((s) => s.busy);
  const view = useStore((s) => s.view);
  useShellCommands();
  const navCollapsed = useStore((s) => s.navCollapsed);
  const toggleNav = useStore((s) => s.toggleNav);
  const previewWidth = useStore((s) => s.previewWidth);
  const setPreviewWidth = useStore((s) => s.setPreviewWidth);
  const reviewing = useStore((s) => s.session !== null);
  const versionOpen = useStore((s) => s.versionView !== null);
  const changesOpen = useStore((s) => s.changes !== null);
  const editing = useStore((s) => (s.editing && s.editing.meetingId === s.current?.id ? s.editing.id : null));
  const protokollOpen = useStore((s) => s.protokollMeetingId !== null && s.protokollMeetingId === s.current?.id);

  useEffect(() => {
    void loadApp();
    const offChanged = onEvent?.['data:changed']((payload) => {
      const s = useStore.getState();
      if (payload.entities.includes('settings')) void s.refreshSettings();
      if (payload.entities.includes('meetings')) void s.loadMeetings();
      if (payload.entities.includes('committees') && s.view === 'register') void s.loadOverview();
    });
    const offProgress = onEvent?.['export:progress']((p) => useStore.getState().setProgress(p));
    return () => {
      offChanged?.();
      offProgress?.();
    };
  }, [loadApp]);

  // The splitter: drag with the pointer, or arrows (Shift = larger steps) with the keyboard.
  const clampWidth = (w: number) => Math.max(PREVIEW_MIN, Math.min(PREVIEW_MAX, Math.round(w)));
  const onSplitterPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = previewWidth;
    const move = (ev: PointerEvent) => setPreviewWidth(clampWidth(startWidth - (ev.clientX - startX)));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onSplitterKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 80 : 20;
    if (e.key === 'ArrowLeft') setPreviewWidth(clampWidth(previewWidth + step));
    else if (e.key === 'ArrowRight') setPreviewWidth(clampWidth(previewWidth - step));
    else return;
    e.preventDefault();
  };

  // The register and the standard agenda are not a meeting: they take the preview's room.
  const wide = view === 'register' || view === 'template';

  // Review mode (a presidium member's review copy) takes the whole window.
  if (reviewing) return <ReviewMode />;

  return (
    <div
      className={['shell', navCollapsed ? 'nav-collapsed' : '', wide ? 'register-mode' : ''].join(' ').trim()}
      data-app-state={info ? 'loaded' : 'loading'}
      style={{ '--preview-width': `${previewWidth}px` } as React.CSSProperties}
    >
      <nav className="pane nav" aria-label={sv.nav.meetings}>
        <button
          type="button"
          className="icon nav-toggle"
          aria-expanded={!navCollapsed}
          aria-label={navCollapsed ? sv.layout.expandNav : sv.layout.collapseNav}
          title={navCollapsed ? sv.layout.expandNav : sv.layout.collapseNav}
          onClick={toggleNav}
        >
          {navCollapsed ? '»' : '«'}
        </button>
        {navCollapsed ? null : (
          <>
            <header className="brand">
              <h1>{sv.appTitle}</h1>
              <p>{sv.appSubtitle}</p>
            </header>
            <h2 className="nav-heading">{sv.nav.meetings}</h2>
            <MeetingList />
            <div className="nav-actions">
              <button type="button" disabled={busy !== null} onClick={() => void useStore.getState().importPackage()}>
                {sv.empty.importPackage}
              </button>
              <button type="button" disabled={busy !== null} onClick={() => void useStore.getState().openReviewCopy()}>
                {sv.review.openCopy}
              </button>
              <button type="button" onClick={() => useStore.getState().openNewMeeting()}>
                {sv.newMeeting.open}
              </button>
              <button type="button" onClick={() => void useStore.getState().openRegister()}>
                {sv.register.open}
              </button>
              <button type="button" onClick={() => useStore.getState().openTemplate(current?.committee.id ?? null)}>
                {sv.template.open}
              </button>
              <button type="button" onClick={() => useStore.getState().openSettings()}>
                {sv.nav.settings}
              </button>
            </div>
            <footer className="nav-footer">
              {info ? (
                <dl>
                  <dt>{sv.status.version}</dt>
                  <dd>{info.version}</dd>
                  <dt>{sv.status.dataDir}</dt>
                  <dd title={info.dataDir}>{info.dataDir}</dd>
                </dl>
              ) : (
                <p className="muted">{sv.status.loading}</p>
              )}
            </footer>
          </>
        )}
      </nav>
      <main className={wide ? 'pane editor register-pane' : 'pane editor'}>
        <HistoryBar />
        {view === 'register' ? (
          <RegisterView />
        ) : view === 'settings' ? (
          <SettingsView />
        ) : view === 'new-meeting' ? (
          <NewMeetingForm />
        ) : view === 'template' ? (
          <TemplateEditor />
        ) : current && versionOpen ? (
          <VersionPanel />
        ) : current && changesOpen ? (
          <ChangesPanel />
        ) : current && editing ? (
          <DocumentEditor />
        ) : current && protokollOpen ? (
          <ProtokollView />
        ) : current ? (
          <MeetingView />
        ) : (
          <EmptyState />
        )}
      </main>
      {wide ? null : (
        <>
          {/* biome-ignore lint/a11y/useSemanticElements: a focusable splitter is role=separator by the ARIA pattern */}
          <div
            className="splitter"
            role="separator"
            aria-orientation="vertical"
            aria-label={sv.layout.resizePreview}
            aria-valuenow={previewWidth}
            aria-valuemin={PREVIEW_MIN}
            aria-valuemax={PREVIEW_MAX}
            tabIndex={0}
            onPointerDown={onSplitterPointerDown}
            onKeyDown={onSplitterKey}
          />
          <PreviewPane />
        </>
      )}
      <QuestionDialog />
    </div>
  );
}
