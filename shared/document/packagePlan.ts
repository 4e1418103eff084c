import type { ImportedPdf, Item, KallelsePackage, PackageDocument } from '../package/model';

/**
 * The order of a kallelse package (kallelse-anatomy §1.1, §8 p. 1–4): the kallelse pages, then
 * per agenda item, in agenda order, its documents in their stored order. Items are numbered
 * 1..N across all sections by position; documents are never re-sorted (not by §, not by kind).
 */

export interface PlannedDocument {
  /** Stable key within the package: `item-11-doc-2`. */
  key: string;
  itemNumber: number;
  /** Position within the item's documents, 0-based. */
  index: number;
  document: PackageDocument;
  /** Bookmark title. */
  title: string;
}

export interface PlannedItem {
  number: number;
  title: string;
  dnr?: string;
  item: Item;
  documents: PlannedDocument[];
}

export interface PlannedSection {
  heading: string | null;
  items: PlannedItem[];
}

export interface PackagePlan {
  sections: PlannedSection[];
  items: PlannedItem[];
  /** All documents in package order. */
  documents: PlannedDocument[];
}

export function documentTitle(doc: PackageDocument): string {
  switch (doc.type) {
    case 'protokollsutdrag':
      return `Protokollsutdrag § ${doc.paragraph}`;
    case 'tjansteskrivelse':
      return `Tjänsteskrivelse ${doc.date}`;
    case 'missiv':
      return `Missiv ${doc.date}`;
    case 'informationshandlingar':
      return 'Sammanställning av informationshandlingar';
    case 'delegationsbeslut':
      return 'Sammanställning av anmälda vidaredelegationsbeslut';
    case 'pdf':
      return doc.bilaga ? `${doc.bilaga}: ${doc.title}` : doc.title;
  }
}

export const isImported = (doc: PackageDocument): doc is ImportedPdf => doc.type === 'pdf';

export function planPackage(pkg: KallelsePackage): PackagePlan {
  let number = 0;
  const items: PlannedItem[] = [];
  const documents: PlannedDocument[] = [];
  const sections = pkg.meeting.sections.map((section) => ({
    heading: section.heading?.trim() ? section.heading.trim() : null,
    items: section.items.map((item) => {
      number += 1;
      const itemNumber = number;
      const docs = (item.documents ?? []).map((document, index) => ({
        key: `item-${itemNumber}-doc-${index + 1}`,
        itemNumber,
        index,
        document,
        title: documentTitle(document),
      }));
      const planned: PlannedItem = { number: itemNumber, title: item.title, item, documents: docs };
      if (item.dnr) planned.dnr = item.dnr;
      items.push(planned);
      documents.push(...docs);
      return planned;
    }),
  }));
  return { sections, items, documents };
}
