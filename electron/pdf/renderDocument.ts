/// <reference types="pdfkit" />

import type { DocModel } from '../../shared/document/docModel';
import { formatPackagePageNumber } from '../../shared/document/format';
import { type DocumentInfo, fontRefOf, stampPage, writeInfo, writeOutline } from './finalPass';
import { FontBook } from './fonts';
import { layoutDocument } from './layout/document';
import { furniture } from './layout/theme';
import { loadGenerated } from './merge';
import { paintDocument } from './paint';
import { openPdfkit } from './pdfkitDocument';

/**
 * A stand-alone PDF of generated documents only (the change report today): the same layout,
 * paint and final pass as the kallelse — pdfkit set-up, page numbers `Sida n av N` on every
 * page, one bookmark per document, document info — without imported pages or an agenda.
 */
export async function renderDocuments(
  models: DocModel[],
  info: Omit<DocumentInfo, 'creationDate'> & { creationDate?: Date },
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const creationDate = info.creationDate ?? new Date();
  const { pdf, finish } = openPdfkit(creationDate);
  const fonts = new FontBook(pdf);
  const laid = models.map((m) => layoutDocument(fonts, m, {}));
  for (const l of laid) paintDocument(pdf, fonts, l);
  const total = laid.reduce((n, l) => n + l.pages.length, 0);
  const stamps = Array.from({ length: total }, (_, i) =>
    fonts.encodeForStamp('regular', furniture.stampSize, formatPackagePageNumber(i + 1, total, 'sida-n-av-N')),
  );
  const generated = await finish();

  const base = await loadGenerated(generated);
  const pages = base.getPages();
  const fontRef = fontRefOf(stamps[0]!.fontObject);
  pages.forEach((page, i) => {
    stampPage(base, page, fontRef, stamps[i]!);
  });
  let first = 0;
  writeOutline(
    base,
    models.map((m, i) => {
      const node = { title: m.title, page: pages[first]!, children: [] };
      first += laid[i]!.pages.length;
      return node;
    }),
  );
  writeInfo(base, { ...info, creationDate });
  const bytes = await base.save({ useObjectStreams: false, addDefaultPage: false });
  return { bytes, pageCount: total };
}
