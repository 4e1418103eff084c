import type { Db } from '../db/database';

/**
 * Where settings live: one JSON object, changed only through `update`, which reads and writes
 * in one step so that a second process writing at the same time is never overwritten.
 */
export interface SettingsStore {
  read(): Record<string, unknown>;
  update(change: (current: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown>;
}

/** The part of electron-store / conf read once to carry older settings into the database. */
export interface LegacyKeyValueStore {
  get store(): Record<string, unknown>;
}

/**
 * Settings in the database's `app_settings` row (migration 0003). Each update runs in an
 * IMMEDIATE transaction: the write lock is taken before reading, so concurrent updates from
 * the app and the command line apply one after the other. The first read of a database without
 * the row copies the settings from the old config.json (`legacy`) once.
 */
export class SqliteSettingsStore implements SettingsStore {
  constructor(
    private readonly db: Db,
    private readonly legacy?: LegacyKeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  read(): Record<string, unknown> {
    const row = this.db.prepare("SELECT value FROM app_settings WHERE key = 'settings'").get() as
      | { value: string }
      | undefined;
    if (row) return JSON.parse(row.value) as Record<string, unknown>;
    return this.legacyValue();
  }

  update(change: (current: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
    return this.db
      .transaction(() => {
        const next = change(this.read());
        this.db
          .prepare(
            `INSERT INTO app_settings (key, value, updated_at) VALUES ('settings', ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          )
          .run(JSON.stringify(next), this.now().toISOString());
        return next;
      })
      .immediate();
  }

  private legacyValue(): Record<string, unknown> {
    try {
      const value = this.legacy?.store;
      return value && typeof value === 'object' ? { ...value } : {};
    } catch {
      return {}; // an unreadable old config.json: defaults, as before
    }
  }
}
