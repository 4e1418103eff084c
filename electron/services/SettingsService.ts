import { type LogoInput, MAX_LOGO_BYTES, Settings, type SettingsPatch } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import { imageType } from '../files/inspect';
import type { SettingsStore } from './SettingsStore';

/**
 * Settings in the database beside the data (SettingsStore.ts), which the app and the command
 * line both write. Reads are parsed with defaults, so an older or hand-edited value never
 * breaks the app: invalid fields fall back to their defaults rather than failing the whole read.
 * Every write is one read-merge-write step of the store, so concurrent writers lose nothing.
 */
/** Where the logo's bytes go: the content store plus its files row (wired in backend.ts). */
export type ImageStore = (bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg') => string;

export class SettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly images?: ImageStore,
  ) {}

  get(): Settings {
    return SettingsService.parse(this.store.read());
  }

  private static parse(raw: Record<string, unknown>): Settings {
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
    return this.write(() => patch, {});
  }

  /** `patch` is computed from the settings as they are inside the write, not from an earlier read. */
  private write(
    patch: (current: Settings) => SettingsPatch,
    organisation: Partial<Settings['organisation']>,
  ): Settings {
    let next: Settings | undefined;
    this.store.update((raw) => {
      const current = SettingsService.parse(raw);
      const p = patch(current);
      next = Settings.parse({
        ...current,
        ...p,
        organisation: { ...current.organisation, ...(p.organisation ?? {}), ...organisation },
      });
      return next as unknown as Record<string, unknown>;
    });
    return next as Settings;
  }

  /** Puts a meeting first in the recent list (max 10). */
  touchRecentMeeting(meetingId: string): Settings {
    return this.write(
      (current) => ({
        recentMeetings: [meetingId, ...current.recentMeetings.filter((id) => id !== meetingId)].slice(0, 10),
      }),
      {},
    );
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
    return this.write(() => ({}), { logoSha256: sha256 });
  }

  removeLogo(): Settings {
    return this.write(() => ({}), { logoSha256: null });
  }
}
