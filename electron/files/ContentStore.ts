import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { fsyncDir, tempPathIn, writeSynced } from './tempFiles';

export type MediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const extension: Record<MediaType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const SHA = /^[0-9a-f]{64}$/;

/**
 * Imported files, content-addressed on disk: `<root>/<sha[0..2]>/<sha><ext>`. A file is
 * written once, atomically (temp file in the data folder's tmp/, fsync, rename, fsync of the
 * folder), and never changed; the same bytes imported twice are stored once. Metadata (size,
 * pages, title) lives in SQL; files no row refers to are collected at start (files/garbage.ts).
 */
export class ContentStore {
  /** `tempDir` must be on the same file system as `root` (default: `tmp` beside it). */
  constructor(
    readonly root: string,
    readonly tempDir: string = path.join(path.dirname(root), 'tmp'),
  ) {}

  pathFor(sha256: string, mediaType: MediaType): string {
    if (!SHA.test(sha256)) throw new AppError('INTERNAL', `Ogiltig kontrollsumma för lagrad fil: ${sha256}.`);
    return path.join(this.root, sha256.slice(0, 2), `${sha256}${extension[mediaType]}`);
  }

  has(sha256: string, mediaType: MediaType): boolean {
    return fs.existsSync(this.pathFor(sha256, mediaType));
  }

  /**
   * Stores the bytes; returns their sha256 and whether this call created the file (so an
   * import that fails later removes only what it added).
   */
  put(bytes: Uint8Array, mediaType: MediaType): { sha256: string; created: boolean } {
    const sha256 = sha256Hex(bytes);
    const target = this.pathFor(sha256, mediaType);
    // An existing file is kept only if it really holds these bytes; a damaged one is replaced.
    if (fs.existsSync(target) && sha256Hex(fs.readFileSync(target)) === sha256) {
      // Fresh again: garbage collection spares recent files, so a row about to refer to it is safe.
      const t = new Date();
      fs.utimesSync(target, t, t);
      return { sha256, created: false };
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.mkdirSync(this.tempDir, { recursive: true });
    const temp = tempPathIn(this.tempDir, path.basename(target));
    try {
      writeSynced(temp, bytes);
      fs.renameSync(temp, target);
      fsyncDir(path.dirname(target));
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw new AppError('IO', `Filen kunde inte sparas i ${this.root}: ${(error as Error).message}.`, target);
    }
    return { sha256, created: true };
  }

  /** The stored bytes, checked against their name: a damaged file is reported, never exported. */
  read(sha256: string, mediaType: MediaType): Uint8Array {
    const file = this.pathFor(sha256, mediaType);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new AppError(
        'IO',
        `Den lagrade filen ${sha256.slice(0, 12)}… saknas i ${this.root}. Importera bilagan igen.`,
        file,
      );
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new AppError(
        'IO',
        `Den lagrade filen ${file} har ändrats eller skadats (kontrollsumman stämmer inte). Importera bilagan igen.`,
        file,
      );
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Removes a file, and its shard folder when that becomes empty. */
  remove(sha256: string, mediaType: MediaType): void {
    const file = this.pathFor(sha256, mediaType);
    fs.rmSync(file, { force: true });
    try {
      fs.rmdirSync(path.dirname(file));
    } catch {
      // not empty (or already gone): keep it
    }
  }

  /** Every stored file, relative to the root (tests and diagnostics). */
  list(): string[] {
    if (!fs.existsSync(this.root)) return [];
    return (fs.readdirSync(this.root, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => fs.statSync(path.join(this.root, f)).isFile())
      .sort();
  }
}
