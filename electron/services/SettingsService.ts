import { type LogoInput, MAX_LOGO_BYTES, Settings, type SettingsPatch } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import { imageType } from '../files/inspect';

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
/** Where the logo's bytes go: the content store plus its files row (wired in backend.ts). */
export type ImageStore = (bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg') => string;

export class SettingsService {
  constructor(
    private readonly store: KeyValueStore,
    private readonly images?: ImageStore,
  ) {}

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
    return this.write(patch, {});
  }

  private write(patch: SettingsPatch, organisation: Partial<Settings['organisation']>): Settings {
    const current = this.get();
    const next = Settings.parse({
      ...current,
      ...patch,
      organisation: { ...current.organisation, ...(patch.organisation ?? {}), ...organisation },
    });
    this.store.store = next as unknown as Record<string, unknown>;
    return next;
  }

  /** Puts a meeting first in the recent list (max 10). */
  touchRecentMeeting(meetingId: string): Settings {
    const recent = [meetingId, ...this.get().recentMeetings.filter((id) => id !== meetingId)].slice(0, 10);
    return this.set({ recentMeetings: recent });
  }

  /** Stores the organisation logo (PNG/JPEG, at most 2 MB, checked by its bytes) and points settings at it. */
  setLogo(input: LogoInput): Settings {
    if (!this.images) throw new AppError('INTERNAL', 'Logotyper kan inte sparas här (ingen fillagring).');
    const bytes = new Uint8Array(Buffer.from(input.data, 'base64'));
    if (bytes.byteLength > MAX_LOGO_BYTES) {
      throw new AppError(
        'TOO_LARGE',
        `Logotypen är ${(bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ',')} MB; den får vara högst 2 MB.`,
        'data',
      );
    }
    const actual = imageType(bytes);
    if (actual !== input.mimeType) {
      throw new AppError(
        'VALIDATION',
        `Logotypen är ingen ${input.mimeType === 'image/png' ? 'PNG' : 'JPEG'}-bild${actual ? ` (den är ${actual === 'image/png' ? 'PNG' : 'JPEG'})` : ''}. Välj en PNG- eller JPEG-fil.`,
        'data',
      );
    }
    const sha256 = this.images(bytes, actual);
    return this.write({}, { logoSha256: sha256 });
  }

  removeLogo(): Settings {
    return this.write({}, { logoSha256: null });
  }
}
