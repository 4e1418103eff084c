import { describe, expect, it } from 'vitest';
import type { Protokoll } from '../../../shared/protokoll/model';
import { insertParagraph, removeParagraph } from '../../../shared/protokoll/paragraphs';

const protokoll = (numbers: number[], changes: Protokoll['attendanceChanges'] = []): Protokoll => ({
  startTime: '13:00',
  attendees: [],
  justerare: [],
  paragraphs: numbers.map((number) => ({ number, title: `Ärende ${number}`, beslut: `Beslut ${number}` })),
  ...(changes.length > 0 ? { attendanceChanges: changes } : {}),
});

describe('adding and removing paragrafer', () => {
  it('a new § in the middle takes the next number and the later ones move down; närvaro changes follow them', () => {
    const p = insertParagraph(protokoll([17, 18, 19], [{ from: 18, name: 'Bo', present: false }]), 1, 'Ny paragraf');
    expect(p.paragraphs.map((x) => [x.number, x.title])).toEqual([
      [17, 'Ärende 17'],
      [18, 'Ny paragraf'],
      [19, 'Ärende 18'],
      [20, 'Ärende 19'],
    ]);
    expect(p.paragraphs[1]!.beslut).toBe('');
    // Bo left before what was § 18 (now § 19): the new § 18 comes before that.
    expect(p.attendanceChanges).toEqual([{ from: 19, name: 'Bo', present: false }]);
  });

  it('first, last, and into an empty protokoll', () => {
    expect(insertParagraph(protokoll([5, 6]), 0, 'A').paragraphs.map((x) => `${x.number} ${x.title}`)).toEqual([
      '5 A',
      '6 Ärende 5',
      '7 Ärende 6',
    ]);
    expect(insertParagraph(protokoll([5, 6]), 2, 'B').paragraphs.at(-1)).toEqual({ number: 7, title: 'B', beslut: '' });
    expect(insertParagraph(protokoll([]), 0, 'C').paragraphs).toEqual([{ number: 1, title: 'C', beslut: '' }]);
  });

  it('removing a § closes the gap; a change from it applies from the § that takes its number; one past the end goes', () => {
    const p = removeParagraph(
      protokoll(
        [1, 2, 3, 4],
        [
          { from: 2, name: 'A', present: false },
          { from: 3, name: 'B', present: true },
          { from: 4, name: 'C', present: false },
        ],
      ),
      1,
    );
    expect(p.paragraphs.map((x) => `${x.number} ${x.title}`)).toEqual(['1 Ärende 1', '2 Ärende 3', '3 Ärende 4']);
    expect(p.attendanceChanges).toEqual([
      { from: 2, name: 'A', present: false },
      { from: 2, name: 'B', present: true },
      { from: 3, name: 'C', present: false },
    ]);
    const last = removeParagraph(protokoll([1, 2], [{ from: 2, name: 'A', present: false }]), 1);
    expect(last.paragraphs).toHaveLength(1);
    expect(last.attendanceChanges).toBeUndefined();
    expect(removeParagraph(protokoll([1]), 5).paragraphs).toHaveLength(1);
  });
});
