// `npm run bench`: cold command-line exports (one process per run) of the ANA sample and of a
// generated stress package, with median wall time and peak RSS, beside two baselines measured in
// the same run: a plain pdf-lib merge of the same bilagor in a fresh Node process (the floor of
// our own toolchain) and `qpdf --empty --pages` copying the same output. Then the warm backend
// (tests/bench/warmBench.ts): title edit → preview re-render, median of 20, against cold renders
// in the same process; RSS after 1 and after 50 edits; and edit → changed page visible in the
// preview in the e2e harness (tests/e2e/bench/previewVisible.bench.ts), median of 10. Builds the
// stress package in a temp folder (not committed) from the sample bilagor and a generated PDF.
// The three cold commands run interleaved, round by round (a passing load then weighs on each
// alike). Exit code 1 when a hard limit is exceeded: ANA median ≥ 3 s, stress median ≥ 8 s or peak
// RSS ≥ 600 MB; goals (the targets) are reported as MÅL when missed. The last line
// of output is one line of JSON, {"bench": {...}}, every figure with its unit in its key.
//
// Options (environment): BENCH_RUNS (default 5), BENCH_KEEP=1 keeps the temp folder,
// BENCH_PREVIEW=0 skips the harness measurement.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { buildStressPackage } from './stress-package.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'out/cli/kallelse.mjs');
// The ANA package is a test fixture inside the project (public records, 145 pages of bilagor).
const ana = path.join(root, 'tests/fixtures/samples/ana-2022-02-23');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-bench-'));
const hasTime = fs.existsSync('/usr/bin/time');

if (!fs.existsSync(cli)) {
  console.error('Kommandoradsverktyget är inte byggt; kör npm run bench (bygger först).');
  process.exit(1);
}

