import type { Backend } from '../backend';
import { defaultDataDir } from '../paths';
import type { CliContext } from './types';
import { UsageError } from './types';

/** The `--db FILE` option every data command takes. */
export const dbOption = { db: { type: 'string' } } as const;

export function stringValue(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new UsageError(`Flaggan --${name} behöver ett värde.`);
  return v;
}

/**
 * The backend for a command: data folder from KALLELSE_DATA_DIR or the app's folder, the
 * database from --db, KALLELSE_DB or `<data folder>/kallelse.sqlite`.
 */
export async function openBackend(
  values: Record<string, unknown>,
  ctx: CliContext,
  dataDir = defaultDataDir(),
): Promise<Backend> {
  const db = stringValue(values, 'db');
  // Loaded on demand: commands that need no database (pdf of a package folder) skip SQLite and the services.
  const { createBackend } = await import('../backend');
  return createBackend({ dataDir, ...(db ? { databasePath: db } : {}), runtime: 'node', version: ctx.version });
}

/** Runs `fn` with a backend and always closes it. */
export async function withBackend<T>(backend: Backend, fn: (b: Backend) => Promise<T> | T): Promise<T> {
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}

/** A meeting id, or a unique prefix of one (at least 6 characters), as printed by `kallelse meetings`. */
export function resolveMeetingId(backend: Backend, given: string): string {
  const all = backend.services.meetings.list({ includePresidium: true }).map((m) => m.id);
  if (all.includes(given)) return given;
  const matches = given.length >= 6 ? all.filter((id) => id.startsWith(given)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UsageError(`Flera möten börjar med ${given}; ange fler tecken av id:t.`);
  return given; // the service reports NOT_FOUND with its own message
}
