import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/ipc/result';
import { type FileRef, KallelsePackage, type LoadedPackage } from '../../shared/package/model';
import { resolveInside } from '../safePath';

/**
 * A deliberately small package reader for the PDF engine's CLI and tests, until the data
 * layer's `loadPackage` (full JSON Schema validation) replaces it: a folder with kallelse.json,
 * a path to kallelse.json itself, or a .kallelse zip. File paths must stay inside the package;
 * a given sha256 must match.
 */
export function readPackageFolder(input: string): LoadedPackage {
  const target = path.resolve(input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `Paketet ${input} finns inte. Ange en mapp med kallelse.json eller en .kallelse-fil.`,
      input,
    );
  }
  if (stat.isFile() && !target.endsWith('.json')) return fromZip(target, input);
  const root = stat.isDirectory() ? target : path.dirname(target);
  const jsonPath = stat.isDirectory() ? path.join(root, 'kallelse.json') : target;
  let text: string;
  try {
    text = fs.readFileSync(jsonPath, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `Mappen ${input} saknar kallelse.json.`, jsonPath);
  }
  const pkg = parse(text, jsonPath);
  return {
    pkg,
    async readFile(ref: FileRef) {
      const file = resolveInside(root, ref.path);
      if (!file) throw new AppError('FORBIDDEN', `Sökvägen ${ref.path} pekar utanför paketet.`, ref.path);
      let bytes: Uint8Array;
      try {
        bytes = await fs.promises.readFile(file);
      } catch {
        throw new AppError('NOT_FOUND', `Filen ${ref.path} finns inte i paketet.`, ref.path);
      }
      return verified(bytes, ref);
    },
  };
}

function fromZip(file: string, input: string): LoadedPackage {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(fs.readFileSync(file));
  } catch {
    throw new AppError('BAD_PACKAGE', `${input} är ingen läsbar .kallelse-fil (zip).`, input);
  }
  const json = entries['kallelse.json'];
  if (!json) throw new AppError('BAD_PACKAGE', `${input} saknar kallelse.json.`, input);
  const pkg = parse(new TextDecoder().decode(json), input);
  return {
    pkg,
    async readFile(ref: FileRef) {
      // Same rule as for folders: resolve against a virtual root and refuse anything outside.
      const inside = resolveInside('/pkg', ref.path);
      if (!inside) throw new AppError('FORBIDDEN', `Sökvägen ${ref.path} pekar utanför paketet.`, ref.path);
      const bytes = entries[path.posix.relative('/pkg', inside.split(path.sep).join('/'))];
      if (!bytes) throw new AppError('NOT_FOUND', `Filen ${ref.path} finns inte i paketet.`, ref.path);
      return verified(bytes, ref);
    },
  };
}

function parse(text: string, where: string): KallelsePackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('BAD_PACKAGE', `${where} är inte giltig JSON: ${(error as Error).message}`, where);
  }
  const result = KallelsePackage.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(roten)';
    throw new AppError(
      'BAD_PACKAGE',
      `${where} följer inte paketformatet: fältet ”${field}”: ${issue?.message}.`,
      field,
    );
  }
  return result.data;
}

function verified(bytes: Uint8Array, ref: FileRef): Uint8Array {
  if (ref.sha256 && createHash('sha256').update(bytes).digest('hex') !== ref.sha256) {
    throw new AppError(
      'BAD_PACKAGE',
      `Filen ${ref.path} stämmer inte med sin kontrollsumma (sha256); den har ändrats.`,
      ref.path,
    );
  }
  return bytes;
}
