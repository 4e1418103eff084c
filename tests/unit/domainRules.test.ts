import { describe, expect, it } from 'vitest';
import { dateProblem, daysInMonth, isRealDate, timeToMinutes } from '../../shared/domain/dates';
import { isSent } from '../../shared/domain/meetingStatus';
import { defaultGroup, deriveMemberList, isValidOn } from '../../shared/domain/members';
import { insertPosition, itemNumbers, numberMismatches, planMove } from '../../shared/domain/numbering';
import type { Membership } from '../../shared/package/model';

describe('calendar dates and times', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2022, 4)).toBe(30);
    expect(daysInMonth(2022, 12)).toBe(31);
  });

  it('refuses dates that do not exist, saying why', () => {
    expect(isRealDate('2022-02-23')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(dateProblem('2022-02-30')).toBe('2022-02-30 finns inte (februari 2022 har 28 dagar)');
    expect(dateProblem('2023-02-29')).toBe('2023-02-29 finns inte (februari 2023 har 28 dagar)');
    expect(dateProblem('2022-13-01')).toBe('2022-13-01 finns inte (månaden 13 finns inte)');
    expect(dateProblem('2022-04-00')).toMatch(/april 2022 har 30 dagar/);
    expect(dateProblem('0022-01-01')).toMatch(
      /ligger utanför det Kallelse tar emot: ange ett datum mellan 1900-01-01 och 2200-12-31/,
    );
    expect(dateProblem('2022-2-3')).toMatch(/ÅÅÅÅ-MM-DD/);
  });

  it('converts valid times to minutes and invalid ones to NaN', () => {
    expect(timeToMinutes('09:00')).toBe(540);
    expect(timeToMinutes('23:59')).toBe(1439);
    expect(timeToMinutes('24:00')).toBeNaN();
    expect(timeToMinutes('9:00')).toBeNaN();
  });
});

describe('agenda numbering', () => {
  it('numbers items 1..N across sections, never restarting', () => {
    expect(itemNumbers([{ items: ['a', 'b'] }, { items: [] }, { items: ['c'] }, { items: ['d', 'e'] }])).toEqual([
      [1, 2],
      [],
      [3],
      [4, 5],
    ]);
  });

  it('finds stated numbers that differ from the position', () => {
    const sections = [{ items: [{ number: 1 }, {}] }, { items: [{ number: 3 }, { number: 5 }] }];
    expect(numberMismatches(sections)).toEqual([{ sectionIndex: 1, itemIndex: 1, expected: 4, given: 5 }]);
  });

  it('plans moves within and across sections, clamping the position', () => {
    const order = [
      { sectionId: 's1', itemIds: ['a', 'b', 'c'] },
      { sectionId: 's2', itemIds: ['d'] },
    ];
    expect(planMove(order, 'a', 's1', 2)).toEqual([
      { sectionId: 's1', itemIds: ['b', 'c', 'a'] },
      { sectionId: 's2', itemIds: ['d'] },
    ]);
    expect(planMove(order, 'b', 's2', 0)).toEqual([
      { sectionId: 's1', itemIds: ['a', 'c'] },
      { sectionId: 's2', itemIds: ['b', 'd'] },
    ]);
    expect(planMove(order, 'c', 's2', 99)[1]).toEqual({ sectionId: 's2', itemIds: ['d', 'c'] });
    // The input is not changed.
    expect(order[0]!.itemIds).toEqual(['a', 'b', 'c']);
    expect(() => planMove(order, 'x', 's1', 0)).toThrow();
    expect(() => planMove(order, 'a', 's9', 0)).toThrow();
  });

  it('clamps insert positions', () => {
    expect(insertPosition(undefined, 3)).toBe(3);
    expect(insertPosition(1, 3)).toBe(1);
    expect(insertPosition(7, 3)).toBe(3);
    expect(insertPosition(-2, 3)).toBe(0);
  });
});

describe('member list of a meeting', () => {
  const m = (name: string, extra: Partial<Membership> = {}): Membership => ({ name, category: 'ordinarie', ...extra });

  it('defaults the group by category as the format says', () => {
    expect(defaultGroup('ordinarie')).toBe('kallade');
    expect(defaultGroup('tjansteman')).toBe('kallade');
    expect(defaultGroup('personalrepresentant')).toBe('kallade');
    expect(defaultGroup('ersattare')).toBe('for_kannedom');
    expect(defaultGroup('regionrad')).toBe('for_kannedom');
  });

  it('treats both ends of a validity period as inclusive', () => {
    const seat = { validFrom: '2022-01-01', validTo: '2022-02-23' };
    expect(isValidOn(seat, '2022-02-23')).toBe(true);
    expect(isValidOn(seat, '2022-01-01')).toBe(true);
    expect(isValidOn(seat, '2022-02-24')).toBe(false);
    expect(isValidOn(seat, '2021-12-31')).toBe(false);
    expect(isValidOn({}, '1999-01-01')).toBe(true);
  });

  it('derives the list on the meeting date: 2021 → 2022 change of the L seat', () => {
    const register = [
      m('Mari Lindahl', { party: 'L', validTo: '2021-12-31', order: 9 }),
      m('Mari Hultin', { party: 'L', validFrom: '2022-01-01', order: 9 }),
      m('Per Eriksson', { party: 'C', presidiumRole: 'ordforande', order: 0 }),
      m('Maria Frisk', { category: 'regionrad', party: 'KD' }),
    ];
    expect(deriveMemberList(register, '2021-02-24').map((x) => x.name)).toEqual([
      'Per Eriksson',
      'Mari Lindahl',
      'Maria Frisk',
    ]);
    const list2022 = deriveMemberList(register, '2022-02-23');
    expect(list2022.map((x) => [x.name, x.group])).toEqual([
      ['Per Eriksson', 'kallade'],
      ['Mari Hultin', 'kallade'],
      ['Maria Frisk', 'for_kannedom'],
    ]);
  });

  it('says when a status means the kallelse has been sent', () => {
    expect(isSent('utkast')).toBe(false);
    expect(isSent('faststalld')).toBe(false);
    expect(isSent('utskickad')).toBe(true);
    expect(isSent('justerad')).toBe(true);
  });
});
