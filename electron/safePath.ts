import path from 'node:path';

/**
 * Resolves `relative` inside `root`, or returns null when the result would leave it
 * (absolute paths, `..` segments, encoded traversal). Used for app:// requests, package
 * files and zip entries alike.
 */
export function resolveInside(root: string, relative: string): string | null {
  const base = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(base, `.${path.posix.normalize(`/${decoded.replaceAll('\\', '/')}`)}`);
  if (path.isAbsolute(decoded) || decoded.split(/[\\/]/).includes('..')) return null;
  return target === base || target.startsWith(base + path.sep) ? target : null;
}
