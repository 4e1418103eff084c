// The floor of our own toolchain, for `npm run bench`: a plain pdf-lib merge (defaults for
// load, copyPages and save) of a package's bilagor, in the order the package lists them, in a
// fresh Node process. Usage: node scripts/bench-merge.mjs <package folder> <out.pdf>
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

const [folder, out] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'kallelse.json'), 'utf8'));
const files = pkg.meeting.sections.flatMap((s) =>
  s.items.flatMap((i) => (i.documents ?? []).filter((d) => d.type === 'pdf').map((d) => d.file.path)),
);
const merged = await PDFDocument.create();
for (const file of files) {
  const source = await PDFDocument.load(fs.readFileSync(path.join(folder, file)));
  for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
}
fs.writeFileSync(out, await merged.save());
console.log(JSON.stringify({ pages: merged.getPageCount(), files: files.length }));
