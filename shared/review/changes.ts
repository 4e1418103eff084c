import { diffWords } from 'diff';
import type { Item, KallelsePackage, PackageDocument } from '../package/model';
import { documentLabel } from './labels';

/**
 * "What changed" between two versions of a meeting (kallelse packages): items added, removed,
 * moved, renumbered, retitled, dnr changes, documents added, removed or replaced, and text
 * changes in structured documents word by word. Pure: page counts of imported PDFs are passed
 * in by the caller (keyed by sha256), so the same function serves the app and the CLI.
 *
 * Identity: items and documents carry no id in a v1 package, so they are matched by `x-id`
 * where the exporter wrote one, then by dnr, by title, by shared documents and finally by
 * similar title. Renumbering that follows from an addition, removal or move is not listed on
 * its own: it is a consequence, not a change a reader must look for (the report counts them).
 * An item is reported as renumbered when its number changed by more or less than its
 * position did — with frozen numbers after sending, a number changed by hand.
 */

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ItemRef {
  number: number;
  title: string;
  section: string | null;
}

export type Change =
  | { kind: 'item-added'; item: ItemRef }
  | { kind: 'item-removed'; item: ItemRef }
  | { kind: 'item-moved'; item: ItemRef; from: ItemRef }
  | { kind: 'item-renumbered'; item: ItemRef; fromNumber: number }
  | { kind: 'item-retitled'; item: ItemRef; from: string; words: WordPart[] }
  | { kind: 'dnr-changed'; item: ItemRef; from: string | null; to: string | null }
  | { kind: 'document-added'; item: ItemRef; document: string; pages: number | null }
  | { kind: 'document-removed'; item: ItemRef; document: string; pages: number | null }
  | {
      kind: 'document-replaced';
      item: ItemRef;
      document: string;
      fromPages: number | null;
      toPages: number | null;
    }
  | { kind: 'document-text-changed'; item: ItemRef; document: string; field: string; words: WordPart[] };

export interface ChangeReport {
  from: { date: string; committee: string };
  to: { date: string; committee: string };
  changes: Change[];
  /** Items whose printed number differs, as a consequence of the changes or on their own. */
  renumberedItems: number;
}

/** Page counts of imported PDFs by sha256 (missing: unknown). */
export type PageCounts = ReadonlyMap<string, number>;

interface FlatItem {
  item: Item;
  index: number;
  ref: ItemRef;
}

function flatten(pkg: KallelsePackage): FlatItem[] {
  const out: FlatItem[] = [];
  for (const section of pkg.meeting.sections) {
    for (const item of section.items) {
      const index = out.length;
      out.push({
        item,
        index,
        ref: { number: item.number ?? index + 1, title: item.title, section: section.heading ?? null },
      });
    }
  }
  return out;
}