/** Runs a command once; wall time in seconds and peak RSS in MB (null when unknown). */
function measure(cmd, args) {
  const rssFile = path.join(work, 'rss.txt');
  fs.rmSync(rssFile, { force: true });
  let argv;
  let env = process.env;
  if (hasTime) argv = ['/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args]];
  else if (cmd === process.execPath) {
    // No /usr/bin/time: the child reports its own maxRSS (KB) on exit.
    argv = [cmd, ['--import', path.join(root, 'scripts/bench-rss.mjs'), ...args]];
    env = { ...process.env, KALLELSE_BENCH_RSS: rssFile };
  } else argv = [cmd, args];
  const start = performance.now();
  const r = spawnSync(argv[0], argv[1], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} misslyckades:\n${r.stderr}`);
  const kb = fs.existsSync(rssFile)
    ? Number.parseInt(fs.readFileSync(rssFile, 'utf8').trim().split('\n').at(-1), 10)
    : NaN;
  return { seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median, range and peak RSS of one command's runs. */
function summarize(label, results) {
  const times = results.map((r) => r.seconds);
  const rss = results.map((r) => r.rssMb).filter((v) => v !== null);
  return {
    label,
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    rss: rss.length ? Math.max(...rss) : null,
    stdout: results.at(-1).stdout,
  };
}

/**
 * Runs each command `runs` times, interleaved: round r runs them all once, starting with the r-th,
 * so that a change in the machine's load during the bench weighs on every series alike (one series
 * after another put a passing load on one side of a ratio). Round 0 starts with the first.
 */
function interleaved(specs) {
  const results = specs.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < specs.length; k++) {
      const i = (r + k) % specs.length;
      results[i].push(measure(specs[i].cmd, specs[i].args));
    }
  }
  return specs.map((spec, i) => summarize(spec.label, results[i]));
}

function pdfPages(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? NaN);
}

const stress = await buildStressPackage(ana, path.join(work, 'stress'));
const rows = [];
const checks = [];
const json = { node: process.version, cores: os.cpus().length, load_avg_1m: Number(os.loadavg()[0].toFixed(2)), runs };
const ms = (seconds) => Math.round(seconds * 1000);
for (const [name, input, limit] of [
  ['ANA 2022-02-23', ana, { seconds: 3, floorRatio: 1.5 }],
  ['Stress', stress, { seconds: 8, rssMb: 600 }],
]) {
  const key = name.split(' ')[0].toLowerCase();
  const out = path.join(work, `${key}.pdf`);
  process.stderr.write(`${name}: ${runs} körningar …\n`);
  const copy = path.join(work, 'copy.pdf');
  // The export comes first in the first round: qpdf copies what it wrote.
  const [exp, floor, base] = interleaved([
    { label: `${name}: kallelse pdf`, cmd: process.execPath, args: [cli, 'pdf', input, '--out', out] },
    {
      label: `${name}: pdf-lib-sammanfogning av bilagorna`,
      cmd: process.execPath,
      args: [path.join(root, 'scripts/bench-merge.mjs'), input, path.join(work, 'merge.pdf')],
    },
    { label: `${name}: qpdf --empty --pages`, cmd: 'qpdf', args: ['--empty', '--pages', out, '--', copy] },
  ]);
  const summary = JSON.parse(exp.stdout.trim().split('\n').at(-1));
  const items = JSON.parse(fs.readFileSync(path.join(input, 'kallelse.json'), 'utf8')).meeting.sections.flatMap(
    (s) => s.items,
  );
  rows.push(
    {
      ...exp,
      pages: summary.pages,
      items: items.length,
      vsFloor: exp.median / floor.median,
      vsQpdf: exp.median / base.median,
    },
    { ...floor, pages: JSON.parse(floor.stdout.trim()).pages },
    { ...base, pages: pdfPages(copy) },
  );
  Object.assign(json, {
    [`${key}_pages`]: summary.pages,
    [`${key}_cold_ms`]: ms(exp.median),
    [`${key}_merge_floor_ms`]: ms(floor.median),
    [`${key}_qpdf_ms`]: ms(base.median),
    [`${key}_cold_to_floor_ratio`]: Number((exp.median / floor.median).toFixed(2)),
    [`${key}_cold_to_qpdf_ratio`]: Number((exp.median / base.median).toFixed(2)),
    [`${key}_cold_peak_rss_mb`]: exp.rss === null ? null : Math.round(exp.rss),
  });
  checks.push(
    [`${name}: median ${exp.median.toFixed(2)} s < ${limit.seconds} s`, exp.median < limit.seconds],
    ...(limit.floorRatio
      ? [
          [
            `${name}: kall export ${(exp.median / floor.median).toFixed(2)}× pdf-lib-sammanfogningen ≤ ${limit.floorRatio}× (mål)`,
            exp.median / floor.median <= limit.floorRatio,
            true,
          ],
        ]
      : []),
    ...(limit.rssMb && exp.rss !== null
      ? [[`${name}: topp-RSS ${exp.rss.toFixed(0)} MB < ${limit.rssMb} MB`, exp.rss < limit.rssMb]]
      : []),
  );
}

// The warm backend: edits re-rendered through the preview's path, in one process.
// The backend starts the PDF inspection worker by file, beside the bundle (electron/files/pdfInspector.ts).
for (const [entry, out] of [
  ['tests/bench/warmBench.ts', 'out/bench/warm.mjs'],
  ['electron/files/pdfWorker.ts', 'out/bench/pdfWorker.js'],
]) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, out),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
}
const warmRows = [];
for (const [name, input, args, goalMs] of [
  ['ANA 2022-02-23', ana, ['20', '50', '5'], 150],
  ['Stress', stress, ['20', '0', '3'], 1000],
]) {
  const key = name.split(' ')[0].toLowerCase();
  process.stderr.write(`${name}: varm omrendering …\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'out/bench/warm.mjs'), input, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Varm mätning av ${name} misslyckades:\n${r.stderr}`);
  const w = JSON.parse(r.stdout.trim().split('\n').at(-1));
  warmRows.push({ name, ...w });
  Object.assign(json, {
    [`${key}_warm_edit_ms`]: Math.round(w.warm_edit_ms),
    [`${key}_warm_edit_min_ms`]: Math.round(w.warm_edit_min_ms),
    [`${key}_warm_edit_max_ms`]: Math.round(w.warm_edit_max_ms),
    [`${key}_warm_baseline_cold_ms`]: Math.round(w.cold_inprocess_ms),
    [`${key}_warm_to_cold_ratio`]: Number((w.warm_edit_ms / w.cold_inprocess_ms).toFixed(3)),
    [`${key}_warm_incremental_updates`]: w.incremental_updates,
    [`${key}_warm_full_saves`]: w.full_saves,
  });
  checks.push([
    `${name}: varm omrendering efter en ändring, median ${w.warm_edit_ms.toFixed(0)} ms < ${goalMs} ms (mål)`,
    w.warm_edit_ms < goalMs,
    true,
  ]);
  if (key === 'ana') {
    Object.assign(json, {
      warm_rss_mb_1: Math.round(w.rss_mb_1),
      warm_rss_mb_10: Math.round(w.rss_mb_10),
      warm_rss_mb_50: Math.round(w.rss_mb_last),
      warm_rss_ratio: Number((w.rss_mb_last / w.rss_mb_1).toFixed(3)),
      warm_heap_external_mb_1: Math.round(w.held_mb_1),
      warm_heap_external_mb_50: Math.round(w.held_mb_last),
      warm_heap_external_ratio: Number((w.held_mb_last / w.held_mb_1).toFixed(3)),
      warm_rss_edits: w.rss_edits,
    });
    checks.push([
      `JS-heap + buffertar efter ${w.rss_edits} ändringar ${w.held_mb_last.toFixed(0)} MB ≤ 110 % av efter den första (${w.held_mb_1.toFixed(0)} MB)`,
      w.held_mb_last <= w.held_mb_1 * 1.1,
      true,
    ]);
    checks.push([
      `RSS efter ${w.rss_edits} ändringar ${w.rss_mb_last.toFixed(0)} MB ≤ 110 % av efter den första (${w.rss_mb_1.toFixed(0)} MB) (mål)`,
      w.rss_mb_last <= w.rss_mb_1 * 1.1,
      true,
    ]);
  }
}

// Edit → changed page visible in the preview, in Chromium through the e2e harness.
let preview = null;
if (process.env.BENCH_PREVIEW !== '0') {
  process.stderr.write('ANA 2022-02-23: ändring → synlig förhandsvisning i Chromium …\n');
  const resultFile = path.join(work, 'preview.json');
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@playwright/test/cli.js'),
      'test',
      '-c',
      path.join(root, 'tests/playwright.bench.config.ts'),
    ],
    { encoding: 'utf8', env: { ...process.env, KALLELSE_BENCH_OUT: resultFile }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !fs.existsSync(resultFile)) {
    process.stderr.write(`Mätningen i Chromium misslyckades:\n${r.stdout}\n${r.stderr}\n`);
  } else {
    preview = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    Object.assign(json, {
      ana_preview_visible_ms: Math.round(preview.visible_ms),
      ana_preview_visible_min_ms: Math.round(preview.min_ms),
      ana_preview_visible_max_ms: Math.round(preview.max_ms),
      ana_preview_baseline_ms: Math.round(preview.baseline_ms),
      ana_preview_to_baseline_ratio: Number((preview.visible_ms / preview.baseline_ms).toFixed(2)),
    });
    checks.push([
      `ANA: ändring → ändrad sida synlig, median ${preview.visible_ms.toFixed(0)} ms < 300 ms (mål)`,
      preview.visible_ms < 300,
      true,
    ]);
  }
}

const fmt = (v, d = 2) => (v === null || v === undefined ? '–' : typeof v === 'number' ? v.toFixed(d) : String(v));
const header = ['', 'körningar', 'median s', 'min s', 'max s', 'topp-RSS MB', 'sidor', 'ärenden', '× golv', '× qpdf'];
const table = rows.map((r) => [
  r.label,
  String(runs),
  fmt(r.median),
  fmt(r.min),
  fmt(r.max),
  fmt(r.rss, 0),
  fmt(r.pages, 0),
  fmt(r.items, 0),
  r.vsFloor ? `${r.vsFloor.toFixed(2)}×` : '',
  r.vsQpdf ? `${r.vsQpdf.toFixed(1)}×` : '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells, w = widths) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
console.log(`\nKallelse benchmark — node ${process.version}, ${os.cpus().length} kärnor, ${os.cpus()[0]?.model ?? ''}`);
console.log(
  `Belastning (1 min) vid start: ${json.load_avg_1m}. Golv = ren pdf-lib-sammanfogning av samma bilagor i en ny Node-process.`,
);
console.log(
  `Topp-RSS mätt med ${hasTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS i barnprocessen'}.\n`,
);
console.log(line(header));
for (const row of table) console.log(line(row));

const warmHeader = [
  'Varm backend (samma process)',
  'median ms',
  'min ms',
  'max ms',
  'kall i processen ms',
  '× kall',
  'sidor',
];
const warmTable = warmRows.map((w) => [
  `${w.name}: rubrikändring → ny förhandsvisning (${w.warm_edits} st)`,
  fmt(w.warm_edit_ms, 0),
  fmt(w.warm_edit_min_ms, 0),
  fmt(w.warm_edit_max_ms, 0),
  fmt(w.cold_inprocess_ms, 0),
  `${(w.warm_edit_ms / w.cold_inprocess_ms).toFixed(2)}×`,
  fmt(w.pages, 0),
]);
if (preview) {
  warmTable.push([
    `ANA: ändring → ändrad sida synlig i Chromium (${preview.runs} st)`,
    fmt(preview.visible_ms, 0),
    fmt(preview.min_ms, 0),
    fmt(preview.max_ms, 0),
    `${fmt(preview.baseline_ms, 0)} (golv)`,
    `${(preview.visible_ms / preview.baseline_ms).toFixed(2)}×`,
    fmt(preview.pages, 0),
  ]);
}
const warmWidths = warmHeader.map((h, i) => Math.max(h.length, ...warmTable.map((row) => row[i].length)));
console.log('');
console.log(line(warmHeader, warmWidths));
for (const row of warmTable) console.log(line(row, warmWidths));
const anaWarm = warmRows.find((w) => w.name.startsWith('ANA'));
if (anaWarm) {
  console.log(
    `\nVarm backend efter en minnesreducerande full GC: RSS ${anaWarm.rss_mb_1.toFixed(0)} MB efter 1 ändring, ${anaWarm.rss_mb_10.toFixed(0)} MB efter 10, ${anaWarm.rss_mb_last.toFixed(0)} MB efter ${anaWarm.rss_edits} (${((anaWarm.rss_mb_last / anaWarm.rss_mb_1) * 100).toFixed(0)} % av efter 1); JS-heap + buffertar ${anaWarm.held_mb_1.toFixed(0)} MB efter 1, ${anaWarm.held_mb_last.toFixed(0)} MB efter ${anaWarm.rss_edits} (${((anaWarm.held_mb_last / anaWarm.held_mb_1) * 100).toFixed(0)} %).`,
  );
}
for (const w of warmRows) {
  console.log(
    `${w.name}: ${w.incremental_updates} förhandsvisningar sparade som tillägg till filen före (inkrementell uppdatering), ${w.full_saves} sparade i sin helhet.`,
  );
}
if (preview) console.log(`Golv i Chromium: ${preview.baseline_note}`);
console.log('');
let failed = false;
for (const [text, ok, goalOnly] of checks) {
  console.log(`${ok ? 'OK  ' : goalOnly ? 'MÅL ' : 'FEL '} ${text}`);
  if (!ok && !goalOnly) failed = true;
}
if (process.env.BENCH_KEEP) console.log(`\nFiler kvar i ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
console.log(JSON.stringify({ bench: json }));
