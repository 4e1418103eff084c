import { documentTypeLabels } from '../domain/documentTypes';
import type { PackageDocument } from '../package/model';

/** How the change report names a document: its type and, where it has one, its title or bilaga label. */
export function documentLabel(doc: PackageDocument): string {
  switch (doc.type) {
    case 'pdf':
      return doc.bilaga ? `${doc.bilaga}: ${doc.title}` : doc.title;
    case 'protokollsutdrag':
      return `${documentTypeLabels.protokollsutdrag} § ${doc.paragraph} ${doc.title}`;
    case 'tjansteskrivelse':
    case 'missiv':
      return `${documentTypeLabels[doc.type]} ”${doc.title}”`;
    case 'informationshandlingar':
      return 'Sammanställning av informationshandlingar';
    case 'delegationsbeslut':
      return 'Sammanställning av delegationsbeslut';
  }
}
