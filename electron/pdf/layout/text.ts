import type { Inline } from '../../../shared/document/docModel';
import type { FontBook, FontKey } from '../fonts';

/**
 * Line breaking of rich text. Breaks only at spaces; a word longer than the line is cut
 * between characters. Spaces inside amounts (`2 000 000 kr`, `98,04 %`) and after `§` are
 * kept on one line but printed as ordinary spaces, so the text stays searchable as written.
 * Characters the main font lacks are set in the fallback font, character by character.
 */

const NBSP = '\u00a0';

/** Marks spaces that must not break: inside digit groups, before units, after §. */
export function protectSpaces(text: string): string {
  return text
    .replace(/(?<=\d) (?=\d{3}(?!\d))/g, NBSP)
    .replace(/(?<=\d) (?=(?:kr|tkr|mnkr|mdkr|kronor|%)(?![\p{L}\p{N}]))/gu, NBSP)
    .replace(/(?<=§) /g, NBSP);
}

export interface Segment {
  text: string;
  font: FontKey;
  /** Offset from the line's start. */
  x: number;
}

export interface TextLine {
  segments: Segment[];
  width: number;
}

interface Piece {
  text: string;
  font: FontKey;
  /** Its width at the size being laid out (set once the word is complete). */
  width: number;
}
interface Word {
  pieces: Piece[];
  width: number;
  /** Font of the space before this word (for its width), or null at line start. */
  spaceFont: FontKey | null;
}

const runFont = (bold?: boolean, italic?: boolean): FontKey =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

const fallbackFor = (font: FontKey): FontKey =>
  font === 'bold' || font === 'boldItalic' ? 'fallbackBold' : 'fallback';

/** Splits text of one font into pieces, moving characters the font lacks to the fallback font. */
function piecesOf(fonts: FontBook, text: string, font: FontKey): Piece[] {
  const out: Piece[] = [];
  for (const char of text) {
    const f = fonts.covers(font, char) ? font : fallbackFor(font);
    const last = out.at(-1);
    if (last && last.font === f) last.text += char;
    else out.push({ text: char, font: f, width: 0 });
  }
  return out;
}

/** Tokenises one hard line (no '\n') into words with their fonts. */
function wordsOf(fonts: FontBook, runs: { text: string; font: FontKey }[], size: number): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let pendingSpace: FontKey | null = null;
  for (const run of runs) {
    const parts = protectSpaces(run.text).split(/( +)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        if (current) words.push(current);
        current = null;
        pendingSpace = run.font;
        continue;
      }
      const pieces = piecesOf(fonts, part, run.font);
      if (!current) {
        current = { pieces: [], width: 0, spaceFont: words.length > 0 ? (pendingSpace ?? run.font) : null };
        pendingSpace = null;
      }
      current.pieces.push(...pieces);
    }
  }
  if (current) words.push(current);
  for (const w of words) {
    for (const p of w.pieces) p.width = fonts.width(p.font, size, p.text);
    w.width = w.pieces.reduce((sum, p) => sum + p.width, 0);
  }
  return words;
}

/** Cuts a word wider than `width` into chunks that fit (at least one character each). */
function splitLongWord(fonts: FontBook, word: Word, size: number, width: number): Word[] {
  const chunks: Word[] = [];
  let chunk: Word = { pieces: [], width: 0, spaceFont: word.spaceFont };
  for (const piece of word.pieces) {
    for (const char of piece.text) {
      const w = fonts.width(piece.font, size, char);
      if (chunk.width + w > width && chunk.pieces.length > 0) {
        chunks.push(chunk);
        chunk = { pieces: [], width: 0, spaceFont: null };
      }
      const last = chunk.pieces.at(-1);
      if (last && last.font === piece.font) {
        last.text += char;
        last.width += w;
      } else chunk.pieces.push({ text: char, font: piece.font, width: w });
      chunk.width += w;
    }
  }
  if (chunk.pieces.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Joins a line's words into segments of one font each, positioned by the widths already measured
 * (glyph advances add up: plain widths, no kerning, fonts.ts; a kept space is as wide as a space).
 */
function toLine(fonts: FontBook, words: Word[], size: number): TextLine {
  const segments: Segment[] = [];
  let x = 0;
  words.forEach((word, i) => {
    const space = word.spaceFont ?? word.pieces[0]!.font;
    const pieces =
      i > 0 ? [{ text: ' ', font: space, width: fonts.width(space, size, ' ') }, ...word.pieces] : word.pieces;
    for (const p of pieces) {
      const last = segments.at(-1);
      if (last && last.font === p.font) last.text += p.text;
      else segments.push({ text: p.text, font: p.font, x });
      x += p.width;
    }
  });
  for (const s of segments) s.text = s.text.replaceAll(NBSP, ' ');
  return { segments, width: x };
}

/**
 * The lines of each text already broken in this render (per FontBook: one per render). A
 * document repeats much of its text at one width (names, headings, the same phrases in every
 * protokollsutdrag; the agenda is laid out again until its page count is stable): ANA breaks 559
 * texts, 310 of them different.
 */
const broken = new WeakMap<FontBook, Map<string, readonly TextLine[]>>();

/**
 * Breaks rich text into lines of at most `width` points at `size`. `baseFont` applies to runs
 * without bold/italic (a bold style makes every run bold). Empty text gives no lines. The
 * lines may be shared with another caller: read them, never change them.
 */
export function wrapInline(
  fonts: FontBook,
  inline: Inline,
  width: number,
  size: number,
  baseBold = false,
): readonly TextLine[] {
  let memo = broken.get(fonts);
  if (!memo) {
    memo = new Map();
    broken.set(fonts, memo);
  }
  const key = `${width}|${size}|${baseBold}|${JSON.stringify(inline)}`;
  const known = memo.get(key);
  if (known) return known;
  const lines = breakLines(fonts, inline, width, size, baseBold);
  memo.set(key, lines);
  return lines;
}

function breakLines(fonts: FontBook, inline: Inline, width: number, size: number, baseBold: boolean): TextLine[] {
  const hardLines: { text: string; font: FontKey }[][] = [[]];
  for (const run of inline) {
    const font = runFont(run.bold || baseBold, run.italic);
    run.text
      .normalize('NFC')
      .split('\n')
      .forEach((part, i) => {
        if (i > 0) hardLines.push([]);
        if (part) hardLines.at(-1)!.push({ text: part, font });
      });
  }
  if (hardLines.length === 1 && hardLines[0]!.length === 0) return [];
  const lines: TextLine[] = [];
  for (const runs of hardLines) {
    const words = wordsOf(fonts, runs, size);
    if (words.length === 0) {
      lines.push({ segments: [], width: 0 });
      continue;
    }
    let current: Word[] = [];
    let currentWidth = 0;
    for (const original of words) {
      const parts = original.width > width ? splitLongWord(fonts, original, size, width) : [original];
      for (const word of parts) {
        const space = current.length > 0 && word.spaceFont ? fonts.width(word.spaceFont, size, ' ') : 0;
        if (current.length > 0 && currentWidth + space + word.width > width + 0.01) {
          lines.push(toLine(fonts, current, size));
          current = [{ ...word, spaceFont: null }];
          currentWidth = word.width;
        } else {
          current.push(current.length === 0 ? { ...word, spaceFont: null } : word);
          currentWidth += space + word.width;
        }
      }
    }
    if (current.length > 0) lines.push(toLine(fonts, current, size));
  }
  return lines;
}
