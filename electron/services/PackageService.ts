import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportChoice, ImportConflict, ImportSummary, SampleName } from '../../shared/domain/packages';
import { AppError } from '../../shared/ipc/result';
import { normalizePackagePath } from '../../shared/package/filePath';
import type { KallelsePackage, LoadedPackage } from '../../shared/package/model';
import { sqliteAppError } from '../db/sqliteErrors';
import type { ContentStore, MediaType } from '../files/ContentStore';
import { type ExportedFile, readPackageFromDb } from '../package/exportFromDb';
import { writePackageToDb } from '../package/importToDb';
import type { PackageLimits } from '../package/limits';
import { loadPackage } from '../package/load';
import { validatePackageJson } from '../package/validate';
import { writePackageEntries } from '../package/write';
import { getFile } from '../repos/documents';
import { findImportedTwin, markCopy } from '../repos/meetings';
import { importReviewRound } from '../review/exchange';
import type { ServiceDeps } from './MeetingService';
import type { SettingsService } from './SettingsService';

export interface PackageServiceDeps extends ServiceDeps {
  store: ContentStore;
  settings?: SettingsService;
  /** Lowered in tests; defaults in electron/package/limits.ts. */
  limits?: Partial<PackageLimits>;
  samplesDir: () => string;
  /** Removes a meeting the way the user's delete does (kept for undo); used by "replace". */
  deleteMeeting?: (meetingId: string) => void;
}

/** A meeting read back as a package: what the PDF engine renders and what export writes. */
export interface ExportedPackage extends LoadedPackage {
  /** kallelse.json exactly as it will be written (x- properties included). */
  json: Record<string, unknown>;
  files: ExportedFile[];
}

export interface WriteResult {
  meetingId: string;
  target: string;
  kind: 'folder' | 'zip';
  files: number;
  bytes: number;
}

/**
 * Import and export of kallelse-package v1. Import is all-or-nothing: the whole package is
 * checked before anything is written; files go to the content store first and are removed
 * again if the database transaction fails; the database is written in one transaction.
 */
export class PackageService {
  constructor(private readonly deps: PackageServiceDeps) {}

  /** Chosen files waiting for the user's answer to "this meeting already exists". */
  private readonly pending = new Map<string, string>();

  /**
   * Imports unless the package's meeting (same organisation, nämnd, date and start time) is
   * already here: then nothing is written and the answer is a conflict whose token
   * `resolveImport` takes with the user's choice.
   */
  async importOrAsk(input: string): Promise<ImportSummary | ImportConflict> {
    const validated = await loadPackage(input, this.deps.limits ? { limits: this.deps.limits } : {});
    const { pkg } = validated;
    const twin = findImportedTwin(this.deps.db, {
      organisation: pkg.organisation.name,
      committee: pkg.committee.name,
      date: pkg.meeting.date,
      startTime: pkg.meeting.startTime,
    });
    if (!twin) return this.importPackage(input);
    const token = randomUUID();
    this.pending.clear();
    this.pending.set(token, input);
    return {
      conflict: true,
      token,
      existing: {
        meetingId: twin.id,
        committeeName: pkg.committee.name,
        date: pkg.meeting.date,
        startTime: pkg.meeting.startTime,
      },
    };
  }

  /** Finishes an import that met an existing meeting: replace it (after the import succeeded), or keep both. */
  async resolveImport(token: string, choice: ImportChoice): Promise<ImportSummary> {
    const input = this.pending.get(token);
    if (!input)
      throw new AppError('NOT_FOUND', 'Importen har redan avslutats eller avbrutits. Välj filen igen.', token);
    this.pending.delete(token);
    const validated = await loadPackage(input, this.deps.limits ? { limits: this.deps.limits } : {});
    const { pkg } = validated;
    const twin = findImportedTwin(this.deps.db, {
      organisation: pkg.organisation.name,
      committee: pkg.committee.name,
      date: pkg.meeting.date,
      startTime: pkg.meeting.startTime,
    });
    const summary = await this.importPackage(input);
    if (twin && choice === 'copy') markCopy(this.deps.db, summary.meetingId, twin.id);
    if (twin && choice === 'replace') this.deps.deleteMeeting?.(twin.id);
    return summary;
  }

