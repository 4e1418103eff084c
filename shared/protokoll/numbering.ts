/**
 * § numbering: by default one series per nämnd and calendar year, continuing from the last
 * protokoll of the same year (the nämnd may choose a series per meeting instead). Numbers are
 * frozen at justering: a justerat protokoll is never renumbered.
 */
export type ParagraphSeries = 'year' | 'meeting';

export interface EarlierProtokoll {
  meetingDate: string;
  numbers: readonly number[];
}

/** The first § number of a meeting's protokoll. */
export function firstParagraphNumber(
  meetingDate: string,
  earlier: readonly EarlierProtokoll[],
  series: ParagraphSeries = 'year',
): number {
  if (series === 'meeting') return 1;
  const year = meetingDate.slice(0, 4);
  const sameYear = earlier.filter((p) => p.meetingDate.slice(0, 4) === year && p.meetingDate < meetingDate);
  const last = Math.max(0, ...sameYear.flatMap((p) => p.numbers));
  return last + 1;
}

/** Numbers for `count` paragrafer from `first` on; a justerat protokoll keeps the ones it has. */
export function paragraphNumbers(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/** `§ 17`, `§§ 17–32` (en dash, as typeset). */
export function formatParagraphs(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const sorted = [...numbers].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (first === last) return `§ ${first}`;
  const contiguous = sorted.every((n, i) => n === first + i);
  return contiguous ? `§§ ${first}–${last}` : `§§ ${sorted.join(', ')}`;
}
