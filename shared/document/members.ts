import type { KallelsePackage, MemberGroup, Membership, MembershipCategory } from '../package/model';

/**
 * The member lists printed after the agenda (kallelse-anatomy §1.3, §3.1; §8 p. 15–18).
 * The list is the meeting's frozen `invitees` when present, else the committee's memberships
 * valid on the meeting date, in their `order`.
 */

export const groupLabels: Record<MemberGroup, string> = { kallade: 'Kallade', for_kannedom: 'För kännedom' };

/** Exact labels as printed in the 2021 kallelse, colons included (`Regionråd` has none). */
export const categoryLabels: Record<MembershipCategory, string> = {
  ordinarie: 'Ordinarie ledamöter:',
  ersattare: 'Ersättare:',
  tjansteman: 'Tjänstemän:',
  personalrepresentant: 'Personalrepresentanter:',
  regionrad: 'Regionråd',
};

const categoryOrder: MembershipCategory[] = [
  'ordinarie',
  'ersattare',
  'tjansteman',
  'personalrepresentant',
  'regionrad',
];

const defaultGroup: Record<MembershipCategory, MemberGroup> = {
  ordinarie: 'kallade',
  tjansteman: 'kallade',
  personalrepresentant: 'kallade',
  ersattare: 'for_kannedom',
  regionrad: 'for_kannedom',
};

const presidiumSuffix = {
  ordforande: 'ordf.',
  forste_vice_ordforande: '1:e vice ordf.',
  andre_vice_ordforande: '2:e vice ordf.',
} as const;

const presidiumRank = { ordforande: 0, forste_vice_ordforande: 1, andre_vice_ordforande: 2 } as const;

/**
 * One printed line: `Per Eriksson (C) ordf.`, `Vakant (KD)`, `Jane Ydman, regiondirektör`,
 * `Irene Tengberg Herrstedt, SACO`.
 */
export function memberLine(m: Membership): string {
  const name = m.name?.trim();
  const vacant = m.vacant === true || !name;
  if (m.category === 'tjansteman' || m.category === 'personalrepresentant') {
    const who = vacant ? 'Vakant' : name;
    return m.title ? `${who}, ${m.title}` : who;
  }
  const party = m.party ? ` (${m.party})` : '';
  const base = `${vacant ? 'Vakant' : name}${party}`;
  return m.presidiumRole ? `${base} ${presidiumSuffix[m.presidiumRole]}` : base;
}

/** Memberships valid on the date (validFrom ≤ date ≤ validTo, both optional and inclusive). */
export function validOn(memberships: Membership[], date: string): Membership[] {
  return memberships.filter((m) => (!m.validFrom || m.validFrom <= date) && (!m.validTo || date <= m.validTo));
}

export interface MemberSubgroup {
  category: MembershipCategory;
  label: string;
  lines: string[];
}
export interface MemberGroupList {
  group: MemberGroup;
  label: string;
  subgroups: MemberSubgroup[];
}

/**
 * Groups in print order (Kallade, För kännedom), each with its non-empty categories. Within a
 * category the stored order is kept, except that the presidium leads the ordinary members
 * (ordf., 1:e vice, 2:e vice), as printed in every seed.
 */
export function memberLists(pkg: KallelsePackage): MemberGroupList[] {
  const guests = (pkg.meeting['x-guests'] ?? []).map((g, i) => ({ ...g, order: GUEST_ORDER + i }));
  return groupMemberLines(pkg.meeting.invitees ?? [...validOn(pkg.committee.memberships, pkg.meeting.date), ...guests]);
}

/** One-off guests of a meeting print after the register's seats of their category. */
export const GUEST_ORDER = 1_000_000;

/**
 * The printed lines of a member list, grouped as the kallelse prints them. The register's
 * live preview calls this too, so what the secretary sees is what prints.
 */
export function groupMemberLines(source: readonly Membership[]): MemberGroupList[] {
  const indexed = source.map((m, index) => ({ m, key: m.order ?? index, index }));
  indexed.sort((a, b) => a.key - b.key || a.index - b.index);
  const result: MemberGroupList[] = [];
  for (const group of ['kallade', 'for_kannedom'] as const) {
    const subgroups: MemberSubgroup[] = [];
    for (const category of categoryOrder) {
      let members = indexed
        .filter(({ m }) => m.category === category && (m.group ?? defaultGroup[m.category]) === group)
        .map(({ m }) => m);
      if (category === 'ordinarie') {
        const rank = (m: Membership) => (m.presidiumRole ? presidiumRank[m.presidiumRole] : 3);
        members = members
          .map((m, i) => ({ m, i }))
          .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
          .map(({ m }) => m);
      }
      if (members.length > 0)
        subgroups.push({ category, label: categoryLabels[category], lines: members.map(memberLine) });
    }
    if (subgroups.length > 0) result.push({ group, label: groupLabels[group], subgroups });
  }
  return result;
}
