/**
 * Worker thread that inspects untrusted PDFs one after the other (see inspectPdf in
 * pdfInspector.ts). It runs with V8 heap limits and is terminated after a time limit, so a
 * hostile file can at worst kill this worker, never the app or the command line. Started from
 * source under Vitest and from the bundles alike, so it imports packages and, with their
 * extensions, only files that run as plain Node type-stripped TypeScript.
 *
 * For the command line it also keeps what it parsed (`keep`) and assembles the package from
 * it (`assemble`): each bilaga is then parsed once, here, within the limits.
 */
import { parentPort } from 'node:worker_threads';
import { Unzlib } from 'fflate';
import { ParseSpeeds, PDFDocument, PDFNumber } from 'pdf-lib';
import { StagedPackage } from '../pdf/assemble.ts';
import type { KeptAssembly } from '../pdf/core.ts';
import { describeRemoved, sanitizeImported } from '../pdf/sanitize.ts';

export interface PdfWorkerRequest {
  kind: 'inspect';
  /** Keep the parsed and cleaned document under this key, for an assembly (the command line). */
  keep?: string;
  bytes: Uint8Array;
  /** Most bytes one object or cross-reference stream may inflate to. */
  maxStreamBytes: number;
  /** Most bytes all such streams together may inflate to. */
  maxTotalStreamBytes: number;
  /** Most indirect objects (top-level plus inside object streams). */
  maxObjects: number;
}

export type PdfWorkerResult =
  | { ok: true; pageCount: number; title: string | null; removed: string | null }
  | { ok: false; problem: string; encrypted?: boolean };

export type AssembleRequest = { kind: 'assemble' } & KeptAssembly;

export type AssembleResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/** Copy the kept files' pages into the package now (the command line, once all are accepted). */
export type StageRequest = { kind: 'stage' };
export type StageResult = { ok: true };

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');

class Refused extends Error {}

const STEP = 4096;

/**
 * pdf-lib inflates every object stream (and cross-reference stream) while loading, so those
 * are measured first with a streaming inflater that counts and discards — constant memory.
 */
function checkStreams(request: PdfWorkerRequest): void {
  const { bytes } = request;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let objects = 0;
  for (let at = buffer.indexOf(' obj'); at >= 0; at = buffer.indexOf(' obj', at + 4)) objects += 1;
  let total = 0;
  for (const marker of ['/ObjStm', '/XRef']) {
    for (let at = buffer.indexOf(marker); at >= 0; at = buffer.indexOf(marker, at + marker.length)) {
      const start = Math.max(0, buffer.lastIndexOf(' obj', at));
      const streamAt = buffer.indexOf('stream', at);
      if (streamAt < 0 || streamAt - at > 64 * 1024) continue;
      const dict = latin1(bytes, start, streamAt);
      if (marker === '/ObjStm') objects += Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
      if (objects > request.maxObjects) {
        throw new Refused(`har fler än ${request.maxObjects.toLocaleString('sv-SE')} objekt`);
      }
      if (!/\/Filter\s*(\[\s*)?\/FlateDecode/.test(dict)) continue;
      let data = streamAt + 6;
      if (bytes[data] === 0x0d) data += 1;
      if (bytes[data] === 0x0a) data += 1;
      const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
      const end = direct ? Math.min(bytes.length, data + Number(direct[1])) : bytes.length;
      let size = 0;
      let done = false;
      const inflate = new Unzlib((chunk, final) => {
        size += chunk.length;
        total += chunk.length;
        if (size > request.maxStreamBytes || total > request.maxTotalStreamBytes) {
          throw new Refused(
            `innehåller en komprimerad objektström som packas upp till mer än ${Math.round(Math.min(request.maxStreamBytes, request.maxTotalStreamBytes) / 1048576)} MB (en så kallad dekomprimeringsbomb)`,
          );
        }
        if (final) done = true;
      });
      try {
        // Small steps: deflate reaches ~1 000:1, so 4 kB in is at most ~4 MB out per step.
        for (let p = data; p < end && !done; p += STEP) {
          inflate.push(bytes.subarray(p, Math.min(end, p + STEP)), p + STEP >= end);
        }
      } catch (error) {
        if (error instanceof Refused) throw error;
        // A damaged stream: pdf-lib decides below whether the file is still readable.
      }
    }
  }
  if (objects > request.maxObjects)
    throw new Refused(`har fler än ${request.maxObjects.toLocaleString('sv-SE')} objekt`);
}

/** A page size no reader can show: not finite, zero or negative, or beyond PDF's 14 400-unit limit. */
function badMediaBox(doc: PDFDocument): number | null {
  const pages = doc.getPages();
  for (let i = 0; i < pages.length; i++) {
    const box = pages[i]?.node.MediaBox();
    const values = box?.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : Number.NaN)) ?? [];
    const [x1, y1, x2, y2] = values;
    if (values.length !== 4 || values.some((v) => !Number.isFinite(v))) return i + 1;
    const w = Math.abs((x2 as number) - (x1 as number));
    const h = Math.abs((y2 as number) - (y1 as number));
    if (!(w >= 1 && h >= 1 && w <= 14_400 && h <= 14_400)) return i + 1;
  }
  return null;
}

