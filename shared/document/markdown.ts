import MarkdownIt, { type Token } from 'markdown-it';
import type { Block, Inline, Run, TableBlock } from './docModel';

/**
 * Markdown (CommonMark + GFM tables) of the package's rich-text fields → DocModel blocks.
 * Supported: paragraphs, bullet and numbered lists (nested), headings (all become sub-headings
 * inside their section), bold, italic, tables (header row repeated across pages), block quotes
 * (italic), code (kept verbatim) and line breaks. Raw HTML is not interpreted; it prints as text.
 * The typographer is off so quotes, dashes and amounts (`2 000 000 kr`) stay exactly as written.
 *
 * markdown-it is plain JavaScript without Node imports, so this runs in shared/.
 *
 * @example markdownToBlocks('Bidraget ska användas till:\n\n- lokalhyra\n- **material**')
 */
const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

export function markdownToBlocks(source: string): Block[] {
  const tokens = md.parse(source, {});
  const [blocks] = readBlocks(tokens, 0, null, false);
  return blocks;
}

/** Reads block tokens from `start` until the closing token of type `until`; returns blocks and the next index. */
function readBlocks(tokens: Token[], start: number, until: string | null, italic: boolean): [Block[], number] {
  const blocks: Block[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (until && t.type === until) return [blocks, i + 1];
    switch (t.type) {
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        blocks.push({ type: 'paragraph', text: inlineRuns(inline?.children ?? [], italic) });
        i += 3;
        break;
      }
      case 'heading_open': {
        const inline = tokens[i + 1];
        blocks.push({ type: 'heading', level: 2, text: inlineRuns(inline?.children ?? [], italic) });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closing = t.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        const items: Block[][] = [];
        let j = i + 1;
        while (j < tokens.length && tokens[j]!.type !== closing) {
          if (tokens[j]!.type === 'list_item_open') {
            const [itemBlocks, next] = readBlocks(tokens, j + 1, 'list_item_close', italic);
            items.push(itemBlocks);
            j = next;
          } else j++;
        }
        const startAttr = Number(t.attrGet('start') ?? 1);
        blocks.push(
          t.type === 'bullet_list_open'
            ? { type: 'list', style: 'bullet', items }
            : { type: 'list', style: 'numbered', start: Number.isFinite(startAttr) ? startAttr : 1, items },
        );
        i = j + 1;
        break;
      }
      case 'blockquote_open': {
        const [inner, next] = readBlocks(tokens, i + 1, 'blockquote_close', true);
        blocks.push(...inner);
        i = next;
        break;
      }
      case 'table_open': {
        const [table, next] = readTable(tokens, i + 1);
        blocks.push(table);
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'paragraph', text: [{ text: t.content.replace(/\n$/, '') }] });
        i++;
        break;
      case 'hr':
        blocks.push({ type: 'spacer', lines: 0.5 });
        i++;
        break;
      default:
        i++;
    }
  }
  return [blocks, i];
}

function readTable(tokens: Token[], start: number): [TableBlock, number] {
  let header: Inline[] | null = null;
  const rows: Inline[][] = [];
  let current: Inline[] | null = null;
  let inHead = false;
  let i = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'table_close') break;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') current = [];
    else if (t.type === 'tr_close' && current) {
      if (inHead) header = current;
      else rows.push(current);
      current = null;
    } else if (t.type === 'inline' && current) current.push(inlineRuns(t.children ?? [], false));
  }
  const columnCount = Math.max(header?.length ?? 0, ...rows.map((r) => r.length), 1);
  const length = (cell: Inline | undefined) => (cell ?? []).reduce((n, run) => n + run.text.length, 0);
  // Columns share the width by their longest cell, within bounds so no column starves.
  const columns = Array.from({ length: columnCount }, (_, c) => ({
    width: Math.min(40, Math.max(6, length(header?.[c]), ...rows.map((r) => length(r[c])))),
  }));
  const table: TableBlock = {
    type: 'table',
    columns,
    header,
    repeatHeader: true,
    rows: rows.map((r) => Array.from({ length: columnCount }, (_, c) => [{ type: 'paragraph', text: r[c] ?? [] }])),
  };
  return [table, i + 1];
}

function inlineRuns(children: Token[], italicBase: boolean): Inline {
  const runs: Run[] = [];
  let strong = 0;
  let em = 0;
  const push = (text: string) => {
    if (!text) return;
    const run: Run = { text };
    if (strong > 0) run.bold = true;
    if (em > 0 || italicBase) run.italic = true;
    const last = runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
    else runs.push(run);
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        push(c.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 'image':
        push(c.content);
        break;
      default:
        break;
    }
  }
  return runs;
}
