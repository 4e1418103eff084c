import { useEffect } from 'react';
import { onEvent } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { DocumentEditor } from './documents/DocumentEditor';
import { EmptyState } from './EmptyState';
import { ErrorBanner } from './ErrorBanner';
import { MeetingList } from './MeetingList';
import { MeetingView } from './MeetingView';
import { NewMeetingForm } from './NewMeetingForm';
import { PreviewPane } from './PreviewPane';
import { RegisterView } from './register/RegisterView';
import { ReviewMode } from './review/ReviewMode';
import { ChangesPanel, VersionPanel } from './review/VersionPanel';
import { SettingsView } from './SettingsView';
import { useShellCommands } from './useShellCommands';

/** Three panes: navigation · agenda/editor · preview. */
export function App() {
  const loadApp = useStore((s) => s.loadApp);
  const info = useStore((s) => s.info);
  const current = useStore((s) => s.current);
  const busy = useStore((s) => s.busy);
  const view = useStore((s) => s.view);
  useShellCommands();
  const reviewing = useStore((s) => s.session !== null);
  const versionOpen = useStore((s) => s.versionView !== null);
  const changesOpen = useStore((s) => s.changes !== null);
  const editing = useStore((s) => (s.editing && s.editing.meetingId === s.current?.id ? s.editing.id : null));

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

  // Review mode (a presidium member's review copy) takes the whole window.
  if (reviewing) return <ReviewMode />;

  return (
    <div className="shell" data-app-state={info ? 'loaded' : 'loading'}>
      <nav className="pane nav" aria-label={sv.nav.meetings}>
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
      </nav>
      {view === 'register' ? (
        <main className="pane editor register-pane">
          <ErrorBanner />
          <RegisterView />
        </main>
      ) : (
        <>
          <main className="pane editor">
            <ErrorBanner />
            {view === 'settings' ? (
              <SettingsView />
            ) : view === 'new-meeting' ? (
              <NewMeetingForm />
            ) : current && versionOpen ? (
              <VersionPanel />
            ) : current && changesOpen ? (
              <ChangesPanel />
            ) : current && editing ? (
              <DocumentEditor />
            ) : current ? (
              <MeetingView />
            ) : (
              <EmptyState />
            )}
          </main>
          <PreviewPane />
        </>
      )}
    </div>
  );
}
