import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePackagePath, unsafePathReason } from '../../shared/package/filePath';
import { formatPath, itemNumberAt, pointerSegments, pointerToPath } from '../../shared/package/jsonPath';
import { KallelsePackage } from '../../shared/package/model';
import { semanticProblems } from '../../shared/package/semantic';

const sample = (name: string) =>
  KallelsePackage.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/samples', name, 'kallelse.json'), 'utf8')),
  );

describe('readable paths into kallelse.json', () => {
  it('turns JSON pointers into dotted paths with indices', () => {
    expect(pointerToPath('/meeting/sections/2/items/0/title')).toBe('meeting.sections[2].items[0].title');
    expect(pointerToPath('')).toBe('');
    expect(pointerSegments('/a~1b/c~0d/03')).toEqual(['a/b', 'c~d', '03']);
    expect(formatPath(['committee', 'memberships', 4])).toBe('committee.memberships[4]');
  });

  it('gives the running item number of a path inside an item', () => {
    const sections = [{ items: [1, 2, 3] }, { items: [] }, { items: [4, 5] }];
    expect(itemNumberAt(['meeting', 'sections', 2, 'items', 1, 'title'], sections)).toBe(5);
    expect(itemNumberAt(['meeting', 'date'], sections)).toBeNull();
  });
});

describe('package file paths', () => {
  it('refuses absolute paths, drive letters, .. and NUL, in either slash', () => {
    expect(unsafePathReason('bilagor/a.pdf')).toBeNull();
    expect(unsafePathReason('a..b.pdf')).toBeNull();
    expect(unsafePathReason('/etc/passwd')).toMatch(/absolut/);
    expect(unsafePathReason('\\\\server\\share\\a.pdf')).toMatch(/absolut/);
    expect(unsafePathReason('C:\\a.pdf')).toMatch(/enhetsbokstav/);
    expect(unsafePathReason('bilagor/../../x')).toMatch(/\.\./);
    expect(unsafePathReason('bilagor\\..\\x')).toMatch(/\.\./);
    expect(unsafePathReason('a\0b')).toMatch(/nolltecken/);
    expect(unsafePathReason('')).toMatch(/tom/);
  });

  it('normalises separators and dot segments', () => {
    expect(normalizePackagePath('./bilagor\\a.pdf')).toBe('bilagor/a.pdf');
    expect(normalizePackagePath('bilagor//./a.pdf')).toBe('bilagor/a.pdf');
  });
});

describe('semantic checks of a package', () => {
  it('finds nothing wrong in the samples', () => {
    expect(semanticProblems(sample('ana-2022-02-23'))).toEqual([]);
    expect(semanticProblems(sample('minimal'))).toEqual([]);
  });

  it('reports each problem with its path', () => {
    const pkg = sample('minimal');
    pkg.meeting.date = '2024-02-30';
    pkg.meeting.endTime = '13:00';
    pkg.meeting.sections[3]!.items[0]!.number = 9;
    pkg.meeting.presidiumMeeting!.paragraphTo = 5;
    const problems = semanticProblems(pkg).map((p) => p.path);
    expect(problems).toEqual([
      'meeting.date',
      'meeting.endTime',
      'meeting.presidiumMeeting.paragraphTo',
      'meeting.sections[3].items[0].number',
      'meeting.sections[2].items[0].documents[0].paragraph',
    ]);
  });
});
