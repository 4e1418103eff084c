/**
 * Swedish formatting rules for the printed documents (kallelse-anatomy §1.2, §8 p. 29).
 * Pure string functions; dates stay ISO `YYYY-MM-DD` as they are stored.
 */

/** Kallelse time line: `Tid: 2022-02-23 kl: 09:00-12:00`, or `Tid: 2021-02-24 kl: 09:00` without end time. */
export function kallelseTid(date: string, startTime: string, endTime?: string): string {
  return `Tid: ${date} kl: ${startTime}${endTime ? `-${endTime}` : ''}`;
}

/** Protocol time line: `Tid: 2022-02-10 kl. 09:00`. */
export function protokollTid(date: string, startTime: string): string {
  return `Tid: ${date} kl. ${startTime}`;
}

/** `§§ 17-32` for a range, `§ 17` for a single paragraph, '' when unknown. */
export function paragraphRange(from?: number, to?: number): string {
  if (from === undefined && to === undefined) return '';
  if (from === undefined || to === undefined || from === to) return `§ ${from ?? to}`;
  return `§§ ${from}-${to}`;
}

/**
 * The agenda prints a dnr without the organisation's own prefix: `RJL 2022/258` → `2022/258`.
 * Other series (`Avtal 22/44`) are printed as they are.
 */
export function dnrWithoutPrefix(dnr: string, prefix?: string): string {
  const value = dnr.trim().replace(/\s+/g, ' ');
  if (!prefix) return value;
  const p = prefix.trim();
  if (p && value.toLocaleUpperCase('sv-SE').startsWith(`${p.toLocaleUpperCase('sv-SE')} `)) {
    return value.slice(p.length + 1).trim();
  }
  return value;
}

/**
 * Comparable form of a dnr: upper case, no white space, without the organisation prefix, so
 * `RJL 2022/258`, `rjl  2022/258` and `2022/258` compare equal.
 */
export function normaliseDnr(dnr: string, prefix?: string): string {
  return dnrWithoutPrefix(dnr, prefix).toLocaleUpperCase('sv-SE').replace(/\s+/g, '');
}

/**
 * A committee name inside a sentence: `Nämnd för …` → `nämnd för …` (anatomy §2.2). Names that
 * start with an abbreviation (`ANA-nämnden`) are left alone.
 */
export function lowerFirst(name: string): string {
  const [first, second] = [...name];
  if (!first || (second && second !== second.toLocaleLowerCase('sv-SE'))) return name;
  return first.toLocaleLowerCase('sv-SE') + name.slice(first.length);
}

/** Package page reference: `8` for one page, `9 - 25` for a range (space, hyphen, space). */
export function formatPageRange(first: number, last: number): string {
  return first === last ? String(first) : `${first} - ${last}`;
}

/** Running package page number: bare `12`, or `Sida 12 av 180`. */
export function formatPackagePageNumber(page: number, total: number, style: 'bare' | 'sida-n-av-N'): string {
  return style === 'bare' ? String(page) : `Sida ${page} av ${total}`;
}
