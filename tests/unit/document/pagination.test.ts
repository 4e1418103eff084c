import { describe, expect, it } from 'vitest';
import { agendaPageLabels, packagePages, resolvePagination } from '../../../shared/document/pagination';

describe('package pagination', () => {
  const docs = [
    { itemNumber: 4, pageCount: 1 },
    { itemNumber: 6, pageCount: 1 },
    { itemNumber: 6, pageCount: 2 },
    { itemNumber: 11, pageCount: 17 },
  ];

  it('numbers documents after the kallelse pages and gives each item its first–last page', () => {
    const pages = packagePages(2, docs);
    expect(pages.documents).toEqual([
      { first: 3, last: 3 },
      { first: 4, last: 4 },
      { first: 5, last: 6 },
      { first: 7, last: 23 },
    ]);
    expect(pages.totalPages).toBe(23);
    expect(pages.items.get(6)).toEqual({ first: 4, last: 6 });
    expect(pages.items.has(5)).toBe(false);
  });

  it('labels a single page as `8` and a range as `9 - 25`', () => {
    const labels = agendaPageLabels(
      packagePages(7, [
        { itemNumber: 1, pageCount: 1 },
        { itemNumber: 2, pageCount: 17 },
      ]),
    );
    expect(labels.get(1)).toBe('8');
    expect(labels.get(2)).toBe('9 - 25');
  });

  it('lays out again until the kallelse page count is stable', () => {
    // A kallelse that needs a second page as soon as any label reaches three digits.
    const many = Array.from({ length: 60 }, (_, i) => ({ itemNumber: i + 1, pageCount: 2 }));
    const seen: number[] = [];
    const { pages, rounds } = resolvePagination(many, (labels, p) => {
      seen.push(p.kallelsePages);
      return [...labels.values()].some((l) => /\d{3}/.test(l)) ? 2 : 1;
    });
    expect(seen).toEqual([1, 2]);
    expect(rounds).toBe(2);
    expect(pages.kallelsePages).toBe(2);
    expect(pages.items.get(1)).toEqual({ first: 3, last: 4 });
    expect(pages.totalPages).toBe(122);
  });

  it('refuses to loop forever when the layout never settles', () => {
    let flip = 1;
    expect(() =>
      resolvePagination(docs, () => {
        flip = 3 - flip;
        return flip;
      }),
    ).toThrow(/inte stabil/);
  });

  it('rejects a document without pages', () => {
    expect(() => packagePages(1, [{ itemNumber: 3, pageCount: 0 }])).toThrow(/ärende 3/);
  });
});