export async function inspect(request: PdfWorkerRequest): Promise<PdfWorkerResult> {
  return (await inspectAndParse(request)).result;
}

async function inspectAndParse(request: PdfWorkerRequest): Promise<{ result: PdfWorkerResult; doc?: PDFDocument }> {
  const refuse = (result: PdfWorkerResult) => ({ result });
  try {
    checkStreams(request);
  } catch (error) {
    if (error instanceof Refused) return refuse({ ok: false, problem: error.message });
    throw error;
  }
  let doc: PDFDocument;
  try {
    // Encryption is read after loading (pdf-lib's own error class fails instanceof checks).
    doc = await PDFDocument.load(request.bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
      ignoreEncryption: true,
    });
  } catch (error) {
    return refuse({
      ok: false,
      problem: `är skadad och kan inte läsas som PDF (${(error as Error).message.split('\n')[0]})`,
    });
  }
  if (doc.isEncrypted || doc.context.trailerInfo.Encrypt) {
    return refuse({
      ok: false,
      encrypted: true,
      problem: 'är krypterad eller lösenordsskyddad; spara en olåst kopia och importera den',
    });
  }
  let pageCount: number;
  try {
    pageCount = doc.getPageCount();
  } catch {
    return refuse({ ok: false, problem: 'är skadad (sidträdet kan inte läsas)' });
  }
  if (pageCount < 1) return refuse({ ok: false, problem: 'innehåller inga sidor' });
  let bad: number | null;
  try {
    bad = badMediaBox(doc);
  } catch {
    bad = 1;
  }
  if (bad !== null) {
    return refuse({
      ok: false,
      problem: `har en ogiltig sidstorlek (MediaBox) på sida ${bad}; en sida ska vara mellan 1 och 14 400 punkter (5 m) bred och hög. Spara om filen som PDF och försök igen`,
    });
  }
  let title: string | null = null;
  try {
    title = doc.getTitle()?.trim() || null;
  } catch {
    title = null;
  }
  // What the merge will strip (sanitize.ts), so the import can say so.
  let removed: string | null;
  try {
    removed = describeRemoved(sanitizeImported(doc));
  } catch {
    // The app's render refuses such a file when it parses it; a kept file is never parsed again.
    if (request.keep) return refuse({ ok: false, problem: 'är skadad (dess aktiva innehåll kan inte tas bort)' });
    removed = null;
  }
  return { result: { ok: true, pageCount, title, removed }, doc };
}

/** The command line's package, assembled from the files kept as they are accepted; a new one after each assembly. */
let staged = new StagedPackage();

let afterAssemblyHook: (() => void) | undefined;

/**
 * For the command line's worker entry (cli/workerLoader.ts), which writes the worker's code cache
 * then: runs after an assembly succeeded, before its answer (the process may end right after it).
 */
export function afterAssembly(hook: () => void): void {
  afterAssemblyHook = hook;
}

async function handle(request: PdfWorkerRequest | AssembleRequest | StageRequest): Promise<void> {
  if (request.kind === 'stage') {
    // A copy that fails here is made again, and its error reported, by the assembly.
    await staged.stage().catch(() => {});
    parentPort?.postMessage({ ok: true } satisfies StageResult);
    return;
  }
  if (request.kind === 'assemble') {
    const assembling = staged;
    staged = new StagedPackage(); // the worker keeps nothing of an assembled package
    try {
      const bytes = await assembling.finish(request);
      afterAssemblyHook?.();
      parentPort?.postMessage({ ok: true, bytes } satisfies AssembleResult, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort?.postMessage({
        ok: false,
        problem: (error as Error)?.message ?? String(error),
      } satisfies AssembleResult);
    }
    return;
  }
  let result: PdfWorkerResult;
  let keep: PDFDocument | undefined;
  try {
    const inspected = await inspectAndParse(request);
    result = inspected.result;
    if (request.keep && result.ok) keep = inspected.doc;
  } catch (error) {
    result = {
      ok: false,
      problem: `är skadad och kan inte läsas som PDF (${(error as Error)?.message?.split('\n')[0] ?? 'okänt fel'})`,
    };
  }
  if (keep && request.keep) staged.keep(request.keep, keep);
  parentPort?.postMessage(result);
}

// One request at a time, in the order sent: the main thread times each from the previous answer.
let chain = Promise.resolve();
parentPort?.on('message', (request: PdfWorkerRequest | AssembleRequest | StageRequest) => {
  chain = chain.then(() => handle(request)).catch(() => {}); // handle answers every request itself
});
