import { formatPageRange } from './format';

/**
 * Package pagination (kallelse-anatomy §1.4, §8 p. 5–6): every page of the package carries a
 * running number 1..N; the kallelse comes first, then each item's documents in agenda order.
 * The agenda may print each item's first–last page, which depends on how many pages the
 * kallelse itself takes — and that can change when the printed numbers get wider. So the
 * kallelse is laid out, measured and laid out again until its page count is stable.
 */

export interface PageRange {
  first: number;
  last: number;
}

export interface DocumentPages {
  itemNumber: number;
  /** Pages of this document (generated after layout, or the imported PDF's page count). */
  pageCount: number;
}

export interface PackagePages {
  kallelsePages: number;
  totalPages: number;
  /** Per document in package order: its package pages. */
  documents: PageRange[];
  /** Per item number: first page of its first document to last page of its last, if it has any. */
  items: Map<number, PageRange>;
}

/**
 * Positions of all documents given the kallelse's page count.
 *
 * @example packagePages(2, [{ itemNumber: 4, pageCount: 1 }]).items.get(4) // { first: 3, last: 3 }
 */
export function packagePages(kallelsePages: number, documents: DocumentPages[]): PackagePages {
  let next = kallelsePages + 1;
  const ranges: PageRange[] = [];
  const items = new Map<number, PageRange>();
  for (const doc of documents) {
    if (doc.pageCount < 1) throw new RangeError(`Ett dokument i ärende ${doc.itemNumber} saknar sidor.`);
    const range = { first: next, last: next + doc.pageCount - 1 };
    ranges.push(range);
    next = range.last + 1;
    const item = items.get(doc.itemNumber);
    if (item) item.last = range.last;
    else items.set(doc.itemNumber, { ...range });
  }
  return { kallelsePages, totalPages: next - 1, documents: ranges, items };
}

/** The agenda's page column text per item number: `8`, `9 - 25`; items without documents are absent. */
export function agendaPageLabels(pages: PackagePages): Map<number, string> {
  const labels = new Map<number, string>();
  for (const [item, range] of pages.items) labels.set(item, formatPageRange(range.first, range.last));
  return labels;
}

/**
 * Finds the kallelse page count k such that laying out the kallelse with the page labels that
 * follow from k gives exactly k pages. `layoutKallelse` lays out the kallelse with the given
 * labels and returns its page count. Layout is monotone in the labels' widths and the labels
 * only grow with k, so starting from 1 the count climbs to the least fixed point.
 */
export function resolvePagination(
  documents: DocumentPages[],
  layoutKallelse: (labels: Map<number, string>, pages: PackagePages) => number,
  maxRounds = 20,
): { pages: PackagePages; rounds: number } {
  let guess = 1;
  for (let round = 1; round <= maxRounds; round++) {
    const pages = packagePages(guess, documents);
    const actual = layoutKallelse(agendaPageLabels(pages), pages);
    if (actual === guess) return { pages, rounds: round };
    guess = actual;
  }
  throw new Error(`Kallelsens sidnumrering blev inte stabil efter ${maxRounds} försök.`);
}
