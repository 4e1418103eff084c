import type { ImportedPdf, KallelsePackage, PackageDocument } from '../package/model';
import type { DocModel } from './docModel';
import { buildProtokollsutdrag } from './protokollsutdrag';
import { buildDelegationsbeslut, buildInformationshandlingar } from './sammanstallningar';
import { buildTjansteskrivelse } from './tjansteskrivelse';

export type GeneratedDocument = Exclude<PackageDocument, ImportedPdf>;

/** The DocModel of one structured document of a package (everything except imported PDFs). */
export function buildDocument(pkg: KallelsePackage, doc: GeneratedDocument): DocModel {
  switch (doc.type) {
    case 'protokollsutdrag':
      return buildProtokollsutdrag(pkg, doc);
    case 'tjansteskrivelse':
    case 'missiv':
      return buildTjansteskrivelse(pkg, doc);
    case 'informationshandlingar':
      return buildInformationshandlingar(pkg, doc);
    case 'delegationsbeslut':
      return buildDelegationsbeslut(pkg, doc);
  }
}
