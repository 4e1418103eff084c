import fs from 'node:fs';
import path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { sampleDir } from './packages';

/**
 * The stress package of `npm run bench` (scripts/bench.mjs builds the same): ANA's opening items,
 * then 60 decision items cycling ANA's items 11–18 with their bilagor copied per cycle, and a
 * 40-page landscape report — about 1,200 pages. Written into `dir`; returns its folder.
 */
export async function writeStressPackage(dir: string): Promise<string> {
  const ana = sampleDir('ana-2022-02-23');
  const out = path.join(dir, 'stress');
  fs.mkdirSync(path.join(out, 'bilagor'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(ana, 'kallelse.json'), 'utf8'));
  type Doc = { type: string; title?: string; file?: { path: string } };
  type Item = { number?: number; title: string; documents?: Doc[] };
  const templates: Item[] = pkg.meeting.sections[2].items;
  const copied = new Set<string>();
  const copyOf = (file: { path: string }, cycle: number) => {
    const name = `bilagor/${path.basename(file.path, '.pdf')}-${cycle}.pdf`;
    if (!copied.has(name)) {
      fs.copyFileSync(path.join(ana, file.path), path.join(out, name));
      fs.chmodSync(path.join(out, name), 0o644);
      copied.add(name);
    }
    return { path: name }; // no sha256: the copies are renamed, not changed
  };
  const landscape = await PDFDocument.create();
  const font = await landscape.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 40; i++) {
    const page = landscape.addPage([595.28, 841.89]);
    page.setRotation(degrees(90));
    page.drawText(`Bilaga liggande rapport, sida ${i} av 40`, { x: 60, y: 400, size: 12, font });
  }
  fs.writeFileSync(path.join(out, 'bilagor/liggande-rapport.pdf'), await landscape.save());
  const decisions: Item[] = [];
  for (let i = 0; i < 60; i++) {
    const cycle = Math.floor(i / templates.length) + 1;
    const item = structuredClone(templates[i % templates.length]!);
    delete item.number;
    item.title = `${item.title} (${i + 1})`;
    item.documents = (item.documents ?? []).map((d) => (d.type === 'pdf' ? { ...d, file: copyOf(d.file!, cycle) } : d));
    if (i === 30)
      item.documents.push({ type: 'pdf', title: 'Liggande rapport', file: { path: 'bilagor/liggande-rapport.pdf' } });
    decisions.push(item);
  }
  pkg.meeting.sections[2].items = decisions;
  for (const item of pkg.meeting.sections[0].items as Item[])
    item.documents = (item.documents ?? []).map((d) => (d.type === 'pdf' ? { ...d, file: copyOf(d.file!, 0) } : d));
  pkg.meeting.agendaColumn = 'both';
  let n = 0;
  for (const section of pkg.meeting.sections as { items: Item[] }[])
    for (const item of section.items) item.number = ++n;
  fs.writeFileSync(path.join(out, 'kallelse.json'), JSON.stringify(pkg, null, 2));
  return out;
}
