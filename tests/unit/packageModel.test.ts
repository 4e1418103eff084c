import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KallelsePackage } from '../../shared/package/model';

const samples = path.resolve(import.meta.dirname, '../../../shared/samples');
const read = (name: string) => JSON.parse(readFileSync(path.join(samples, name, 'kallelse.json'), 'utf8'));

describe('kallelse-package model', () => {
  it('parses both samples', () => {
    const ana = KallelsePackage.parse(read('ana-2022-02-23'));
    expect(ana.meeting.sections.flatMap((s) => s.items)).toHaveLength(19);
    expect(ana.committee.memberships).toHaveLength(49);
    const minimal = KallelsePackage.parse(read('minimal'));
    expect(minimal.meeting.sections.flatMap((s) => s.items)).toHaveLength(6);
  });

  it('refuses an impossible time and a missing meeting place', () => {
    const pkg = read('minimal');
    pkg.meeting.startTime = '25:00';
    expect(KallelsePackage.safeParse(pkg).success).toBe(false);
    const pkg2 = read('minimal');
    delete pkg2.meeting.place;
    expect(KallelsePackage.safeParse(pkg2).success).toBe(false);
  });
});
