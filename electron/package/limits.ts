/**
 * Size limits for packages. Documented in the README; tests inject lower values instead of
 * writing 100 MB files. A real kallelse (ANA 2022-02-23, 15 bilagor, 145 pages) is under 1 MB.
 */
export interface PackageLimits {
  /** One referenced file (a bilaga PDF). */
  maxFileBytes: number;
  /** kallelse.json plus every referenced file; for a .kallelse zip also the zip itself and its unpacked size. */
  maxPackageBytes: number;
  /** kallelse.json alone. */
  maxJsonBytes: number;
  /** The organisation logo (PNG/JPEG), here and in settings. */
  maxLogoBytes: number;
  /** Entries in a .kallelse zip. */
  maxZipEntries: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackageLimits = {
  maxFileBytes: 100 * MiB,
  maxPackageBytes: 1024 * MiB,
  maxJsonBytes: 20 * MiB,
  maxLogoBytes: 2 * MiB,
  maxZipEntries: 10_000,
};

/** "100 MB", "1,5 kB" — Swedish decimal comma, binary units shown as MB/kB as users expect. */
export function formatBytes(n: number): string {
  const units = ['byte', 'kB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text =
    unit === 0
      ? String(value)
      : value
          .toFixed(value < 10 ? 1 : 0)
          .replace('.', ',')
          .replace(/,0$/, '');
  return `${text} ${units[unit]}`;
}
