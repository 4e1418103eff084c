import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/ipc/result';
import { normalizePackagePath, unsafePathReason } from '../../shared/package/filePath';
import { resolveInside } from '../safePath';
import { formatBytes, type PackageLimits } from './limits';

/**
 * Where a package's files come from: a folder or a .kallelse zip. Paths given to `stat` and
 * `read` are package paths already checked with unsafePathReason; sources check again
 * against their own root (symlinks out of a folder, zip entries) before returning bytes.
 */
export interface PackageSource {
  kind: 'folder' | 'zip';
  /** The path the user gave, for messages. */
  location: string;
  /** Size in bytes, or null when there is no such file. */
  size(packagePath: string): number | null;
  read(packagePath: string): Uint8Array | null;
}

export function openSource(input: string, limits: PackageLimits): PackageSource {
  const location = path.resolve(input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `Paketet ${location} finns inte. Ange en mapp med kallelse.json eller en .kallelse-fil.`,
      location,
    );
  }
  if (stat.isDirectory()) return folderSource(location);
  if (stat.isFile()) {
    if (path.basename(location) === 'kallelse.json') return folderSource(path.dirname(location));
    return zipSource(location, stat.size, limits);
  }
  throw new AppError('BAD_PACKAGE', `${location} är varken en mapp eller en fil.`, location);
}

function folderSource(root: string): PackageSource {
  const realRoot = fs.realpathSync(root);
  const locate = (packagePath: string): string | null => {
    const target = resolveInside(realRoot, packagePath);
    if (!target) return null;
    let real: string;
    try {
      real = fs.realpathSync(target);
    } catch {
      return null;
    }
    // A symlink inside the folder must not lead out of it.
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      throw new AppError(
        'BAD_PACKAGE',
        `Filen ”${packagePath}” i paketet ${root} är en länk som pekar utanför paketet (${real}). Kopiera in filen i stället.`,
        packagePath,
      );
    }
    return fs.statSync(real).isFile() ? real : null;
  };
  return {
    kind: 'folder',
    location: root,
    size: (p) => {
      const file = locate(p);
      return file ? fs.statSync(file).size : null;
    },
    read: (p) => {
      const file = locate(p);
      return file ? new Uint8Array(fs.readFileSync(file)) : null;
    },
  };
}

function zipSource(file: string, zipSize: number, limits: PackageLimits): PackageSource {
  if (zipSize > limits.maxPackageBytes) {
    throw new AppError(
      'TOO_LARGE',
      `Paketet ${file} är ${formatBytes(zipSize)}; gränsen för ett paket är ${formatBytes(limits.maxPackageBytes)}.`,
      file,
    );
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.byteLength === 0) throw new AppError('BAD_PACKAGE', `Paketfilen ${file} är tom.`, file);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new AppError(
      'BAD_PACKAGE',
      `${file} är ingen .kallelse-fil (ingen zip-fil). Ange en mapp med kallelse.json eller en .kallelse-fil.`,
      file,
    );
  }
  const sizes = new Map<string, number>();
  let entries = 0;
  let unpacked = 0;
  let unpackedFiles: Record<string, Uint8Array>;
  try {
    unpackedFiles = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entries > limits.maxZipEntries) {
          throw new AppError('TOO_LARGE', `Paketet ${file} har fler än ${limits.maxZipEntries} filer.`, file);
        }
        const reason = unsafePathReason(entry.name);
        if (reason) {
          throw new AppError(
            'BAD_PACKAGE',
            `Zip-filen ${file} innehåller posten ”${entry.name}” som ${reason} och skulle hamna utanför paketet. Paketet importeras inte.`,
            entry.name,
          );
        }
        if (entry.name.endsWith('/') || entry.name.endsWith('\\')) return false;
        unpacked += entry.originalSize;
        if (unpacked > limits.maxPackageBytes) {
          throw new AppError(
            'TOO_LARGE',
            `Paketet ${file} blir större än ${formatBytes(limits.maxPackageBytes)} uppackat; gränsen för ett paket är ${formatBytes(limits.maxPackageBytes)}.`,
            file,
          );
        }
        sizes.set(normalizePackagePath(entry.name), entry.originalSize);
        // Oversized entries are not inflated; reading one reports TOO_LARGE with its field.
        return entry.originalSize <= Math.max(limits.maxFileBytes, limits.maxJsonBytes);
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'BAD_PACKAGE',
      `${file} kan inte packas upp som .kallelse-fil (${(error as Error).message}). Filen är skadad eller ingen zip-fil.`,
      file,
    );
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unpackedFiles)) files.set(normalizePackagePath(name), data);

  // A zip made by compressing the package folder has one top folder: use it as the root.
  let prefix = '';
  if (!sizes.has('kallelse.json')) {
    const tops = new Set([...sizes.keys()].map((k) => k.split('/')[0]));
    const [only] = [...tops];
    if (tops.size === 1 && only !== undefined && sizes.has(`${only}/kallelse.json`)) prefix = `${only}/`;
  }
  return {
    kind: 'zip',
    location: file,
    size: (p) => sizes.get(prefix + normalizePackagePath(p)) ?? null,
    read: (p) => files.get(prefix + normalizePackagePath(p)) ?? null,
  };
}
