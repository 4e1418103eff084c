import type { PresidiumRole } from '../package/model';
import { roleLabels } from './vocabulary';

/**
 * Rules of the register that hold wherever seats are written (the form, a pasted sheet, the
 * command line): at most one holder of each presidium role on any date.
 */

export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

/** Both ends inclusive; an open end reaches forever. ISO dates compare as strings. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const startsBeforeBEnds = a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo;
  const bStartsBeforeAEnds = b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo;
  return startsBeforeBEnds && bStartsBeforeAEnds;
}

export function periodText(p: Period): string {
  if (p.validFrom === null && p.validTo === null) return 'utan tidsgräns';
  return `${p.validFrom ?? '…'} – ${p.validTo ?? '…'}`;
}

export interface RoleHolder extends Period {
  id?: string;
  name: string | null;
  presidiumRole: PresidiumRole | null;
}

/** The first other holder of the same role whose period overlaps the candidate's, if any. */
export function roleConflict<H extends RoleHolder>(candidate: RoleHolder, holders: readonly H[]): H | undefined {
  if (candidate.presidiumRole === null) return undefined;
  return holders.find(
    (h) =>
      h.presidiumRole === candidate.presidiumRole &&
      (candidate.id === undefined || h.id !== candidate.id) &&
      periodsOverlap(candidate, h),
  );
}

/** `1:e vice ordf. innehas redan av Monica Samuelsson (2023-01-01 – …).` */
export function roleConflictMessage(holder: RoleHolder): string {
  const role = holder.presidiumRole ? roleLabels[holder.presidiumRole] : '';
  const who = holder.name ?? 'en vakant plats';
  return `Rollen ${role} innehas redan av ${who} (${periodText(holder)}). Avsluta den platsen först eller välj en annan roll.`;
}
