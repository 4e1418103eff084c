import MarkdownIt from 'markdown-it';
import * as z from 'zod';

/**
 * Text limits shared by the package model (import), the IPC schemas and what the layout is
 * tested to print in full (issue 16, finding 6: a 1,500-word title stopped at word 199 in the
 * agenda, a 500-level nested list lost every level after about 45, an 18 MB title was accepted).
 */
export const TEXT_LIMITS = {
  title: 500,
  heading: 200,
  dnr: 100,
  presenter: 200,
  sammanfattning: 200_000,
  informationIArendet: 1_000_000,
} as const;

/**
 * Lists and block quotes nest at most this deep. markdown-it stops descending at 100 token
 * levels (a list level takes two), silently dropping what is deeper; 20 levels is far inside
 * that and still leaves the innermost text a readable width on the page.
 */
export const MAX_MARKDOWN_DEPTH = 20;

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const OPEN = new Set(['bullet_list_open', 'ordered_list_open', 'blockquote_open']);
const CLOSE = new Set(['bullet_list_close', 'ordered_list_close', 'blockquote_close']);

/** The deepest nesting of lists and block quotes in `source` (0 = none, 1 = a plain list). */
export function markdownDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (const t of md.parse(source, {})) {
    if (OPEN.has(t.type)) max = Math.max(max, ++depth);
    else if (CLOSE.has(t.type)) depth -= 1;
  }
  return max;
}

/**
 * An upper bound of markdownDepth without parsing. A list or block quote opens only at the
 * start of a line, and within the containers already open there, each of which takes at least
 * one character of that line's prefix (`>`, a list marker, indentation); so no line reaches a
 * depth beyond the length of its prefix of such characters (a tab counted as four columns).
 */
export function nestingBound(source: string): number {
  let max = 0;
  let run = 0;
  let inPrefix = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      run = 0;
      inPrefix = true;
    } else if (inPrefix) {
      if (c === 9) run += 4;
      else if (PREFIX.has(c)) run += 1;
      else inPrefix = false;
      if (run > max) max = run;
    }
  }
  return max;
}

const PREFIX = new Set([...' >-*+.)0123456789'].map((ch) => ch.charCodeAt(0)));

export const limitedText = (max: number) => z.string().max(max, `högst ${max} tecken`);

/** Markdown text: at most `max` characters, lists and quotes at most MAX_MARKDOWN_DEPTH deep. */
export const markdownText = (max: number) =>
  limitedText(max).refine(
    // A text over the length limit is already refused; do not parse megabytes for nothing, nor a
    // text that cannot nest that deep (almost every one: parsing is most of a package's validation).
    (s) => s.length > max || nestingBound(s) <= MAX_MARKDOWN_DEPTH || markdownDepth(s) <= MAX_MARKDOWN_DEPTH,
    `listor och citat får vara nästlade högst ${MAX_MARKDOWN_DEPTH} nivåer`,
  );
