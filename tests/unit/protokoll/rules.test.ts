import { describe, expect, it } from 'vitest';
import { attendanceAt, attendanceNotes } from '../../../shared/protokoll/attendance';
import {
  appealPeriodEnds,
  deadlineWarnings,
  latestJustering,
  swedishHolidays,
  takeDownDate,
} from '../../../shared/protokoll/deadlines';
import type { Attendee, Protokoll } from '../../../shared/protokoll/model';
import { firstParagraphNumber, formatParagraphs } from '../../../shared/protokoll/numbering';

const led = (name: string, party: string, present = true): Attendee => ({
  name,
  party,
  category: 'ordinarie',
  present,
});
const ers = (name: string, party: string, present = true): Attendee => ({
  name,
  party,
  category: 'ersattare',
  present,
});

const base = (attendees: Attendee[], changes: Protokoll['attendanceChanges'] = []) => ({
  attendees,
  attendanceChanges: changes,
});

describe('§ numbering', () => {
  const earlier = [
    { meetingDate: '2026-02-11', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { meetingDate: '2026-03-18', numbers: [11, 12, 13, 14, 15, 16] },
    { meetingDate: '2025-12-10', numbers: [120, 121, 122] },
  ];
  it('continues the nämnd’s series from the last protokoll of the year', () => {
    expect(firstParagraphNumber('2026-04-22', earlier)).toBe(17);
    expect(firstParagraphNumber('2026-03-18', earlier.slice(0, 1))).toBe(11);
  });
  it('starts again at 1 in a new calendar year', () => {
    expect(firstParagraphNumber('2026-01-20', earlier)).toBe(1);
    expect(firstParagraphNumber('2027-01-13', earlier)).toBe(1);
    expect(firstParagraphNumber('2025-12-17', earlier)).toBe(123);
  });
  it('with a series per meeting, starts at 1', () => {
    expect(firstParagraphNumber('2026-04-22', earlier, 'meeting')).toBe(1);
  });
  it('prints ranges with an en dash', () => {
    expect(formatParagraphs([17, 18, 19, 20])).toBe('§§ 17–20');
    expect(formatParagraphs([23])).toBe('§ 23');
    expect(formatParagraphs([23, 25, 24])).toBe('§§ 23–25');
    expect(formatParagraphs([18, 23, 31])).toBe('§§ 18, 23, 31');
  });
});

describe('närvaro: ersättare, jäv and changes during the meeting', () => {
  const attendees = [
    led('Anna Berg', 'S'),
    led('Bo Ek', 'S', false),
    led('Cecilia Falk', 'M', false),
    led('David Gran', 'C'),
    ers('Eva Holm', 'S'),
    ers('Fredrik Ivarsson', 'S'),
    ers('Greta Jonsson', 'M', false),
    ers('Hans Karlsson', 'KD'),
  ];

  it('an ersättare of the same party serves for an absent ledamot, one ledamot at a time', () => {
    const a = attendanceAt(base(attendees), 1);
    expect(a.beslutande.map((b) => [b.name, b.servingFor])).toEqual([
      ['Anna Berg', undefined],
      ['Eva Holm', 'Bo Ek'],
      ['David Gran', undefined],
    ]);
    expect(a.emptySeats.map((s) => s.name)).toEqual(['Cecilia Falk']);
    expect(a.ejTjanstgorande.map((e) => e.name)).toEqual(['Fredrik Ivarsson', 'Hans Karlsson']);
    expect(a.franvarande.map((f) => f.name)).toEqual(['Bo Ek', 'Cecilia Falk', 'Greta Jonsson']);
  });

  it('follows the party order the nämnd has configured when the own party has no ersättare', () => {
    const a = attendanceAt(base(attendees), 1, [], { M: ['M', 'KD', 'C'] });
    expect(a.beslutande.find((b) => b.servingFor === 'Cecilia Falk')?.name).toBe('Hans Karlsson');
    expect(a.emptySeats).toEqual([]);
  });

  it('never lets one ersättare serve for two ledamöter', () => {
    const two = [led('A', 'S', false), led('B', 'S', false), ers('E', 'S')];
    const a = attendanceAt(base(two), 1);
    expect(a.beslutande).toEqual([{ name: 'E', party: 'S', servingFor: 'A' }]);
    expect(a.emptySeats.map((s) => s.name)).toEqual(['B']);
  });

  it('a ledamot with jäv does not take part in that paragraf; an ersättare serves instead', () => {
    const a = attendanceAt(base(attendees), 5, ['Anna Berg']);
    expect(a.jav.map((j) => j.name)).toEqual(['Anna Berg']);
    expect(a.beslutande.map((b) => b.name)).not.toContain('Anna Berg');
    expect(a.beslutande.filter((b) => b.servingFor).map((b) => [b.name, b.servingFor])).toEqual([
      ['Fredrik Ivarsson', 'Anna Berg'],
      ['Eva Holm', 'Bo Ek'], // keeps the seat she has served in since the start
    ]);
    // The next paragraf without jäv: back as before.
    expect(attendanceAt(base(attendees), 6).beslutande.map((b) => b.name)).toContain('Anna Berg');
  });

  it('närvaro changes from a given paragraf on', () => {
    const p = base(attendees, [
      { from: 20, name: 'Bo Ek', present: true },
      { from: 22, name: 'David Gran', present: false },
    ]);
    expect(attendanceAt(p, 19).beslutande.map((b) => b.name)).toEqual(['Anna Berg', 'Eva Holm', 'David Gran']);
    expect(attendanceAt(p, 20).beslutande.map((b) => b.name)).toEqual(['Anna Berg', 'Bo Ek', 'David Gran']);
    expect(attendanceAt(p, 22).beslutande.map((b) => b.name)).toEqual(['Anna Berg', 'Bo Ek']);
    const notes = attendanceNotes(
      { ...p, paragraphs: [19, 20, 21, 22].map((number) => ({ number, title: `Ärende ${number}`, beslut: '' })) },
      {},
    );
    expect(notes).toEqual([
      'Från § 20 deltar Bo Ek.',
      'Från § 20 deltar Eva Holm inte.',
      'Från § 22 deltar David Gran inte.',
    ]);
  });
});

describe('justering and anslag dates', () => {
  it('knows the Swedish holidays that move a period’s end', () => {
    const h2026 = swedishHolidays(2026);
    expect(h2026.has('2026-04-03')).toBe(true); // långfredagen
    expect(h2026.has('2026-04-06')).toBe(true); // annandag påsk
    expect(h2026.has('2026-05-14')).toBe(true); // Kristi himmelsfärd
    expect(h2026.has('2026-06-19')).toBe(true); // midsommarafton
    expect(h2026.has('2026-10-31')).toBe(true); // alla helgons dag
    expect(h2026.has('2026-04-07')).toBe(false);
  });

  it('the notice stays up three weeks, to the next working day, and comes down the day after', () => {
    // Posted Tuesday 2022-03-01: period ends Tuesday 2022-03-22, down 2022-03-23.
    expect(appealPeriodEnds('2022-03-01')).toBe('2022-03-22');
    expect(takeDownDate('2022-03-01')).toBe('2022-03-23');
    // Posted Saturday 2026-03-14: three weeks later is a Saturday → Monday 2026-04-06 is annandag påsk? No:
    // 2026-04-04 is Saturday, 04-05 Easter Sunday, 04-06 annandag påsk → Tuesday 2026-04-07.
    expect(appealPeriodEnds('2026-03-14')).toBe('2026-04-07');
    expect(takeDownDate('2026-03-14')).toBe('2026-04-08');
  });

  it('warns when justering is later than 14 days or posting later than two days after it', () => {
    expect(latestJustering('2022-02-23')).toBe('2022-03-09');
    expect(
      deadlineWarnings({ meetingDate: '2022-02-23', justeringDate: '2022-03-09', postedDate: '2022-03-11' }),
    ).toEqual([]);
    const late = deadlineWarnings({ meetingDate: '2022-02-23', justeringDate: '2022-03-10', postedDate: '2022-03-14' });
    expect(late).toHaveLength(2);
    expect(late[0]).toMatch(/15 dagar efter sammanträdet.*inom 14 dagar \(senast 2022-03-09\)/);
    expect(late[1]).toMatch(/4 dagar efter justeringen.*senast andra dagen efter justeringen \(2022-03-12\)/);
  });
});
