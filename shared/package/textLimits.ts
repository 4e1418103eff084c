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

export const limitedText = (max: number) => z.string().max(max, `högst ${max} tecken`);

/** Markdown text: at most `max` characters, lists and quotes at most MAX_MARKDOWN_DEPTH deep. */
export const markdownText = (max: number) =>
  limitedText(max).refine(
    // A text over the length limit is already refused; do not parse megabytes for nothing.
    (s) => s.length > max || markdownDepth(s) <= MAX_MARKDOWN_DEPTH,
    `listor och citat får vara nästlade högst ${MAX_MARKDOWN_DEPTH} nivåer`,
  );