const xId = (value: object): string | undefined => {
  const id = (value as Record<string, unknown>)['x-id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
};

const norm = (s: string | undefined): string => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function docKey(doc: PackageDocument): string {
  return doc.type === 'pdf' ? `pdf:${doc.file.sha256 ?? doc.file.path}` : `${doc.type}:${norm(documentTitleOf(doc))}`;
}

function documentTitleOf(doc: PackageDocument): string {
  switch (doc.type) {
    case 'pdf':
    case 'tjansteskrivelse':
    case 'missiv':
    case 'protokollsutdrag':
      return doc.title;
    default:
      return '';
  }
}

/** Share of words two titles have in common (0..1), for the last matching pass. */
function similarity(a: string, b: string): number {
  const wa = new Set(norm(a).split(' ').filter(Boolean));
  const wb = new Set(norm(b).split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

/** Greedy matching in passes, strongest evidence first; each item is matched at most once. */
function matchItems(olds: FlatItem[], news: FlatItem[]): Map<FlatItem, FlatItem> {
  const pairs = new Map<FlatItem, FlatItem>(); // new → old
  const usedOld = new Set<FlatItem>();
  const pass = (key: (f: FlatItem) => string | undefined) => {
    const byKey = new Map<string, FlatItem[]>();
    for (const o of olds) {
      if (usedOld.has(o)) continue;
      const k = key(o);
      if (k) byKey.set(k, [...(byKey.get(k) ?? []), o]);
    }
    const newByKey = new Map<string, FlatItem[]>();
    for (const n of news) {
      if (pairs.has(n)) continue;
      const k = key(n);
      if (k) newByKey.set(k, [...(newByKey.get(k) ?? []), n]);
    }
    for (const [k, ns] of newByKey) {
      const os = byKey.get(k);
      // Only unambiguous keys: two items with the same title (e.g. two "Information") are
      // left for a later, stronger pass rather than paired at random.
      if (os?.length === 1 && ns.length === 1) {
        pairs.set(ns[0]!, os[0]!);
        usedOld.add(os[0]!);
      }
    }
  };
  pass((f) => xId(f.item));
  pass((f) => (f.item.dnr ? `dnr:${norm(f.item.dnr)}|${norm(f.item.title)}` : undefined));
  pass((f) => `t:${norm(f.item.title)}`);
  pass((f) => (f.item.dnr ? `dnr:${norm(f.item.dnr)}` : undefined));
  pass((f) => {
    const docs = (f.item.documents ?? []).map(docKey).sort();
    return docs.length > 0 ? `d:${docs.join('|')}` : undefined;
  });
  // Last: the most similar remaining title (at least half the words in common), in order.
  for (const n of news) {
    if (pairs.has(n)) continue;
    let best: FlatItem | undefined;
    let bestScore = 0.5;
    for (const o of olds) {
      if (usedOld.has(o)) continue;
      const s = similarity(o.item.title, n.item.title);
      if (s >= bestScore && (o.item.kind ?? '') === (n.item.kind ?? '')) {
        best = o;
        bestScore = s;
      }
    }
    if (best) {
      pairs.set(n, best);
      usedOld.add(best);
    }
  }
  return pairs;
}

/** Indices (into `seq`) of one longest increasing subsequence: the items that kept their order. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k]!;
  }
  return keep;
}

/** A number change that its change of position does not explain. */
const renumberedOnItsOwn = (o: FlatItem, n: FlatItem): boolean =>
  o.ref.number - n.ref.number !== o.index - n.index && o.ref.number !== n.ref.number;

const wordParts = (from: string, to: string): WordPart[] =>
  diffWords(from, to).map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));

/** The texts of a structured document that a reader compares, by Swedish field label. */
function textFields(doc: PackageDocument): [string, string][] {
  const list = (xs: string[] | undefined) => (xs ?? []).join('\n');
  switch (doc.type) {
    case 'tjansteskrivelse':
    case 'missiv':
      return [
        ['Rubrik', doc.title],
        ['Förslag till beslut', [doc.forslagTillBeslut?.subject ?? '', list(doc.forslagTillBeslut?.points)].join('\n')],
        ['Sammanfattning', doc.sammanfattning ?? ''],
        ['Information i ärendet', doc.informationIArendet ?? ''],
        ['Beslutsunderlag', list(doc.beslutsunderlag)],
        ['Beslut skickas till', list(doc.beslutSkickasTill)],
      ];
    case 'protokollsutdrag':
      return [
        ['Rubrik', doc.title],
        ['Beslut', [doc.decisionIntro ?? '', list(doc.decisionPoints), doc.decisionClosing ?? ''].join('\n')],
        ['Sammanfattning', doc.sammanfattning ?? ''],
        ['Beslutsunderlag', list(doc.beslutsunderlag)],
        ['Yrkanden', list(doc.yrkanden)],
        ['Beslutet skickas till', list(doc.beslutetSkickasTill)],
      ];
    case 'informationshandlingar':
      return [['Handlingar', doc.entries.map((e) => `${e.category}: ${e.reference ?? ''} ${e.text}`).join('\n')]];
    case 'delegationsbeslut':
      return [
        [
          'Beslut',
          doc.rows.map((r) => [r.arendetyp, r.rubrik, r.dnr ?? '', r.beslutsdatum, r.delegat].join(' · ')).join('\n'),
        ],
      ];
    case 'pdf':
      return [];
  }
}

function matchDocuments(olds: PackageDocument[], news: PackageDocument[]): Map<PackageDocument, PackageDocument> {
  const pairs = new Map<PackageDocument, PackageDocument>();
  const used = new Set<PackageDocument>();
  const pass = (key: (d: PackageDocument) => string | undefined) => {
    for (const n of news) {
      if (pairs.has(n)) continue;
      const k = key(n);
      if (!k) continue;
      const candidates = olds.filter((o) => !used.has(o) && key(o) === k);
      if (candidates.length === 1) {
        pairs.set(n, candidates[0]!);
        used.add(candidates[0]!);
      }
    }
  };
  pass((d) => xId(d));
  pass((d) => docKey(d));
  pass((d) => (d.type === 'pdf' && d.bilaga ? `bilaga:${norm(d.bilaga)}` : undefined));
  pass((d) => `${d.type === 'missiv' ? 'tjansteskrivelse' : d.type}:${norm(documentTitleOf(d))}`);
  // A structured document of a kind that appears once on both sides is the same document retitled.
  pass((d) => (d.type === 'pdf' ? undefined : `only:${d.type}`));
  return pairs;
}

const pagesOf = (doc: PackageDocument, counts: PageCounts): number | null =>
  doc.type === 'pdf' && doc.file.sha256 ? (counts.get(doc.file.sha256) ?? null) : null;

function compareDocuments(
  item: ItemRef,
  olds: PackageDocument[],
  news: PackageDocument[],
  oldCounts: PageCounts,
  newCounts: PageCounts,
): Change[] {
  const changes: Change[] = [];
  const pairs = matchDocuments(olds, news);
  const matchedOld = new Set(pairs.values());
  for (const o of olds) {
    if (!matchedOld.has(o)) {
      changes.push({ kind: 'document-removed', item, document: documentLabel(o), pages: pagesOf(o, oldCounts) });
    }
  }
  for (const n of news) {
    const o = pairs.get(n);
    if (!o) {
      changes.push({ kind: 'document-added', item, document: documentLabel(n), pages: pagesOf(n, newCounts) });
      continue;
    }
    if (o.type === 'pdf' && n.type === 'pdf' && (o.file.sha256 ?? o.file.path) !== (n.file.sha256 ?? n.file.path)) {
      changes.push({
        kind: 'document-replaced',
        item,
        document: documentLabel(n),
        fromPages: pagesOf(o, oldCounts),
        toPages: pagesOf(n, newCounts),
      });
      continue;
    }
    const oldFields = new Map(textFields(o));
    for (const [field, value] of textFields(n)) {
      const before = oldFields.get(field) ?? '';
      if (norm(before) !== norm(value)) {
        changes.push({
          kind: 'document-text-changed',
          item,
          document: documentLabel(n),
          field,
          words: wordParts(before, value),
        });
      }
    }
  }
  return changes;
}

/** Every change from `oldPkg` to `newPkg`, in the new agenda's order (removed items last). */
export function compareMeetings(
  oldPkg: KallelsePackage,
  newPkg: KallelsePackage,
  pageCounts: { old?: PageCounts; new?: PageCounts } = {},
): ChangeReport {
  const oldCounts = pageCounts.old ?? new Map();
  const newCounts = pageCounts.new ?? new Map();
  const olds = flatten(oldPkg);
  const news = flatten(newPkg);
  const pairs = matchItems(olds, news);
  const matchedNews = news.filter((n) => pairs.has(n));
  const kept = longestIncreasing(matchedNews.map((n) => pairs.get(n)!.index));
  const moved = new Set(matchedNews.filter((_, i) => !kept.has(i)));

  const changes: Change[] = [];
  let shifted = 0;
  for (const n of news) {
    const o = pairs.get(n);
    if (!o) {
      changes.push({ kind: 'item-added', item: n.ref });
      continue;
    }
    if (moved.has(n)) changes.push({ kind: 'item-moved', item: n.ref, from: o.ref });
    else if (renumberedOnItsOwn(o, n)) changes.push({ kind: 'item-renumbered', item: n.ref, fromNumber: o.ref.number });
    if (o.ref.number !== n.ref.number) shifted++;
    if (norm(o.item.title) !== norm(n.item.title)) {
      changes.push({
        kind: 'item-retitled',
        item: n.ref,
        from: o.item.title,
        words: wordParts(o.item.title, n.item.title),
      });
    }
    if (norm(o.item.dnr) !== norm(n.item.dnr)) {
      changes.push({ kind: 'dnr-changed', item: n.ref, from: o.item.dnr ?? null, to: n.item.dnr ?? null });
    }
    changes.push(...compareDocuments(n.ref, o.item.documents ?? [], n.item.documents ?? [], oldCounts, newCounts));
  }
  const matchedOlds = new Set(pairs.values());
  for (const o of olds) if (!matchedOlds.has(o)) changes.push({ kind: 'item-removed', item: o.ref });

  const side = (pkg: KallelsePackage) => ({ date: pkg.meeting.date, committee: pkg.committee.name });
  return { from: side(oldPkg), to: side(newPkg), changes, renumberedItems: shifted };
}
