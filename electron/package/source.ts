import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { normalizePackagePath, unsafePathReason } from '../../shared/package/filePath';
import { resolveInside } from '../safePath';
import { formatBytes, type PackageLimits } from './limits';
import { type ZipEntryInfo, ZipFormatError, ZipReader } from './zipReader';

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
  /** Releases the open zip file; reads after it fail. */
  close?(): void;
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

/** Above this many bytes an entry may not inflate more than MAX_RATIO times its packed size. */
const RATIO_FROM_BYTES = 1024 * 1024;
const MAX_RATIO = 200;

function zipSource(file: string, zipSize: number, limits: PackageLimits): PackageSource {
  if (zipSize > limits.maxPackageBytes) {
    throw new AppError(
      'TOO_LARGE',
      `Paketet ${file} är ${formatBytes(zipSize)}; gränsen för ett paket är ${formatBytes(limits.maxPackageBytes)}.`,
      file,
    );
  }
  if (zipSize === 0) throw new AppError('BAD_PACKAGE', `Paketfilen ${file} är tom.`, file);
  const head = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 2, 0);
  fs.closeSync(fd);
  if (!(head[0] === 0x50 && head[1] === 0x4b)) {
    throw new AppError(
      'BAD_PACKAGE',
      `${file} är ingen .kallelse-fil (ingen zip-fil). Ange en mapp med kallelse.json eller en .kallelse-fil.`,
      file,
    );
  }
  const zipError = (error: unknown): AppError => {
    if (error instanceof AppError) return error;
    if (error instanceof ZipFormatError) {
      const entry = error.entry ? `Posten ”${error.entry}” i ` : '';
      const what = entry ? `${entry}${file}` : file;
      if (error.kind === 'encrypted') {
        return new AppError(
          'BAD_PACKAGE',
          `${what} är krypterad (lösenordsskyddad). Packa paketet igen utan lösenord och importera det.`,
          error.entry ?? file,
        );
      }
      if (error.kind === 'too-large') {
        return new AppError('TOO_LARGE', `${what}: ${error.message}. Paketet importeras inte.`, error.entry ?? file);
      }
      return new AppError(
        'BAD_PACKAGE',
        `${what} kan inte läsas som .kallelse-fil: ${error.message}. Exportera paketet igen.`,
        error.entry ?? file,
      );
    }
    return new AppError(
      'BAD_PACKAGE',
      `${file} kan inte packas upp som .kallelse-fil. Filen är skadad eller ingen zip-fil.`,
      file,
    );
  };

  let zip: ZipReader;
  try {
    zip = ZipReader.open(file);
  } catch (error) {
    throw zipError(error);
  }
  const entries = new Map<string, ZipEntryInfo>();
  try {
    if (zip.entries.size > limits.maxZipEntries) {
      throw new AppError('TOO_LARGE', `Paketet ${file} har fler än ${limits.maxZipEntries} filer.`, file);
    }
    let unpacked = 0;
    for (const entry of zip.entries.values()) {
      const reason = unsafePathReason(entry.name);
      if (reason) {
        throw new AppError(
          'BAD_PACKAGE',
          `Zip-filen ${file} innehåller posten ”${entry.name}” som ${reason} och skulle hamna utanför paketet. Paketet importeras inte.`,
          entry.name,
        );
      }
      if (entry.name.endsWith('/') || entry.name.endsWith('\\')) continue;
      // Judged from the directory alone, so a bomb is refused without inflating a byte of it.
      if (entry.size > RATIO_FROM_BYTES && entry.size > entry.compressedSize * MAX_RATIO) {
        throw new AppError(
          'TOO_LARGE',
          `Posten ”${entry.name}” i ${file} packas upp till ${formatBytes(entry.size)} från ${formatBytes(entry.compressedSize)} (mer än ${MAX_RATIO} gånger). Så packas inga riktiga bilagor; paketet importeras inte.`,
          entry.name,
        );
      }
      unpacked += entry.size;
      if (unpacked > limits.maxPackageBytes) {
        throw new AppError(
          'TOO_LARGE',
          `Paketet ${file} blir större än ${formatBytes(limits.maxPackageBytes)} uppackat; gränsen för ett paket är ${formatBytes(limits.maxPackageBytes)}.`,
          file,
        );
      }
      entries.set(normalizePackagePath(entry.name), entry);
    }
  } catch (error) {
    zip.close();
    throw zipError(error);
  }

  // A zip made by compressing the package folder has one top folder: use it as the root.
  let prefix = '';
  if (!entries.has('kallelse.json')) {
    const tops = new Set([...entries.keys()].map((k) => k.split('/')[0]));
    const [only] = [...tops];
    if (tops.size === 1 && only !== undefined && entries.has(`${only}/kallelse.json`)) prefix = `${only}/`;
  }
  return {
    kind: 'zip',
    location: file,
    size: (p) => entries.get(prefix + normalizePackagePath(p))?.size ?? null,
    read: (p) => {
      const entry = entries.get(prefix + normalizePackagePath(p));
      if (!entry) return null;
      try {
        return zip.read(entry);
      } catch (error) {
        throw zipError(error);
      }
    },
    close: () => zip.close(),
  };
}
