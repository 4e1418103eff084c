// The bench's stress package (scripts/bench.mjs), also used by the e2e test of export progress
// and cancel (tests/e2e/exportCancel.spec.ts): ANA's opening items, then decision items cycling
// ANA's items 11–18 with their bilagor copied per cycle, a generated 40-page landscape bilaga,
// and the agenda column 'both'. With the default 60 decision items: 1 188 pages.
import fs from 'node:fs';
import path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

/** Writes the stress package into `dir` (created) from the ANA package at `ana`; returns `dir`. */
export async function buildStressPackage(ana, dir, { decisionItems = 60 } = {}) {
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
  for (let i = 0; i < decisionItems; i++) {
    const cycle = Math.floor(i / templates.length) + 1;
    const template = structuredClone(templates[i % templates.length]);
    delete template.number;
    template.title = `${template.title} (${i + 1})`;
    template.documents = template.documents.map((d) => (d.type === 'pdf' ? { ...d, file: copyOf(d.file, cycle) } : d));
    if (i === Math.floor(decisionItems / 2))
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
