/**
 * Agenda numbering. Items are numbered 1..N in order across all sections; the number never
 * restarts per section (kallelse-anatomy.md §1.2, house style #19). The database stores only
 * positions (section position, item position within its section); the number is derived here,
 * so renumbering after a move or delete is never a separate step that could be forgotten.
 */

export interface SectionShape<I> {
  items: readonly I[];
}

/**
 * The running number of every item, per section.
 * @example itemNumbers([{ items: ['a', 'b'] }, { items: [] }, { items: ['c'] }]) // [[1, 2], [], [3]]
 */
export function itemNumbers<I>(sections: readonly SectionShape<I>[]): number[][] {
  let next = 1;
  return sections.map((section) => section.items.map(() => next++));
}

export interface NumberMismatch {
  sectionIndex: number;
  itemIndex: number;
  expected: number;
  given: number;
}

/** Items whose stated `number` differs from their position (the package format requires them equal). */
export function numberMismatches(sections: readonly SectionShape<{ number?: number | undefined }>[]): NumberMismatch[] {
  const numbers = itemNumbers(sections);
  const out: NumberMismatch[] = [];
  sections.forEach((section, sectionIndex) => {
    section.items.forEach((item, itemIndex) => {
      const expected = numbers[sectionIndex]![itemIndex]!;
      if (item.number !== undefined && item.number !== expected) {
        out.push({ sectionIndex, itemIndex, expected, given: item.number });
      }
    });
  });
  return out;
}

/** Ids of items per section, in order: the shape a move is planned on. */
export interface SectionOrder {
  sectionId: string;
  itemIds: string[];
}

/**
 * The new order after moving one item to `position` (0-based, clamped) in `toSectionId`,
 * possibly another section. Returns a new array; sections not involved are unchanged.
 * Throws when the item or the target section is not in `sections`.
 */
export function planMove(
  sections: readonly SectionOrder[],
  itemId: string,
  toSectionId: string,
  position: number,
): SectionOrder[] {
  const next = sections.map((s) => ({ sectionId: s.sectionId, itemIds: [...s.itemIds] }));
  const from = next.find((s) => s.itemIds.includes(itemId));
  const to = next.find((s) => s.sectionId === toSectionId);
  if (!from) throw new Error(`item ${itemId} is not in the agenda`);
  if (!to) throw new Error(`section ${toSectionId} is not in the agenda`);
  from.itemIds.splice(from.itemIds.indexOf(itemId), 1);
  const at = Math.max(0, Math.min(Math.trunc(position), to.itemIds.length));
  to.itemIds.splice(at, 0, itemId);
  return next;
}

/** Clamps an insert position into 0..length; undefined means "at the end". */
export function insertPosition(position: number | undefined, length: number): number {
  if (position === undefined) return length;
  return Math.max(0, Math.min(Math.trunc(position), length));
}
