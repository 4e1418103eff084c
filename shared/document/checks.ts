import type { KallelsePackage, PackageDocument } from '../package/model';
import { normaliseDnr } from './format';
import { type PackagePlan, planPackage } from './packagePlan';

/**
 * Checks before export (kallelse-anatomy §8 p. 32). They produce Swedish warnings; the export
 * still happens. What they catch:
 * - an agenda item without title;
 * - an item's dnr differing from a document's dnr (compared without white space, case and the
 *   organisation prefix, so `RJL 2022/258` = `2022/258`);
 * - a tjänsteskrivelse or missiv without signatory;
 * - a Beslutsunderlag line (of a protokollsutdrag, tjänsteskrivelse or missiv) that names no
 *   document attached to the item — see `matchesAttachment` for what counts as naming.
 */
export function checkPackage(pkg: KallelsePackage, plan: PackagePlan = planPackage(pkg)): string[] {
  return checkPackageDetailed(pkg, plan).map((w) => w.message);
}

/** A warning with where to fix it: the item (1..N), the document within it (0-based) and the field. */
export interface CheckWarning {
  message: string;
  itemNumber: number;
  documentIndex: number | null;
  field: 'title' | 'dnr' | 'signatories' | 'beslutsunderlag' | null;
}

/** The same checks as `checkPackage`, each pointing at its item, document and field (the app links them). */
export function checkPackageDetailed(pkg: KallelsePackage, plan: PackagePlan = planPackage(pkg)): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  let at: Omit<CheckWarning, 'message'> = { itemNumber: 0, documentIndex: null, field: null };
  const push = (message: string, field: CheckWarning['field'], documentIndex: number | null = null) => {
    at = { ...at, documentIndex, field };
    warnings.push({ message, ...at });
  };
  const prefix = pkg.organisation.dnrPrefix;
  for (const item of plan.items) {
    const label = `Ärende ${item.number}`;
    at = { itemNumber: item.number, documentIndex: null, field: null };
    if (!item.title.trim()) push(`${label} saknar rubrik. Skriv en rubrik i dagordningen.`, 'title');
    if (item.item.number !== undefined && item.item.number !== item.number) {
      push(
        `${label} har numret ${item.item.number} i paketet men står som nummer ${item.number} i dagordningen; numret följer ordningen.`,
        null,
      );
    }
    const docs = item.documents.map((d) => d.document);
    docs.forEach((doc, di) => {
      const docDnr = 'dnr' in doc ? doc.dnr : undefined;
      if (item.dnr && docDnr && normaliseDnr(item.dnr, prefix) !== normaliseDnr(docDnr, prefix)) {
        push(
          `${label}: diarienumret ${docDnr} i ${describe(doc)} skiljer sig från ärendets ${item.dnr}. Kontrollera diarienumren.`,
          'dnr',
          di,
        );
      }
      if ((doc.type === 'tjansteskrivelse' || doc.type === 'missiv') && !doc.signatories?.some((s) => s.name.trim())) {
        push(`${label}: ${describe(doc)} saknar undertecknare. Lägg till namn och titel.`, 'signatories', di);
      }
      const underlag = 'beslutsunderlag' in doc ? (doc.beslutsunderlag ?? []) : [];
      for (const line of underlag) {
        if (!matchesAttachment(line, docs)) {
          push(
            `${label}: beslutsunderlaget ”${line}” i ${describe(doc)} finns inte bland ärendets bifogade handlingar. Bifoga handlingen eller ändra beslutsunderlaget.`,
            'beslutsunderlag',
            di,
          );
        }
      }
    });
  }
  return warnings;
}

function describe(doc: PackageDocument): string {
  switch (doc.type) {
    case 'protokollsutdrag':
      return `protokollsutdraget § ${doc.paragraph}`;
    case 'tjansteskrivelse':
      return `tjänsteskrivelsen ”${doc.title}”`;
    case 'missiv':
      return `missivet ”${doc.title}”`;
    case 'informationshandlingar':
      return 'sammanställningen av informationshandlingar';
    case 'delegationsbeslut':
      return 'sammanställningen av delegationsbeslut';
    case 'pdf':
      return `bilagan ”${doc.title}”`;
  }
}

const stopWords = new Set([
  'och',
  'av',
  'om',
  'för',
  'till',
  'från',
  'i',
  'med',
  'på',
  'den',
  'det',
  'en',
  'ett',
  'daterad',
  'daterat',
  'bilaga',
  'the',
  'of',
]);

/** Lower-case words of 2+ letters or digits, without stop words and dates. */
export function contentWords(text: string): string[] {
  const withoutDates = text.toLocaleLowerCase('sv-SE').replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  return (withoutDates.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !stopWords.has(w));
}

/** Two words are the same term if equal, inflections of one stem, or one is a compound ending in the other. */
function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.endsWith(short)) return true; // projektmedelsansökan ~ ansökan
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 6 && common >= 0.7 * short.length; // sammanfattande ~ sammanfattning
}

/**
 * Whether a Beslutsunderlag line names one of the item's documents:
 * - `Tjänsteskrivelse …`, `Missiv …`, `Missiv/Tjänsteskrivelse …` name the item's own
 *   tjänsteskrivelse or missiv; `Protokollsutdrag …` its extract;
 * - any other line names an imported PDF when more than half of its content words
 *   (stop words and dates left out) occur in the document's title or bilaga label, words
 *   compared by stem and compound ending (`Projektmedelsansökan` ~ `Ansökan om stöd …`).
 * It catches a line whose document is missing altogether, or where another document was
 * attached instead (`Verksamhetsberättelse 2020 Utbildning och kultur` when the attached one is
 * `Verksamhetsberättelse 2020 Länstrafiken`: 2 of 4 words, not more than half).
 */
export function matchesAttachment(line: string, docs: PackageDocument[]): boolean {
  const lower = line.trim().toLocaleLowerCase('sv-SE');
  if (/^(missiv|tjänsteskrivelse)/.test(lower))
    return docs.some((d) => d.type === 'tjansteskrivelse' || d.type === 'missiv');
  if (/^protokollsutdrag/.test(lower)) return docs.some((d) => d.type === 'protokollsutdrag');
  const words = contentWords(line);
  if (words.length === 0) return true;
  return docs.some((doc) => {
    if (doc.type !== 'pdf') return false;
    const titleWords = contentWords(`${doc.title} ${doc.bilaga ?? ''}`);
    const hits = words.filter((w) => titleWords.some((t) => sameTerm(w, t))).length;
    return hits / words.length > 0.5;
  });
}
