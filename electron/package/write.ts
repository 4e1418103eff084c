import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { AppError } from '../../shared/ipc/result';
import { normalizePackagePath, unsafePathReason } from '../../shared/package/filePath';

/** `.kallelse` (and `.zip`) targets are written as a zip; anything else is a folder. */
export const isZipTarget = (target: string): boolean => /\.(kallelse|zip)$/i.test(target);

export interface PackageEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes kallelse.json and the files to a folder or a zip. Atomic: everything goes to a
 * temporary sibling first and is renamed into place, so a failure never leaves half a
 * package. A folder target must be new or empty; a zip target is replaced.
 */
export function writePackageEntries(
  target: string,
  json: unknown,
  files: readonly PackageEntry[],
  mtime: Date,
): { target: string; kind: 'folder' | 'zip'; bytes: number } {
  const out = path.resolve(target);
  const jsonBytes = new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
  for (const f of files) {
    const reason = unsafePathReason(f.path);
    if (reason) throw new AppError('INTERNAL', `Exportsökvägen ”${f.path}” ${reason}.`, f.path);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const temp = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

  if (isZipTarget(out)) {
    if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
      throw new AppError('CONFLICT', `${out} är en mapp; ange ett filnamn som slutar på .kallelse.`, out);
    }
    const entries: Zippable = { 'kallelse.json': [jsonBytes, { level: 6, mtime }] };
    // PDFs are already compressed: store them, which is fast and keeps the zip streamable.
    for (const f of files) entries[normalizePackagePath(f.path)] = [f.bytes, { level: 0, mtime }];
    const zipped = zipSync(entries);
    try {
      fs.writeFileSync(temp, zipped, { flag: 'wx' });
      fs.renameSync(temp, out);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw new AppError('IO', `Paketet kunde inte skrivas till ${out}: ${(error as Error).message}.`, out);
    }
    return { target: out, kind: 'zip', bytes: zipped.byteLength };
  }

  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isDirectory()) {
      throw new AppError('CONFLICT', `${out} finns redan och är en fil; välj en ny mapp.`, out);
    }
    if (fs.readdirSync(out).length > 0) {
      throw new AppError('CONFLICT', `Mappen ${out} finns redan och är inte tom; välj en ny eller tom mapp.`, out);
    }
  }
  let bytes = jsonBytes.byteLength;
  try {
    fs.mkdirSync(temp);
    fs.writeFileSync(path.join(temp, 'kallelse.json'), jsonBytes);
    for (const f of files) {
      const file = path.join(temp, ...normalizePackagePath(f.path).split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, f.bytes);
      bytes += f.bytes.byteLength;
    }
    if (fs.existsSync(out)) fs.rmdirSync(out);
    fs.renameSync(temp, out);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw new AppError('IO', `Paketet kunde inte skrivas till ${out}: ${(error as Error).message}.`, out);
  }
  return { target: out, kind: 'folder', bytes };
}
