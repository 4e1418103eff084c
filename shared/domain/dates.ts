/**
 * Calendar checks for the ISO strings the package format and the database use
 * (`YYYY-MM-DD`, `HH:MM`). The JSON Schema only checks their shape; these catch
 * 2022-02-30 and 24:00. Pure, so the import, the services and the UI agree.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why an ISO date string is not a real calendar date, in Swedish, or null when it is one.
 * @example dateProblem('2022-02-30') // '2022-02-30 finns inte (februari 2022 har 28 dagar)'
 */
export function dateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return `”${value}” är inte ett datum på formen ÅÅÅÅ-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200)
    return `${value} ligger utanför det Kallelse tar emot: ange ett datum mellan 1900-01-01 och 2200-12-31`;
  if (month < 1 || month > 12) return `${value} finns inte (månaden ${m[2]} finns inte)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${value} finns inte (${monthNames[month - 1]} ${year} har ${days} dagar)`;
  return null;
}

export const isRealDate = (value: string): boolean => dateProblem(value) === null;

export const isValidTime = (value: string): boolean => TIME.test(value);

/** Minutes since midnight of an `HH:MM` string; NaN when it is not a valid time. */
export function timeToMinutes(value: string): number {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}
