import Papa, { type ParseError } from 'papaparse';
import { dateProblem } from '../domain/dates';
import type { Membership, MembershipCategory, PresidiumRole } from '../package/model';
import { roleConflict, roleConflictMessage } from './rules';
import { parseCategory, parseRole } from './vocabulary';

/**
 * A register pasted from a spreadsheet or read from a CSV file: a header row naming the
 * columns in any order (case-insensitive), then one seat per row. Pure, so the app, the
 * command line and later the document tables share it. Decoding bytes (UTF-8 or
 * Windows-1252) happens before this, in electron/register/decode.ts.
 */

export const sheetColumns = ['Namn', 'Parti', 'Kategori', 'Roll', 'Titel', 'Från', 'Till'] as const;
type Column = (typeof sheetColumns)[number];
const requiredColumns: Column[] = ['Namn', 'Kategori'];

/** One valid row: a seat to add. `row` is the spreadsheet's row number (the header is row 1). */
export interface SeatDraft {
  row: number;
  name: string | null;
  vacant: boolean;
  category: MembershipCategory;
  party: string | null;
  presidiumRole: PresidiumRole | null;
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface SheetResult {
  rows: SeatDraft[];
  /** Swedish, one per problem, in row order: `Rad 5: okänd kategori ”Ordinarie ledamotx”`. */
  errors: string[];
  delimiter: string;
}

/** Tab if the header has one (a paste from Excel), else semicolon (Swedish Excel CSV), else comma. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

const delimiterNames: Record<string, string> = { '\t': 'tabb', ';': 'semikolon', ',': 'komma' };
export const delimiterName = (d: string) => delimiterNames[d] ?? d;

const headerKey = (s: string) => s.trim().toLocaleLowerCase('sv-SE');

/**
 * Cells of a spreadsheet paste or CSV text (papaparse: quoted cells, doubled quotes, line
 * breaks inside quotes, CRLF). The delimiter is detected from the header unless given.
 */
export function splitSheet(
  text: string,
  delimiter?: string,
): { lines: string[][]; delimiter: string; errors: ParseError[] } {
  const body = text.replace(/^\uFEFF/, '');
  const d = delimiter ?? detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: d, skipEmptyLines: false });
  return { lines: parsed.data, delimiter: d, errors: parsed.errors };
}

export function parseRegisterSheet(text: string): SheetResult {
  const { lines, delimiter, errors: parseErrors } = splitSheet(text);
  const errors: string[] = [];
  const headerIndex = lines.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0)
    return { rows: [], errors: ['Texten är tom. Klistra in en rubrikrad och minst en rad.'], delimiter };

  // Which column holds what.
  const at = new Map<Column, number>();
  const known = new Map(sheetColumns.map((c) => [headerKey(c), c]));
  lines[headerIndex]!.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    const column = known.get(key);
    if (!column) {
      errors.push(`Rad ${headerIndex + 1}: okänd kolumn ”${cell.trim()}”. Kända kolumner: ${sheetColumns.join(', ')}.`);
    } else if (at.has(column)) {
      errors.push(`Rad ${headerIndex + 1}: kolumnen ${column} finns två gånger.`);
    } else at.set(column, index);
  });
  for (const c of requiredColumns) {
    if (!at.has(c)) errors.push(`Rad ${headerIndex + 1}: kolumnen ${c} saknas i rubrikraden.`);
  }
  if (errors.length > 0) return { rows: [], errors, delimiter };

  const rows: SeatDraft[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 1;
    const get = (c: Column) => {
      const index = at.get(c);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problems: string[] = [];
    const categoryText = get('Kategori');
    const category = parseCategory(categoryText);
    if (categoryText === '') problems.push('kategori saknas');
    else if (!category) problems.push(`okänd kategori ”${categoryText}”`);
    const roleText = get('Roll');
    const role = parseRole(roleText);
    if (role === undefined)
      problems.push(`okänd roll ”${roleText}” (ordf., 1:e vice ordf., 2:e vice ordf. eller tomt)`);
    else if (role !== null && category && category !== 'ordinarie')
      problems.push(`rollen ${roleText} kan bara ges en ordinarie ledamot`);
    const rawName = get('Namn');
    const vacant = rawName === '' || headerKey(rawName) === 'vakant';
    const party = get('Parti') || null;
    const title = get('Titel') || null;
    if (vacant && !party && !title) problems.push('namn saknas (en vakant plats behöver ett parti)');
    const dates: Partial<Record<'Från' | 'Till', string>> = {};
    for (const c of ['Från', 'Till'] as const) {
      const value = get(c);
      if (value === '') continue;
      const problem = dateProblem(value);
      if (problem) problems.push(`${c.toLowerCase()}: ${problem}`);
      else dates[c] = value;
    }
    if (dates.Från && dates.Till && dates.Till < dates.Från)
      problems.push(`till-datumet ${dates.Till} ligger före från-datumet ${dates.Från}`);
    if (problems.length > 0 || !category || role === undefined) {
      errors.push(`Rad ${row}: ${problems.join('; ')}`);
      continue;
    }
    rows.push({
      row,
      name: vacant ? null : rawName,
      vacant,
      category,
      party,
      presidiumRole: role,
      title,
      validFrom: dates.Från ?? null,
      validTo: dates.Till ?? null,
    });
  }
  for (const e of parseErrors) {
    if (e.code === 'UndetectableDelimiter') continue;
    errors.push(`Rad ${(e.row ?? 0) + 1}: ${e.code === 'MissingQuotes' ? 'ett citattecken stängs aldrig' : e.message}`);
  }
  // Two rows of the sheet may not hold the same role at once.
  rows.forEach((draft, index) => {
    const earlier = rows.slice(0, index).map((r) => ({ ...r, id: String(r.row) }));
    const clash = roleConflict(draft, earlier);
    if (clash) errors.push(`Rad ${draft.row}: ${roleConflictMessage(clash)} (rad ${clash.row})`);
  });
  if (rows.length === 0 && errors.length === 0) errors.push('Det finns inga rader under rubrikraden.');
  errors.sort((a, b) => rowOf(a) - rowOf(b));
  return { rows, errors, delimiter };
}

const rowOf = (message: string) => Number(/^Rad (\d+)/.exec(message)?.[1] ?? 0);

/** A sheet row as the package's Membership (null → absent), for memberLine. */
export function draftAsMembership(d: SeatDraft): Membership {
  return {
    category: d.category,
    ...(d.name ? { name: d.name } : { vacant: true }),
    ...(d.party ? { party: d.party } : {}),
    ...(d.presidiumRole ? { presidiumRole: d.presidiumRole } : {}),
    ...(d.title ? { title: d.title } : {}),
  };
}
