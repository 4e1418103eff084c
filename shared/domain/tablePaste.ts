import type { Delegationsbeslut, Informationshandlingar } from '../package/model';
import { informationCategories } from '../package/model';
import { splitSheet } from '../register/sheet';
import { dateProblem } from './dates';

/**
 * Rows pasted from a spreadsheet (Excel, LibreOffice, Google Sheets copy cells as
 * tab-separated text) into the compilation tables, split by the register's parser. Tabs, or
 * semicolons (a Swedish CSV) when there is no tab; never commas, which titles are full of.
 */
export function splitPastedTable(text: string): string[][] {
  const { lines } = splitSheet(text, !text.includes('\t') && text.includes(';') ? ';' : '\t');
  return lines.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

export type PasteResult<T> = { ok: true; rows: T[] } | { ok: false; problem: string };

const categoryOf = (text: string) =>
  informationCategories.find((c) => c.toLocaleLowerCase('sv') === text.trim().toLocaleLowerCase('sv'));

/**
 * Informationshandlingar: `kategori ⇥ text` or `kategori ⇥ referens ⇥ text` per row; a row with
 * only a category (as the printed compilation lays it out) sets the category of the rows under
 * it, which then hold `text` or `referens ⇥ text`. A header row (Ärendetyp …) is skipped.
 */
export function parseInformationRows(text: string): PasteResult<Informationshandlingar['entries'][number]> {
  const out: Informationshandlingar['entries'][number][] = [];
  let current: (typeof informationCategories)[number] | undefined;
  const rows = splitPastedTable(text);
  for (const [n, cells] of rows.entries()) {
    const filled = cells.filter((c) => c !== '');
    if (n === 0 && /^ärendetyp$/i.test(filled[0] ?? '')) continue;
    const category = categoryOf(filled[0] ?? '');
    if (category && filled.length === 1) {
      current = category;
      continue;
    }
    const rest = category ? filled.slice(1) : filled;
    const cat = category ?? current;
    if (!cat) {
      return {
        ok: false,
        problem: `Rad ${n + 1}: ”${filled[0]}” är ingen av de sju kategorierna (${informationCategories.join(', ')}). Börja raden med kategorin.`,
      };
    }
    const entryText = (rest.length > 1 ? rest.slice(1).join(' ') : (rest[0] ?? '')).replace(/^[•·-]\s*/, '');
    if (!entryText) return { ok: false, problem: `Rad ${n + 1} saknar text.` };
    out.push({ category: cat, ...(rest.length > 1 ? { reference: rest[0]! } : {}), text: entryText });
  }
  return { ok: true, rows: out };
}

/** Delegationsbeslut: five columns Ärendetyp ⇥ Ärenderubrik ⇥ Diarienummer ⇥ Beslutsdatum ⇥ Beslutsdelegat; order kept. */
export function parseDelegationRows(text: string): PasteResult<Delegationsbeslut['rows'][number]> {
  const out: Delegationsbeslut['rows'][number][] = [];
  const rows = splitPastedTable(text);
  for (const [n, cells] of rows.entries()) {
    if (n === 0 && /^ärendetyp$/i.test(cells[0] ?? '')) continue;
    if (cells.length < 5) {
      return {
        ok: false,
        problem: `Rad ${n + 1} har ${cells.length} kolumner; det behövs fem: ärendetyp, ärenderubrik, diarienummer, beslutsdatum och beslutsdelegat.`,
      };
    }
    const [arendetyp, rubrik, dnr, beslutsdatum, delegat] = cells as [string, string, string, string, string];
    const problem = dateProblem(beslutsdatum);
    if (problem) return { ok: false, problem: `Rad ${n + 1}, beslutsdatum: ${problem}.` };
    out.push({ arendetyp, rubrik, ...(dnr ? { dnr } : {}), beslutsdatum, delegat });
  }
  return { ok: true, rows: out };
}
