import { describe, expect, it } from 'vitest';
import { memberLine, memberLists } from '../../../shared/document/members';
import { KallelsePackage } from '../../../shared/package/model';
import { readSample } from '../../helpers/poppler';

const ana = () => KallelsePackage.parse(readSample('ana-2022-02-23'));

describe('member lists', () => {
  it('prints each kind of line exactly', () => {
    expect(memberLine({ name: 'Per Eriksson', category: 'ordinarie', party: 'C', presidiumRole: 'ordforande' })).toBe(
      'Per Eriksson (C) ordf.',
    );
    expect(
      memberLine({
        name: 'Monica Samuelsson',
        category: 'ordinarie',
        party: 'KD',
        presidiumRole: 'forste_vice_ordforande',
      }),
    ).toBe('Monica Samuelsson (KD) 1:e vice ordf.');
    expect(
      memberLine({ name: 'Dan Sylvebo', category: 'ordinarie', party: '-', presidiumRole: 'andre_vice_ordforande' }),
    ).toBe('Dan Sylvebo (-) 2:e vice ordf.');
    expect(memberLine({ vacant: true, category: 'ersattare', party: 'KD' })).toBe('Vakant (KD)');
    expect(memberLine({ name: '', category: 'ordinarie', party: 'S' })).toBe('Vakant (S)');
    expect(memberLine({ name: 'Jane Ydman', category: 'tjansteman', title: 'regiondirektör' })).toBe(
      'Jane Ydman, regiondirektör',
    );
    expect(memberLine({ name: 'Irene Tengberg Herrstedt', category: 'personalrepresentant', title: 'SACO' })).toBe(
      'Irene Tengberg Herrstedt, SACO',
    );
  });

  it('groups the ANA register into Kallade and För kännedom with the exact labels', () => {
    const lists = memberLists(ana());
    expect(lists.map((g) => g.label)).toEqual(['Kallade', 'För kännedom']);
    expect(lists[0]!.subgroups.map((s) => s.label)).toEqual([
      'Ordinarie ledamöter:',
      'Tjänstemän:',
      'Personalrepresentanter:',
    ]);
    expect(lists[1]!.subgroups.map((s) => s.label)).toEqual(['Ersättare:', 'Regionråd']);
    expect(lists[0]!.subgroups[0]!.lines.slice(0, 3)).toEqual([
      'Per Eriksson (C) ordf.',
      'Monica Samuelsson (KD) 1:e vice ordf.',
      'Dan Sylvebo (-) 2:e vice ordf.',
    ]);
    expect(lists[0]!.subgroups[0]!.lines).toHaveLength(15);
    expect(lists[1]!.subgroups[1]!.lines).toContain('Per Eriksson (C)');
  });

  it('leaves out memberships not valid on the meeting date and puts the presidium first', () => {
    const pkg = ana();
    pkg.committee.memberships = [
      { name: 'Ledamot Ett', category: 'ordinarie', party: 'S', order: 0 },
      { name: 'Ordförande Två', category: 'ordinarie', party: 'M', presidiumRole: 'ordforande', order: 1 },
      { name: 'Avgången', category: 'ordinarie', party: 'L', order: 2, validTo: '2021-12-31' },
      { name: 'Tillträder senare', category: 'ordinarie', party: 'V', order: 3, validFrom: '2022-03-01' },
      { name: 'Tillträdde i dag', category: 'ordinarie', party: 'C', order: 4, validFrom: '2022-02-23' },
    ];
    const lines = memberLists(pkg)[0]!.subgroups[0]!.lines;
    expect(lines).toEqual(['Ordförande Två (M) ordf.', 'Ledamot Ett (S)', 'Tillträdde i dag (C)']);
  });

  it('prints the frozen invitees instead of the register when the meeting has them', () => {
    const pkg = ana();
    pkg.meeting.invitees = [{ vacant: true, category: 'ersattare', party: 'KD' }];
    const lists = memberLists(pkg);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.subgroups[0]!.lines).toEqual(['Vakant (KD)']);
  });
});
