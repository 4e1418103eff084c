import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';

/**
 * The dates kommunallagen sets around a protokoll:
 * - justering within 14 days of the meeting (6 kap. 35 §; 5 kap. 69 § for fullmäktige);
 * - the tillkännagivande of the justering on the anslagstavla at the latest the second day
 *   after justering (8 kap. 12 §);
 * - the tillkännagivande kept up until the appeal period has run out: three weeks from the
 *   day it was posted (13 kap. 5 §). A period that ends on a Saturday, Sunday or public
 *   holiday runs to the next working day (lagen (1930:173) om beräkning av lagstadgad tid),
 *   and the notice comes down the day after.
 */

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');
const day = (value: string): Date => parseISO(value);

/** Easter Sunday (Gregorian; the anonymous algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, dayOfMonth);
}

/** The first `weekday` (0 = Sunday) on or after `from`. */
function firstWeekdayFrom(from: Date, weekday: number): Date {
  return addDays(from, (weekday - getDay(from) + 7) % 7);
}

/**
 * Swedish public holidays (lagen (1989:253) om allmänna helgdagar) plus midsommarafton,
 * julafton and nyårsafton, which the law on computing periods treats like holidays.
 */
export function swedishHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const days = [
    new Date(year, 0, 1), // nyårsdagen
    new Date(year, 0, 6), // trettondedag jul
    addDays(easter, -2), // långfredagen
    easter,
    addDays(easter, 1), // annandag påsk
    new Date(year, 4, 1),
    addDays(easter, 39), // Kristi himmelsfärdsdag
    addDays(easter, 49), // pingstdagen
    new Date(year, 5, 6), // nationaldagen
    addDays(firstWeekdayFrom(new Date(year, 5, 20), 6), -1), // midsommarafton (fredag)
    firstWeekdayFrom(new Date(year, 5, 20), 6), // midsommardagen
    firstWeekdayFrom(new Date(year, 9, 31), 6), // alla helgons dag
    new Date(year, 11, 24),
    new Date(year, 11, 25),
    new Date(year, 11, 26),
    new Date(year, 11, 31),
  ];
  return new Set(days.map(iso));
}

export function isWorkingDay(date: Date): boolean {
  const weekday = getDay(date);
  return weekday !== 0 && weekday !== 6 && !swedishHolidays(date.getFullYear()).has(iso(date));
}

/** Last day of the three-week appeal period for a notice posted on `postedDate`. */
export function appealPeriodEnds(postedDate: string): string {
  let end = addDays(day(postedDate), 21);
  while (!isWorkingDay(end)) end = addDays(end, 1);
  return iso(end);
}

/** The day the notice may come down: the day after the appeal period has run out. */
export const takeDownDate = (postedDate: string): string => iso(addDays(day(appealPeriodEnds(postedDate)), 1));

/** Latest justering date: 14 days after the meeting. */
export const latestJustering = (meetingDate: string): string => iso(addDays(day(meetingDate), 14));

/** Latest posting date: the second day after justering. */
export const latestPosting = (justeringDate: string): string => iso(addDays(day(justeringDate), 2));

/** Swedish warnings about the dates of a protokoll, or none. */
export function deadlineWarnings(dates: {
  meetingDate: string;
  justeringDate?: string;
  postedDate?: string;
}): string[] {
  const warnings: string[] = [];
  const { meetingDate, justeringDate, postedDate } = dates;
  if (justeringDate) {
    const late = differenceInCalendarDays(day(justeringDate), day(meetingDate));
    if (late > 14) {
      warnings.push(
        `Justeringen ${justeringDate} är ${late} dagar efter sammanträdet; kommunallagen kräver justering inom 14 dagar (senast ${latestJustering(meetingDate)}).`,
      );
    }
    if (late < 0) warnings.push(`Justeringen ${justeringDate} är före sammanträdet ${meetingDate}.`);
  }
  if (postedDate && justeringDate) {
    const late = differenceInCalendarDays(day(postedDate), day(justeringDate));
    if (late > 2) {
      warnings.push(
        `Anslaget sätts upp ${postedDate}, ${late} dagar efter justeringen; det ska ske senast andra dagen efter justeringen (${latestPosting(justeringDate)}).`,
      );
    }
    if (late < 0) warnings.push(`Anslaget ${postedDate} sätts upp före justeringen ${justeringDate}.`);
  }
  return warnings;
}