  async importPackage(input: string): Promise<ImportSummary> {
    const validated = await loadPackage(input, this.deps.limits ? { limits: this.deps.limits } : {});
    const { db, store } = this.deps;
    const created: { sha256: string; mediaType: MediaType }[] = [];
    let summary: ImportSummary;
    try {
      for (const file of validated.files.values()) {
        const put = store.put(file.bytes, file.mediaType);
        if (put.created) created.push({ sha256: put.sha256, mediaType: file.mediaType });
      }
      const now = this.deps.now().toISOString();
      summary = db
        .transaction(() => {
          const written = writePackageToDb(db, validated, now);
          importReviewRound(db, written.meetingId, (validated.raw.meeting ?? {}) as Record<string, unknown>, now);
          return written;
        })
        .immediate();
    } catch (error) {
      // Remove only what this import added and no committed row refers to.
      for (const c of created) if (!getFile(db, c.sha256)) store.remove(c.sha256, c.mediaType);
      if (error instanceof AppError) throw error;
      const sqlite = sqliteAppError(error);
      if (sqlite) throw sqlite;
      throw new AppError(
        'INTERNAL',
        `Importen av ${validated.location} avbröts av ett fel i databasen (${(error as Error).message}). Inget har sparats.`,
        validated.location,
      );
    }
    this.deps.settings?.touchRecentMeeting(summary.meetingId);
    this.deps.events.emit('data:changed', {
      entities: [
        'meetings',
        'meeting',
        'committees',
        'documents',
        'files',
        ...(this.deps.settings ? (['settings'] as const) : []),
      ],
      meetingId: summary.meetingId,
    });
    return summary;
  }

  /** Imports one of the bundled sample packages into this database. */
  importSample(sample: SampleName): Promise<ImportSummary> {
    const dir = path.join(this.deps.samplesDir(), sample);
    if (!fs.existsSync(path.join(dir, 'kallelse.json'))) {
      return Promise.reject(
        new AppError(
          'NOT_FOUND',
          `Exempelmötet (${sample}) finns inte i den här installationen (letade i ${dir}). Installera om Kallelse, eller ange mappen med exempelpaketen i miljövariabeln KALLELSE_SAMPLES_DIR.`,
          dir,
        ),
      );
    }
    return this.importPackage(dir);
  }

  /**
   * The meeting as a package, checked against the format before it is handed out (what the
   * app cannot import, it does not export). `readFile` serves the stored bytes, verified
   * against their sha256.
   */
  exportMeeting(meetingId: string): ExportedPackage {
    const { json, files } = readPackageFromDb(this.deps.db, meetingId, this.deps.now().toISOString());
    return this.fromStored(json, [...files.values()]);
  }

  /**
   * A package whose files are in the content store (a meeting, a stored version, a review
   * copy), checked against the format, with `readFile` serving the stored bytes.
   */
  fromStored(json: Record<string, unknown>, files: readonly ExportedFile[]): ExportedPackage {
    let pkg: KallelsePackage;
    try {
      pkg = validatePackageJson(json);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(
        'CONFLICT',
        `Mötet kan inte exporteras eftersom det inte följer paketformatet: ${error.message}`,
        error.detail,
      );
    }
    const byPath = new Map(files.map((f) => [normalizePackagePath(f.path), f]));
    const store = this.deps.store;
    return {
      pkg,
      json,
      files: [...files],
      readFile: async (ref) => {
        const file = byPath.get(normalizePackagePath(ref.path));
        if (!file) throw new AppError('NOT_FOUND', `Filen ”${ref.path}” hör inte till mötets paket.`, ref.path);
        if (ref.sha256 && ref.sha256 !== file.sha256) {
          throw new AppError(
            'BAD_PACKAGE',
            `Filen ”${ref.path}” har en annan kontrollsumma än den som anges.`,
            ref.path,
          );
        }
        return store.read(file.sha256, file.mediaType);
      },
    };
  }

  /** Writes a stored package (folder, or zip when the target ends in .kallelse). */
  async writeExported(
    exported: ExportedPackage,
    target: string,
  ): Promise<{ target: string; kind: 'folder' | 'zip'; files: number; bytes: number }> {
    const entries = await Promise.all(
      exported.files.map(async (f) => ({
        path: f.path,
        bytes: await exported.readFile({ path: f.path, sha256: f.sha256 }),
      })),
    );
    const written = writePackageEntries(target, exported.json, entries, this.deps.now());
    return { target: written.target, kind: written.kind, files: entries.length, bytes: written.bytes };
  }

  /** Writes the meeting as a folder, or as a zip when the target ends in .kallelse. */
  async writePackage(meetingId: string, target: string): Promise<WriteResult> {
    const written = await this.writeExported(this.exportMeeting(meetingId), target);
    return { meetingId, ...written };
  }
}
