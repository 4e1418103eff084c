import { AppError } from '../../shared/ipc/result';
import { normalizePackagePath, unsafePathReason } from '../../shared/package/filePath';
import { formatPath, type PathSegment } from '../../shared/package/jsonPath';
import type { FileRef, KallelsePackage, LoadedPackage } from '../../shared/package/model';
import { type MediaType, sha256Hex } from '../files/ContentStore';
import { checkPdf, imageType } from '../files/inspect';
import { warmUpInspector } from '../files/pdfInspector';
import { decodeJson } from './decodeJson';
import { DEFAULT_LIMITS, formatBytes, type PackageLimits } from './limits';
import { context } from './schemaErrors';
import { openSource, type PackageSource } from './source';
import { validatePackageJson } from './validate';

/** One referenced file, read and checked. */
export interface PackageFile {
  /** Normalised package path (`bilagor/x.pdf`). */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  mediaType: MediaType;
  pageCount: number | null;
  pdfTitle: string | null;
  /** Active content that is stripped when the file is merged (Swedish list), or null. */
  removed: string | null;
  /** The PDF worker keeps this PDF parsed under this key, for an assembly there (loadPackage's `keep`). */
  kept?: string;
}

/**
 * A package whose kallelse.json passed its checks and whose files are read, while the PDF
 * worker still checks the PDFs (loadPackage's `onRead`): enough to lay out the generated
 * documents. Only loadPackage's result says that the whole package is sound.
 */
export interface ReadPackage extends LoadedPackage {
  /** Each PDF by its sha256, resolving once the worker accepted it (rejecting if it did not). */
  pdfs: Map<string, Promise<PackageFile>>;
}

/** A package that passed every check: nothing in it can make an import fail for bad input. */
export interface ValidatedPackage extends LoadedPackage {
  /** kallelse.json as parsed, with its x- properties (the zod model strips them). */
  raw: Record<string, unknown>;
  files: Map<string, PackageFile>;
  location: string;
}

interface RefSite {
  ref: FileRef;
  segments: PathSegment[];
  expect: 'pdf' | 'image';
}

/** Every file reference in document order: the logo, then each imported PDF. */
export function fileRefSites(pkg: KallelsePackage): RefSite[] {
  const sites: RefSite[] = [];
  if (pkg.organisation.logo)
    sites.push({ ref: pkg.organisation.logo, segments: ['organisation', 'logo'], expect: 'image' });
  pkg.meeting.sections.forEach((section, si) => {
    section.items.forEach((item, ii) => {
      item.documents?.forEach((doc, di) => {
        if (doc.type === 'pdf') {
          sites.push({
            ref: doc.file,
            segments: ['meeting', 'sections', si, 'items', ii, 'documents', di, 'file'],
            expect: 'pdf',
          });
        }
      });
    });
  });
  return sites;
}

/**
 * Reads and checks a package — a folder, a `.kallelse` zip, or a path to kallelse.json —
 * completely before anything is written anywhere: encoding and JSON syntax, the JSON
 * Schema, the model, the semantic rules, then every referenced file (inside the package,
 * present, within the size limits, matching its sha256, a valid unencrypted PDF or a
 * PNG/JPEG logo). The first problem throws an AppError naming the file and the field.
 */
export async function loadPackage(
  input: string,
  options: {
    limits?: Partial<PackageLimits>;
    /**
     * The PDF worker keeps every PDF it accepted, parsed and cleaned, under its sha256
     * (PackageFile.kept), for the command line's assembly there: each bilaga parsed once.
     */
    keep?: boolean;
    /** Called once kallelse.json is valid and every file is read, before the PDF checks end. */
    onRead?: (read: ReadPackage) => void;
  } = {},
): Promise<ValidatedPackage> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const keep = options.keep ?? false;
  warmUpInspector({ keep }); // its start-up overlaps reading and validating kallelse.json
  const source = openSource(input, limits);
  try {
    return await loadFrom(source, limits, keep, options.onRead);
  } finally {
    source.close?.();
  }
}

