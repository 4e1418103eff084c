// Run by scripts/bench.mjs (bundled with esbuild into out/bench/warm.mjs, started with
// --expose-gc): the backend as the app keeps it running. Imports a package into a temp
// database, renders the preview once (fills the cache), then times title edits → preview
// (the warm path: an incremental update of the kept document when no page moves) and, as the
// same-run baseline, cold renders of the same meeting (empty cache, same process, same JIT state). RSS is taken after a memory-reducing full GC after the
// first and after the last edit (see `memory`). Prints one line of JSON.
//
// Usage: node --expose-gc out/bench/warm.mjs <package folder> <timed edits> <edits for RSS> <cold runs>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend';
import { RenderCache } from '../../electron/pdf/renderCache';
import { renderKallelse } from '../../electron/pdf/renderKallelse';

const [input, timedArg = '20', rssArg = '50', coldArg = '5'] = process.argv.slice(2);
if (!input) throw new Error('Ange paketmappen.');
const timed = Number(timedArg);
const rssEdits = Number(rssArg);
const coldRuns = Number(coldArg);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
const gc: Gc = (globalThis as { gc?: Gc }).gc ?? (() => {});
const mb = (bytes: number) => bytes / 1024 / 1024;
/**
 * The process's RSS, and what JS objects and buffers hold (a leak shows in both), after a full
 * GC that reduces memory, as V8 does on memory pressure and its memory reducer when the app has
 * been idle. An ordinary full GC leaves in the RSS the free pages V8 keeps pooled for reuse
 * (they grow with the garbage between the two measurements, not with what the backend keeps, and
 * an idle backend returns them within about half a minute) and the young generation's reserve
 * (the same at both points; it would only dilute the ratio). Both points are measured alike.
 */
const memory = () => {
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  const m = process.memoryUsage();
  return { rss: mb(m.rss), held: mb(m.heapUsed + m.external) };
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-warm-'));
const backend = createBackend({ dataDir, runtime: 'node', version: 'bench' });
try {
  const { meetingId } = await backend.services.packages.importPackage(input);
  const { pdf, agenda, meetings } = backend.services;
  const items = meetings.get(meetingId).sections.flatMap((s) => s.items);
  const item = items[Math.floor(items.length / 2)]!; // a decision item in the middle of the agenda
  let n = 0;
  const edit = async () => {
    n++;
    agenda.updateItem(item.id, { title: `${item.title} (ändring ${n})` });
    const start = performance.now();
    const r = await pdf.previewMeeting(meetingId);
    return { ms: performance.now() - start, pages: r.pageCount };
  };

  const first = performance.now();
  const { pageCount } = await pdf.previewMeeting(meetingId);
  const firstMs = performance.now() - first;

  await edit();
  const mem1 = memory();
  const times: number[] = [];
  let mem10 = mem1;
  const total = Math.max(timed + 1, rssEdits);
  for (let i = 2; i <= total; i++) {
    const { ms } = await edit();
    if (times.length < timed) times.push(ms);
    if (i === 10) mem10 = memory();
  }
  const memLast = memory();

  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const start = performance.now();
    await renderKallelse(backend.services.packages.exportMeeting(meetingId), {
      cache: new RenderCache(),
      pageNumberStyle: backend.services.settings.get().pageNumberStyle,
      creator: 'Kallelse bench',
    });
    cold.push(performance.now() - start);
  }

  console.log(
    JSON.stringify({
      pages: pageCount,
      first_preview_ms: firstMs,
      warm_edit_ms: median(times),
      warm_edit_min_ms: Math.min(...times),
      warm_edit_max_ms: Math.max(...times),
      warm_edits: times.length,
      cold_inprocess_ms: median(cold),
      cold_runs: cold.length,
      rss_mb_1: mem1.rss,
      rss_mb_10: mem10.rss,
      rss_mb_last: memLast.rss,
      held_mb_1: mem1.held,
      held_mb_last: memLast.held,
      rss_edits: total,
      // How the preview's renders were saved: incremental updates (pdf/incremental.ts) or in full.
      incremental_updates: pdf.warm.stats.incremental,
      full_saves: pdf.warm.stats.full,
    }),
  );
} finally {
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
