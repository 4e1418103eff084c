import m0001 from './0001_init';
import m0002 from './0002_documents';
import m0003 from './0003_register';
import m0004 from './0004_settings';
import m0005 from './0005_review';
import m0006 from './0006_protokoll';
import m0007 from './0007_agenda_builder';

/**
 * Every migration in order. Version N is the N-th entry; the runner applies the ones above the
 * database's `PRAGMA user_version`, each in its own transaction. Migrations are TypeScript
 * modules holding one SQL string (not .sql files) so that every loader that imports the
 * backend — vite, esbuild, vitest and Playwright's TS loader — needs no plugin.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_init', sql: m0001 },
  { version: 2, name: '0002_documents', sql: m0002 },
  { version: 3, name: '0003_register', sql: m0003 },
  { version: 4, name: '0004_settings', sql: m0004 },
  { version: 5, name: '0005_review', sql: m0005 },
  { version: 6, name: '0006_protokoll', sql: m0006 },
  { version: 7, name: '0007_agenda_builder', sql: m0007 },
];

export const LATEST_VERSION = migrations.length;