/**
 * Whether a package is a presidium review copy (top-level `x-review`), reading only its
 * kallelse.json (bounded like any import). Anything unreadable answers false: the normal
 * import then reports the problem in its own words.
 */
export function isReviewCopy(input: string, options: { limits?: Partial<PackageLimits> } = {}): boolean {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const source = openSource(input, limits);
    try {
      const size = source.size('kallelse.json');
      if (size === null || size > limits.maxJsonBytes) return false;
      const raw = decodeJson(source.read('kallelse.json') ?? new Uint8Array());
      return typeof raw === 'object' && raw !== null && 'x-review' in raw;
    } finally {
      source.close?.();
    }
  } catch {
    return false;
  }
}

async function loadFrom(
  source: PackageSource,
  limits: PackageLimits,
  keep: boolean,
  onRead?: (read: ReadPackage) => void,
): Promise<ValidatedPackage> {
  const jsonSize = source.size('kallelse.json');
  if (jsonSize === null) {
    throw new AppError(
      'BAD_PACKAGE',
      `Paketet ${source.location} saknar kallelse.json i sin rot. Ett paket är en mapp eller .kallelse-fil med kallelse.json och dess bilagor.`,
      'kallelse.json',
    );
  }
  if (jsonSize > limits.maxJsonBytes) {
    throw new AppError(
      'TOO_LARGE',
      `kallelse.json i ${source.location} är ${formatBytes(jsonSize)}; gränsen är ${formatBytes(limits.maxJsonBytes)}.`,
      'kallelse.json',
    );
  }
  const raw = decodeJson(source.read('kallelse.json') ?? new Uint8Array());
  const pkg = validatePackageJson(raw);

  // Every file is read and sent to the PDF worker first, in order; the worker then checks them
  // while this thread goes on. The first problem in document order is the one reported.
  const read = new Map<string, PackageFile>();
  const checks = new Map<string, Promise<PackageFile>>();
  /** Each PDF's check by its sha256, for onRead. */
  const pdfs = new Map<string, Promise<PackageFile>>();
  const pending: { path: string; check: Promise<PackageFile> }[] = [];
  const total = { bytes: jsonSize };
  let refused: unknown;
  for (const site of fileRefSites(pkg)) {
    let file: PackageFile;
    try {
      file = readRef(site, source, limits, raw, read, total);
    } catch (error) {
      refused = error;
      break;
    }
    const key = `${site.expect}:${file.path}`;
    let check = checks.get(key);
    if (!check) {
      check = verifyRef(site, file, keep, raw);
      check.catch(() => {}); // awaited below, in order
      checks.set(key, check);
      if (site.expect === 'pdf' && !pdfs.has(file.sha256)) pdfs.set(file.sha256, check);
    }
    pending.push({ path: file.path, check });
  }
  if (refused === undefined && onRead) {
    onRead({ pkg, pdfs, readFile: readFrom(read), sha256Of: hashesOf(read) });
  }
  const files = new Map<string, PackageFile>();
  for (const { path, check } of pending) {
    const file = await check;
    if (!files.has(path)) files.set(path, file);
  }
  if (refused !== undefined) throw refused;

  return {
    pkg,
    raw: raw as Record<string, unknown>,
    files,
    location: source.location,
    readFile: readFrom(files),
    sha256Of: hashesOf(files),
  };
}

/** A package's readFile over the files read from it. */
function readFrom(files: Map<string, PackageFile>): LoadedPackage['readFile'] {
  return async (ref) => {
    const file = files.get(normalizePackagePath(ref.path));
    if (!file) throw new AppError('NOT_FOUND', `Filen ”${ref.path}” finns inte i paketet.`, ref.path);
    if (ref.sha256 && ref.sha256 !== file.sha256) {
      throw new AppError('BAD_PACKAGE', `Filen ”${ref.path}” har en annan kontrollsumma än den som anges.`, ref.path);
    }
    return file.bytes;
  };
}

/** The sha256 of each file read, as loadPackage computed it. */
function hashesOf(files: Map<string, PackageFile>): NonNullable<LoadedPackage['sha256Of']> {
  return (ref) => files.get(normalizePackagePath(ref.path))?.sha256;
}

