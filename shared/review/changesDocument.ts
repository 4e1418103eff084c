import type { Block, DocModel, Inline } from '../document/docModel';
import { DOC_MODEL_VERSION, heading, paragraph } from '../document/docModel';
import type { Change, ChangeReport, ItemRef, WordPart } from './changes';

/**
 * The printed change report "Ändringar sedan version N": one line per change, grouped as a
 * reader of a re-sent kallelse looks for them (agenda first, then documents). Words added
 * in a text are set in bold, removed words in italics inside [ ], so the report reads in
 * black and white too.
 */

const pages = (n: number | null): string => (n === null ? '' : ` (${n} ${n === 1 ? 'sida' : 'sidor'})`);
const itemName = (i: ItemRef): string => `${i.number}. ${i.title}`;

/** One Swedish sentence per change, shared by the PDF, the app and the CLI's text output. */
export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'item-added':
      return `Nytt ärende ${itemName(c.item)}${c.item.section ? ` under ${c.item.section}` : ''}.`;
    case 'item-removed':
      return `Ärendet ${itemName(c.item)} är borttaget.`;
    case 'item-moved':
      return `Ärendet ”${c.item.title}” är flyttat från punkt ${c.from.number} till punkt ${c.item.number}${
        c.from.section !== c.item.section && c.item.section ? ` under ${c.item.section}` : ''
      }.`;
    case 'item-renumbered':
      return `Ärendet ”${c.item.title}” har fått nummer ${c.item.number} (tidigare ${c.fromNumber}).`;
    case 'item-retitled':
      return `Ärende ${c.item.number} har ny rubrik: ”${c.item.title}” (tidigare ”${c.from}”).`;
    case 'dnr-changed':
      return `Ärende ${itemName(c.item)}: diarienummer ${c.to ?? 'saknas'} (tidigare ${c.from ?? 'inget'}).`;
    case 'document-added':
      return `Ärende ${itemName(c.item)}: ny handling ${c.document}${pages(c.pages)}.`;
    case 'document-removed':
      return `Ärende ${itemName(c.item)}: handlingen ${c.document}${pages(c.pages)} är borttagen.`;
    case 'document-replaced':
      return `Ärende ${itemName(c.item)}: ${c.document} är ersatt med en ny version${
        c.fromPages !== null && c.toPages !== null ? ` (${c.toPages} sidor, tidigare ${c.fromPages})` : ''
      }.`;
    case 'document-text-changed':
      return `Ärende ${itemName(c.item)}: ${c.document}, ${c.field} är ändrad.`;
  }
}

/** Unchanged stretches longer than this many words each side of a change are cut with an ellipsis. */
const CONTEXT_WORDS = 8;

/** The changed passages with a few words of context, so a long text does not print whole. */
export function inContext(words: WordPart[], keep = CONTEXT_WORDS): WordPart[] {
  return words.map((w, i) => {
    if (w.added || w.removed) return w;
    const tokens = w.value.split(/(\s+)/);
    const wordCount = tokens.filter((t) => t.trim()).length;
    const before = i > 0; // a change precedes this stretch
    const after = i < words.length - 1; // a change follows it
    const limit = (before ? keep : 0) + (after ? keep : 0);
    if (wordCount <= limit + 2) return w;
    const head = before ? takeWords(tokens, keep).trimEnd() : '';
    const tail = after
      ? takeWords([...tokens].reverse(), keep)
          .split(/(\s+)/)
          .reverse()
          .join('')
          .trimStart()
      : '';
    return { value: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}` };
  });
}

/** The first n words of `tokens` (words and the white space between them), as written. */
function takeWords(tokens: string[], n: number): string {
  const out: string[] = [];
  let count = 0;
  for (const t of tokens) {
    if (t.trim() && ++count > n) break;
    out.push(t);
  }
  return out.join('');
}

/** Word diff as runs: added words bold, removed ones in italics within brackets. */
export function wordRuns(words: WordPart[]): Inline {
  return inContext(words).map((w) =>
    w.added
      ? { text: w.value, bold: true }
      : w.removed
        ? { text: `[${w.value.trim()}] `, italic: true }
        : { text: w.value },
  );
}

const agendaKinds = new Set<Change['kind']>([
  'item-added',
  'item-removed',
  'item-moved',
  'item-renumbered',
  'item-retitled',
  'dnr-changed',
]);

export function buildChangesDocument(
  report: ChangeReport,
  meta: { sender: string; sinceVersion?: number; committee: string; date: string },
): DocModel {
  const title =
    meta.sinceVersion !== undefined
      ? `Ändringar sedan version ${meta.sinceVersion}`
      : 'Ändringar sedan föregående utskick';
  const blocks: Block[] = [
    paragraph(title, { style: 'title' }),
    paragraph(`${meta.committee}, sammanträde ${meta.date}`, { style: 'committee' }),
  ];
  if (report.changes.length === 0) {
    blocks.push(paragraph('Inga ändringar i dagordningen eller handlingarna.', { spaceBefore: 1 }));
  }
  const agenda = report.changes.filter((c) => agendaKinds.has(c.kind));
  const documents = report.changes.filter((c) => !agendaKinds.has(c.kind));
  const list = (changes: Change[]): Block => ({
    type: 'list',
    style: 'bullet',
    items: changes.map((c) => {
      const out: Block[] = [paragraph(describeChange(c))];
      if (c.kind === 'document-text-changed') out.push(paragraph(wordRuns(c.words), { style: 'small' }));
      return out;
    }),
  });
  if (agenda.length > 0) blocks.push(heading('Dagordningen'), list(agenda));
  if (documents.length > 0) blocks.push(heading('Handlingarna'), list(documents));
  if (report.renumberedItems > 0) {
    blocks.push(
      paragraph(
        `Till följd av ändringarna har ${report.renumberedItems} ${report.renumberedItems === 1 ? 'ärende' : 'ärenden'} fått nytt nummer; se dagordningen.`,
        { style: 'small', spaceBefore: 1 },
      ),
    );
  }
  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'andringar',
    title,
    template: { sender: meta.sender, headerFirst: ['ÄNDRINGAR', meta.date], headerRest: ['ÄNDRINGAR {n}({m})'] },
    blocks,
  };
}
