import { itemNumbers } from '../../shared/domain/numbering';
import type { CommentAnchor, CommentView, ReviewOverview, Verdict } from '../../shared/domain/review';
import type { PackageDocument } from '../../shared/package/model';
import { documentLabel } from '../../shared/review/labels';
import type { Db } from '../db/database';
import { listItems, listSections } from '../repos/agenda';
import { listDocuments } from '../repos/documents';
import { requireMeeting } from '../repos/meetings';
import * as repo from '../repos/reviews';
import { documentKeyOf, keyOf } from './identity';

/** All string values of a structured document, for finding a quote in it. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The meeting's comments placed on its agenda as it is now (by item and document identity,
 * then by the quoted text; detached when both are gone), with their answers, and the verdicts.
 * Read afresh each time, so comments follow renumbering, moves and replaced documents.
 */
export function reviewOverview(db: Db, meetingId: string): ReviewOverview {
  requireMeeting(db, meetingId);
  const sections = listSections(db, meetingId);
  const items = listItems(db, meetingId);
  const bySection = sections.map((s) => items.filter((i) => i.sectionId === s.id));
  const numbers = itemNumbers(bySection.map((list) => ({ items: list })));
  const itemInfo = new Map<string, { id: string; number: number; title: string }>();
  bySection.forEach((list, si) => {
    list.forEach((item, ii) => {
      itemInfo.set(keyOf(item), { id: item.id, number: numbers[si]![ii]!, title: item.title });
    });
  });
  const itemById = new Map([...itemInfo.values()].map((i) => [i.id, i]));
  const docs = listDocuments(db, meetingId).map((d) => ({
    id: d.id,
    key: documentKeyOf(d),
    item: itemById.get(d.itemId)!,
    // Labelled as the review copy labels them, so the reviewer's labels compare.
    title: documentLabel(JSON.parse(d.body) as PackageDocument),
    text: squash(textOf(JSON.parse(d.body))),
  }));
  const docByKey = new Map(docs.map((d) => [d.key, d]));

  const anchorOf = (c: repo.CommentRow): CommentAnchor => {
    const at = (
      state: CommentAnchor['state'],
      item: { id: string; number: number; title: string } | null,
      doc: (typeof docs)[number] | null,
      note: string | null,
    ): CommentAnchor => ({
      state,
      itemId: item?.id ?? null,
      itemNumber: item?.number ?? null,
      itemTitle: item?.title ?? null,
      documentId: doc?.id ?? null,
      documentTitle: doc?.title ?? null,
      note,
    });
    const quoted = c.quote ? squash(c.quote) : null;
    const doc = c.documentKey ? docByKey.get(c.documentKey) : undefined;
    const item = c.itemKey ? itemInfo.get(c.itemKey) : undefined;
    if (doc) {
      const moved = item === undefined || item.id !== doc.item.id;
      return at('document', doc.item, doc, moved ? `Handlingen har flyttats till punkt ${doc.item.number}.` : null);
    }
    const gone = c.documentLabel
      ? `Den kommenterade handlingen (${c.documentLabel}) har ersatts eller tagits bort.`
      : null;
    // Where the quote is found in several documents, one of the same kind as the lost one wins.
    const kind = c.documentLabel?.split(' ')[0] ?? '';
    const withQuote = (list: typeof docs) =>
      quoted
        ? [...list.filter((d) => d.text.includes(quoted))].sort(
            (x, y) => Number(!x.title.startsWith(kind)) - Number(!y.title.startsWith(kind)),
          )[0]
        : undefined;
    if (item) {
      const replacement = withQuote(docs.filter((d) => d.item.id === item.id));
      if (replacement)
        return at('document', item, replacement, `${gone ?? ''} Citatet finns i ”${replacement.title}”.`.trim());
      return at('item', item, null, gone);
    }
    const found = withQuote(docs);
    if (found) {
      return at(
        'document',
        found.item,
        found,
        `Punkten ”${c.itemLabel ?? ''}” finns inte längre; citatet hittades i ”${found.title}”.`,
      );
    }
    return at(
      'detached',
      null,
      null,
      `${c.itemLabel ? `Punkten ”${c.itemLabel}”` : 'Det kommenterade stället'} finns inte längre.`,
    );
  };

  const rows = repo.listComments(db, meetingId);
  const answers = new Map<string, repo.CommentRow[]>();
  for (const r of rows) if (r.parentId) answers.set(r.parentId, [...(answers.get(r.parentId) ?? []), r]);
  const comments: CommentView[] = rows
    .filter((r) => r.parentId === null)
    .map((r) => ({
      id: r.id,
      author: r.author,
      body: r.body,
      quote: r.quote,
      seenAs: [r.itemLabel, r.documentLabel].filter(Boolean).join(' · ') || null,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      anchor: anchorOf(r),
      answers: (answers.get(r.id) ?? []).map((a) => ({
        id: a.id,
        author: a.author,
        body: a.body,
        createdAt: a.createdAt,
      })),
    }));
  const verdicts = repo
    .listVerdicts(db, meetingId)
    .map((v) => ({ v, item: itemInfo.get(v.itemKey) }))
    .sort((a, b) => (a.item?.number ?? 1e9) - (b.item?.number ?? 1e9) || a.v.reviewer.localeCompare(b.v.reviewer, 'sv'))
    .map(({ v, item }) => ({
      reviewer: v.reviewer,
      itemId: item?.id ?? null,
      itemLabel: item ? `${item.number}. ${item.title}` : v.itemLabel,
      verdict: v.verdict as Verdict,
      decidedAt: v.decidedAt,
    }));
  return { comments, verdicts };
}
