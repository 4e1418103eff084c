// `npm run bench`: cold command-line exports (one process per run) of the ANA sample and of a
// generated stress package, with median wall time and peak RSS, against `qpdf --empty --pages`
// copying the same output as a baseline. Builds the stress package in a temp folder (not
// committed) from the sample bilagor and a few generated PDFs. Exit code 1 when a hard limit is
// exceeded: ANA median ≥ 3 s, stress median ≥ 8 s or peak RSS ≥ 600 MB.
//
// Options (environment): BENCH_RUNS (default 5), BENCH_KEEP=1 keeps the temp folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

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

function series(label, cmd, args) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(measure(cmd, args));
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

/** A stress package: ANA's opening items, then 60 decision items cycling ANA's items 11–18 with their bilagor copied per cycle. */
async function buildStress() {
  const dir = path.join(work, 'stress');
  fs.mkdirSync(path.join(dir, 'bilagor'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(ana, 'kallelse.json'), 'utf8'));
  const templates = pkg.meeting.sections[2].items; // items 11–18
  const copies = new Map();
  const copyOf = (file, cycle) => {
    const name = `bilagor/${path.basename(file.path, '.pdf')}-${cycle}.pdf`;
    if (!copies.has(name)) {
      fs.copyFileSync(path.join(ana, file.path), path.join(dir, name));
      copies.set(name, true);
    }
    return { path: name }; // no sha256: the copies are renamed, not changed
  };
  // Generated bilagor: a landscape report shown rotated, and a long appendix.
  const font = async (doc) => doc.embedFont(StandardFonts.Helvetica);
  const landscape = await PDFDocument.create();
  const lf = await font(landscape);
  for (let i = 1; i <= 40; i++) {
    const page = landscape.addPage([595.28, 841.89]);
    page.setRotation(degrees(90));
    page.drawText(`Bilaga liggande rapport, sida ${i} av 40`, { x: 60, y: 400, size: 12, font: lf });
  }
  fs.writeFileSync(path.join(dir, 'bilagor/liggande-rapport.pdf'), await landscape.save());
  const decisions = [];
  for (let i = 0; i < 60; i++) {
    const cycle = Math.floor(i / templates.length) + 1;
    const template = structuredClone(templates[i % templates.length]);
    delete template.number;
    template.title = `${template.title} (${i + 1})`;
    template.documents = template.documents.map((d) => (d.type === 'pdf' ? { ...d, file: copyOf(d.file, cycle) } : d));
    if (i === 30)
      template.documents.push({
        type: 'pdf',
        title: 'Liggande rapport',
        file: { path: 'bilagor/liggande-rapport.pdf' },
      });
    decisions.push(template);
  }
  pkg.meeting.sections[2].items = decisions;
  for (const item of pkg.meeting.sections[0].items) {
    item.documents = (item.documents ?? []).map((d) => (d.type === 'pdf' ? { ...d, file: copyOf(d.file, 0) } : d));
  }
  pkg.meeting.agendaColumn = 'both';
  // Items are numbered 1..N by position across sections; the loader refuses anything else.
  let n = 0;
  for (const section of pkg.meeting.sections) for (const item of section.items) item.number = ++n;
  fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

function pdfPages(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? NaN);
}

const stress = await buildStress();
const rows = [];
const checks = [];
for (const [name, input, limit] of [
  ['ANA 2022-02-23', ana, { seconds: 3, goal: 1 }],
  ['Stress', stress, { seconds: 8, rssMb: 600 }],
]) {
  const out = path.join(work, `${name.split(' ')[0].toLowerCase()}.pdf`);
  process.stderr.write(`${name}: ${runs} körningar …\n`);
  const exp = series(`${name}: kallelse pdf`, process.execPath, [cli, 'pdf', input, '--out', out]);
  const summary = JSON.parse(exp.stdout.trim().split('\n').at(-1));
  const copy = path.join(work, 'copy.pdf');
  const base = series(`${name}: qpdf --empty --pages`, 'qpdf', ['--empty', '--pages', out, '--', copy]);
  rows.push({ ...exp, pages: summary.pages, items: null }, { ...base, pages: pdfPages(copy) });
  rows.at(-2).ratio = exp.median / base.median;
  const items = JSON.parse(fs.readFileSync(path.join(input, 'kallelse.json'), 'utf8')).meeting.sections.flatMap(
    (s) => s.items,
  );
  rows.at(-2).items = items.length;
  checks.push(
    [`${name}: median ${exp.median.toFixed(2)} s < ${limit.seconds} s`, exp.median < limit.seconds],
    ...(limit.goal
      ? [[`${name}: median ${exp.median.toFixed(2)} s < ${limit.goal} s (mål)`, exp.median < limit.goal, true]]
      : []),
    ...(limit.rssMb && exp.rss !== null
      ? [[`${name}: topp-RSS ${exp.rss.toFixed(0)} MB < ${limit.rssMb} MB`, exp.rss < limit.rssMb]]
      : []),
  );
}

const fmt = (v, d = 2) => (v === null || v === undefined ? '–' : typeof v === 'number' ? v.toFixed(d) : String(v));
const header = ['', 'körningar', 'median s', 'min s', 'max s', 'topp-RSS MB', 'sidor', 'ärenden', '× qpdf'];
const table = rows.map((r) => [
  r.label,
  String(runs),
  fmt(r.median),
  fmt(r.min),
  fmt(r.max),
  fmt(r.rss, 0),
  fmt(r.pages, 0),
  fmt(r.items, 0),
  r.ratio ? `${r.ratio.toFixed(1)}×` : '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nKallelse benchmark — node ${process.version}, ${os.cpus().length} kärnor, ${os.cpus()[0]?.model ?? ''}`);
console.log(
  `Topp-RSS mätt med ${hasTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS i barnprocessen'}.\n`,
);
console.log(line(header));
for (const row of table) console.log(line(row));
console.log('');
let failed = false;
for (const [text, ok, goalOnly] of checks) {
  console.log(`${ok ? 'OK  ' : goalOnly ? 'MÅL ' : 'FEL '} ${text}`);
  if (!ok && !goalOnly) failed = true;
}
if (process.env.BENCH_KEEP) console.log(`\nFiler kvar i ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
