import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_DEPTH, markdownDepth, nestingBound } from '../../shared/package/textLimits';

/** Markdown made of what nests (markers, quotes, indentation) and a little text, line by line. */
const nestingMarkdown = fc
  .array(
    fc.array(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '-', '  ', '   ', '\t', ' ', 'a', 'text '), {
      maxLength: 30,
    }),
    { maxLength: 40 },
  )
  .map((lines) => lines.map((parts) => parts.join('')).join('\n'));

describe('nestingBound: the depth check skips parsing only what cannot nest too deep', () => {
  it('is never below the depth markdown-it finds', () => {
    fc.assert(
      fc.property(nestingMarkdown, (source) => {
        expect(nestingBound(source)).toBeGreaterThanOrEqual(markdownDepth(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('is small for ordinary text and lists, and reaches the limit for deep nesting', () => {
    const ordinary =
      'Förvaltningen föreslår att nämnden\n\n- godkänner rapporten\n- lägger den till handlingarna\n\n> Citat';
    expect(nestingBound(ordinary)).toBeLessThanOrEqual(2);
    const deep = Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}- nivå ${i + 1}`).join('\n');
    expect(markdownDepth(deep)).toBeGreaterThan(MAX_MARKDOWN_DEPTH);
    expect(nestingBound(deep)).toBeGreaterThan(MAX_MARKDOWN_DEPTH);
    expect(nestingBound('>'.repeat(21))).toBe(21);
  });
});
