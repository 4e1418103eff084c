import { useEffect } from 'react';
import { onEvent } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { EmptyState } from './EmptyState';
import { ErrorBanner } from './ErrorBanner';

/** Three panes: navigation · agenda/editor · preview. */
export function App() {
  const loadApp = useStore((s) => s.loadApp);
  const refreshSettings = useStore((s) => s.refreshSettings);
  const info = useStore((s) => s.info);

  useEffect(() => {
    void loadApp();
    return onEvent?.['data:changed']((payload) => {
      if (payload.entities.includes('settings')) void refreshSettings();
    });
  }, [loadApp, refreshSettings]);

  return (
    <div className="shell" data-app-state={info ? 'loaded' : 'loading'}>
      <nav className="pane nav" aria-label={sv.nav.meetings}>
        <header className="brand">
          <h1>{sv.appTitle}</h1>
          <p>{sv.appSubtitle}</p>
        </header>
        <h2 className="nav-heading">{sv.nav.meetings}</h2>
        <p className="muted">{sv.nav.noMeetings}</p>
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
      <main className="pane editor">
        <ErrorBanner />
        <EmptyState />
      </main>
      <aside className="pane preview" aria-label={sv.preview.heading}>
        <h2>{sv.preview.heading}</h2>
        <p className="muted">{sv.preview.nothing}</p>
      </aside>
    </div>
  );
}
