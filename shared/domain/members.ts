import type { MemberGroup, Membership, MembershipCategory } from '../package/model';

/**
 * The member list of a meeting. Until it is frozen (when the kallelse is sent) it is derived
 * from the committee's register: the memberships valid on the meeting date, in `order`.
 * Both ends of a validity period are inclusive: a seat with validTo 2022-02-23 is still
 * printed on a kallelse for 2022-02-23.
 */

/** Default group when a membership does not state one (format: kallade unless ersättare/regionråd). */
export function defaultGroup(category: MembershipCategory): MemberGroup {
  return category === 'ersattare' || category === 'regionrad' ? 'for_kannedom' : 'kallade';
}

/** True when the membership is valid on the ISO date (string comparison is date order for ISO dates). */
export function isValidOn(membership: Pick<Membership, 'validFrom' | 'validTo'>, date: string): boolean {
  if (membership.validFrom !== undefined && membership.validFrom > date) return false;
  if (membership.validTo !== undefined && membership.validTo < date) return false;
  return true;
}

/**
 * The memberships valid on `date`, stably sorted by `order` (missing order sorts last, in
 * register order), each with its effective group.
 */
export function deriveMemberList<M extends Membership>(
  memberships: readonly M[],
  date: string,
): (M & { group: MemberGroup })[] {
  return memberships
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => isValidOn(m, date))
    .sort(
      (a, b) => (a.m.order ?? Number.MAX_SAFE_INTEGER) - (b.m.order ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    )
    .map(({ m }) => ({ ...m, group: m.group ?? defaultGroup(m.category) }));
}
