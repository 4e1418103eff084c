import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { withBuiltCli } from '../helpers/builtCli';
import { copySample, readJson } from '../helpers/packages';
import { flat, pageTexts, pdfInfo, samplesDir } from '../helpers/poppler';

const { run: kallelse, temp } = withBuiltCli();
let modified: string;
const ana = path.join(samplesDir, 'ana-2022-02-23');

// biome-ignore lint/suspicious/noExplicitAny: package JSON edited freely by the test
type Json = Record<string, any>;

/** A copy of ANA with five changes: a move, a retitle, a longer PDF, a new item, an edited sentence. */
async function modifiedCopy(dir: string): Promise<string> {
  const folder = copySample('ana-2022-02-23', dir, 'ana-v2');
  const file = path.join(folder, 'kallelse.json');
  const pkg = readJson(file) as Json;
  const beslut = pkg.meeting.sections[2].items as Json[];
  const unga = beslut.splice(5, 1)[0]!;
  beslut.unshift(unga);
  pkg.meeting.sections[1].items[1].title = 'Regional biblioteksplan 2023–2026';
  const growing = beslut.find((i) => i.title === 'Projekt - Growing green')!;
  const pdf = growing.documents.find((d: Json) => d.type === 'pdf');
  const longer = await PDFDocument.load(fs.readFileSync(path.join(folder, pdf.file.path)));
  const extra = await PDFDocument.load(fs.readFileSync(path.join(folder, 'bilagor/budget-forlangning-instra.pdf')));
  for (const p of await longer.copyPages(extra, extra.getPageIndices())) longer.addPage(p);
  const bytes = await longer.save();
  fs.writeFileSync(path.join(folder, 'bilagor/growing-green-v2.pdf'), bytes);
  pdf.file = { path: 'bilagor/growing-green-v2.pdf', sha256: createHash('sha256').update(bytes).digest('hex') };
  beslut.push({ title: 'Yttrande över regional utvecklingsstrategi', dnr: 'RJL 2022/300', kind: 'beslut' });
  const ts = unga.documents.find((d: Json) => d.type === 'tjansteskrivelse');
  const sentence = (ts.sammanfattning as string).split('.')[0]!;
  ts.sammanfattning = ts.sammanfattning.replace(sentence, `${sentence} under tre år`);
  let n = 1;
  for (const s of pkg.meeting.sections) for (const i of s.items) i.number = n++;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
  return folder;
}

const run = (...args: string[]) => kallelse('changes', ...args);

beforeAll(async () => {
  modified = await modifiedCopy(temp.dir);
});

describe('kallelse changes (command line)', () => {
  it('--json lists exactly the five changes to the ANA copy, with page counts of the replaced PDF', () => {
    const r = run(ana, modified, '--json');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(report.changes.map((c: Json) => c.kind).sort()).toEqual(
      ['document-replaced', 'document-text-changed', 'item-added', 'item-moved', 'item-retitled'].sort(),
    );
    expect(report.changes.find((c: Json) => c.kind === 'document-replaced')).toMatchObject({
      fromPages: 12,
      toPages: 14,
    });
  });

  it('writes the report as a PDF that lists only what changed, with page numbers', () => {
    const out = path.join(temp.dir, 'andringar.pdf');
    const r = run(ana, modified, '--out', out, '--since-version', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Klar:');
    const info = pdfInfo(out);
    expect(info.Title).toContain('Ändringar sedan version 1');
    const text = flat(pageTexts(out).join('\n'));
    expect(text).toContain('Ändringar sedan version 1');
    expect(text).toContain('Ärendet ”Projekt - Unga akademiker” är flyttat från punkt 16 till punkt 11');
    expect(text).toContain(
      'Ärende 9 har ny rubrik: ”Regional biblioteksplan 2023–2026” (tidigare ”Regional biblioteksplan”)',
    );
    expect(text).toContain('är ersatt med en ny version (14 sidor, tidigare 12)');
    expect(text).toContain('Nytt ärende 19. Yttrande över regional utvecklingsstrategi');
    expect(text).toContain('Sammanfattning är ändrad');
    expect(text).toContain('under tre år');
    expect(text).toMatch(/Sida 1 av \d/);
    // Nothing unchanged is listed.
    expect(text).not.toContain('Growing green är flyttat');
    expect(text).not.toContain('Verksamhetsberättelse');
  });

  it('refuses wrong usage in one Swedish line', () => {
    const r = run(ana);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Ange två paket att jämföra/);
    const r2 = run(ana, modified);
    expect(r2.stderr).toMatch(/--out FIL\.pdf, eller --json/);
  });
});
