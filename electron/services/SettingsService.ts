import { Settings, type SettingsPatch } from '../../shared/domain/settings';

/** The part of electron-store / conf the service uses: the whole store as one object. */
export interface KeyValueStore {
  get store(): Record<string, unknown>;
  set store(value: Record<string, unknown>);
}

/**
 * Settings over electron-store (in the app) or conf (CLI and tests) — the same file format.
 * Reads are parsed with defaults, so a hand-edited or older file never breaks the app:
 * invalid fields fall back to their defaults rather than failing the whole read.
 */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): Settings {
    const raw = this.store.store;
    const parsed = Settings.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Keep what is valid field by field; drop what is not.
    const fallback = Settings.parse({});
    const merged: Record<string, unknown> = { ...fallback };
    for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
      const one = Settings.shape[key].safeParse(raw[key]);
      if (one.success) merged[key] = one.data;
    }
    return Settings.parse(merged);
  }

  set(patch: SettingsPatch): Settings {
    const current = this.get();
    const next = Settings.parse({
      ...current,
      ...patch,
      organisation: { ...current.organisation, ...(patch.organisation ?? {}) },
    });
    this.store.store = next as unknown as Record<string, unknown>;
    return next;
  }

  /** Puts a meeting first in the recent list (max 10). */
  touchRecentMeeting(meetingId: string): Settings {
    const recent = [meetingId, ...this.get().recentMeetings.filter((id) => id !== meetingId)].slice(0, 10);
    return this.set({ recentMeetings: recent });
  }
}
