/**
 * Cleaning of one-line text the user types (titles, headings, names): control characters
 * removed (U+0007 would print as a box), whitespace runs collapsed, ends trimmed. Right-to-left
 * text is not altered here; it is isolated where it is shown (`dir="auto"`, `<bdi>`).
 */

// C0 and C1 controls, DEL, and the bidi overrides/embeddings that could reorder the rest of a line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function cleanTitle(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}
