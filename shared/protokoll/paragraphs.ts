import type { Protokoll } from './model';

/**
 * Adding and removing paragrafer before justering. The §§ stay one unbroken series from the
 * first number, and närvaro changes ("from § 9 on …") keep pointing at the same paragraf.
 */

/** A new, empty paragraf before the one now at `index` (at the end when index = length). */
export function insertParagraph(p: Protokoll, index: number, title: string): Protokoll {
  const at = Math.max(0, Math.min(index, p.paragraphs.length));
  const first = p.paragraphs[0]?.number ?? 1;
  const number = first + at;
  const paragraphs = [...p.paragraphs.slice(0, at), { number, title, beslut: '' }, ...p.paragraphs.slice(at)];
  return withChanges({ ...p, paragraphs: renumber(paragraphs, first) }, (from) => (from >= number ? from + 1 : from));
}

/** Removes the paragraf at `index`; later §§ move up one number. */
export function removeParagraph(p: Protokoll, index: number): Protokoll {
  const removed = p.paragraphs[index];
  if (!removed) return p;
  const first = p.paragraphs[0]!.number;
  const paragraphs = renumber(
    p.paragraphs.filter((_, i) => i !== index),
    first,
  );
  const last = paragraphs.at(-1)?.number ?? first - 1;
  // A change from the removed § now applies from the § that takes its number.
  return withChanges({ ...p, paragraphs }, (from) => {
    const moved = from > removed.number ? from - 1 : from;
    return moved > last ? null : moved;
  });
}

const renumber = (paragraphs: Protokoll['paragraphs'], first: number) =>
  paragraphs.map((x, i) => ({ ...x, number: first + i }));

function withChanges(p: Protokoll, move: (from: number) => number | null): Protokoll {
  if (!p.attendanceChanges) return p;
  const attendanceChanges = p.attendanceChanges.flatMap((c) => {
    const from = move(c.from);
    return from === null ? [] : [{ ...c, from }];
  });
  const { attendanceChanges: _old, ...rest } = p;
  return attendanceChanges.length > 0 ? { ...rest, attendanceChanges } : rest;
}
