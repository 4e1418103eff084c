/**
 * Paths inside a package (file refs and zip entry names). A package path is relative, uses
 * `/` (a `\` from Windows tools counts as a separator), and never leaves the package root.
 */

/** Why `p` cannot be a path inside a package, in Swedish ("är absolut"), or null when it is fine. */
export function unsafePathReason(p: string): string | null {
  if (p.length === 0) return 'är tom';
  if (p.includes('\0')) return 'innehåller ett nolltecken';
  if (p.startsWith('/') || p.startsWith('\\')) return 'är absolut (börjar med snedstreck)';
  if (/^[a-zA-Z]:/.test(p)) return 'är absolut (börjar med en enhetsbokstav)';
  if (p.split(/[\\/]/).includes('..')) return 'går uppåt ur paketet med ”..”';
  return null;
}

/** Canonical form used as a key: `\` → `/`, no `.` segments, no empty segments. */
export function normalizePackagePath(p: string): string {
  return p
    .replaceAll('\\', '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}
