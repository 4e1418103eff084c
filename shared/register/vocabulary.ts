import type { MemberGroup, MembershipCategory, PresidiumRole } from '../package/model';

/**
 * The register's words: how categories and presidium roles are written by people (in a
 * spreadsheet, in the UI) and how they map to the package's values. Printed labels of the
 * kallelse stay in shared/document/members.ts.
 */

export const categoryOrder: readonly MembershipCategory[] = [
  'ordinarie',
  'ersattare',
  'tjansteman',
  'personalrepresentant',
  'regionrad',
];

/** Headings of the register, in the plural as the kallelse groups them (without its colons). */
export const categoryHeadings: Record<MembershipCategory, string> = {
  ordinarie: 'Ordinarie ledamöter',
  ersattare: 'Ersättare',
  tjansteman: 'Tjänstemän',
  personalrepresentant: 'Personalrepresentanter',
  regionrad: 'Regionråd',
};

/** One seat of each category, in the singular (forms, import examples). */
export const categorySingular: Record<MembershipCategory, string> = {
  ordinarie: 'Ordinarie ledamot',
  ersattare: 'Ersättare',
  tjansteman: 'Tjänsteman',
  personalrepresentant: 'Personalrepresentant',
  regionrad: 'Regionråd',
};

export const groupHeadings: Record<MemberGroup, string> = { kallade: 'Kallade', for_kannedom: 'För kännedom' };

/** As printed after the name: `Per Eriksson (C) ordf.`. */
export const roleLabels: Record<PresidiumRole, string> = {
  ordforande: 'ordf.',
  forste_vice_ordforande: '1:e vice ordf.',
  andre_vice_ordforande: '2:e vice ordf.',
};

const norm = (s: string) => s.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').replace(/:$/, '');

const categoryWords: Record<string, MembershipCategory> = {
  'ordinarie ledamot': 'ordinarie',
  'ordinarie ledamöter': 'ordinarie',
  ordinarie: 'ordinarie',
  ledamot: 'ordinarie',
  ledamöter: 'ordinarie',
  ersättare: 'ersattare',
  tjänsteman: 'tjansteman',
  tjänstemän: 'tjansteman',
  tjänsteperson: 'tjansteman',
  tjänstepersoner: 'tjansteman',
  personalrepresentant: 'personalrepresentant',
  personalrepresentanter: 'personalrepresentant',
  regionråd: 'regionrad',
};

/** A category as a person writes it (singular or plural, any case), or null. */
export function parseCategory(text: string): MembershipCategory | null {
  return categoryWords[norm(text)] ?? null;
}

const roleWords: Record<string, PresidiumRole> = {
  'ordf.': 'ordforande',
  ordf: 'ordforande',
  ordförande: 'ordforande',
  '1:e vice ordf.': 'forste_vice_ordforande',
  '1:e vice ordf': 'forste_vice_ordforande',
  '1:e vice ordförande': 'forste_vice_ordforande',
  'förste vice ordförande': 'forste_vice_ordforande',
  '2:e vice ordf.': 'andre_vice_ordforande',
  '2:e vice ordf': 'andre_vice_ordforande',
  '2:e vice ordförande': 'andre_vice_ordforande',
  'andre vice ordförande': 'andre_vice_ordforande',
};

/** A presidium role as written (`ordf.`, `1:e vice ordf.` …), null for empty, undefined when unknown. */
export function parseRole(text: string): PresidiumRole | null | undefined {
  const n = norm(text);
  if (n === '') return null;
  return roleWords[n];
}