/** Where a site is, for messages: the item and the field. */
function siteWhere(site: RefSite, raw: unknown): { field: string; where: string } {
  const field = formatPath([...site.segments, 'path']);
  const item = context(site.segments, raw).replace(/^ \((.*)\)$/, '$1');
  return { field, where: item ? `${item}, ${field}` : field };
}

/** A site's file read (once per path) and matched to its sha256; the size limits counted in `total`. */
function readRef(
  site: RefSite,
  source: PackageSource,
  limits: PackageLimits,
  raw: unknown,
  read: Map<string, PackageFile>,
  total: { bytes: number },
): PackageFile {
  const { field, where } = siteWhere(site, raw);
  const shown = site.ref.path;
  const reason = unsafePathReason(shown);
  if (reason) {
    throw new AppError(
      'BAD_PACKAGE',
      `Sökvägen ”${shown}” (${where}) ${reason}; en fil ska anges med en relativ sökväg inuti paketet.`,
      field,
    );
  }
  const path = normalizePackagePath(shown);
  let file = read.get(path);
  if (!file) {
    const size = source.size(path);
    if (size === null) {
      throw new AppError('BAD_PACKAGE', `Filen ”${shown}” (${where}) finns inte i paketet ${source.location}.`, field);
    }
    const max = site.expect === 'image' ? limits.maxLogoBytes : limits.maxFileBytes;
    if (size > max) {
      throw new AppError(
        'TOO_LARGE',
        `Filen ”${shown}” (${where}) är ${formatBytes(size)}; gränsen är ${formatBytes(max)} per ${site.expect === 'image' ? 'logotyp' : 'fil'}.`,
        field,
      );
    }
    if (total.bytes + size > limits.maxPackageBytes) {
      throw new AppError(
        'TOO_LARGE',
        `Paketet ${source.location} är större än ${formatBytes(limits.maxPackageBytes)} (gränsen för ett paket) när ${path} räknas in.`,
        path,
      );
    }
    const bytes = source.read(path);
    if (!bytes) {
      throw new AppError('BAD_PACKAGE', `Filen ”${shown}” (${where}) kunde inte läsas ur paketet.`, field);
    }
    total.bytes += bytes.byteLength;
    file = {
      path,
      bytes,
      sha256: sha256Hex(bytes),
      mediaType: 'application/pdf',
      pageCount: null,
      pdfTitle: null,
      removed: null,
    };
    read.set(path, file);
  }
  if (site.ref.sha256 && site.ref.sha256 !== file.sha256) {
    throw new AppError(
      'BAD_PACKAGE',
      `Filen ”${shown}” (${where}) stämmer inte med paketets kontrollsumma: paketet anger sha256 ${site.ref.sha256.slice(0, 12)}…, filen har ${file.sha256.slice(0, 12)}…. Filen har ändrats eller skadats efter att paketet skapades.`,
      formatPath([...site.segments, 'sha256']),
    );
  }
  return file;
}

/** A site's file checked as what it should be: a PNG/JPEG logo, or a PDF (in the bounded worker). */
async function verifyRef(site: RefSite, file: PackageFile, keep: boolean, raw: unknown): Promise<PackageFile> {
  const { field, where } = siteWhere(site, raw);
  const shown = site.ref.path;
  if (site.expect === 'image') {
    const type = imageType(file.bytes);
    if (!type) {
      throw new AppError('BAD_PACKAGE', `Logotypen ”${shown}” (${where}) är ingen PNG- eller JPEG-bild.`, field);
    }
    return { ...file, mediaType: type };
  }
  const check = await checkPdf(file.bytes, keep ? file.sha256 : undefined);
  if (!check.ok) {
    throw new AppError('BAD_PDF', `Bilagan ”${shown}” (${where}) ${check.problem}.`, field);
  }
  return {
    ...file,
    mediaType: 'application/pdf',
    pageCount: check.facts.pageCount,
    pdfTitle: check.facts.title,
    removed: check.facts.removed,
    ...(keep ? { kept: file.sha256 } : {}),
  };
}
