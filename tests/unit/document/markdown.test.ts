import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../shared/document/markdown';

describe('Markdown of rich-text fields', () => {
  it('turns paragraphs, lists, sub-headings and emphasis into blocks', () => {
    const blocks = markdownToBlocks(
      'Bidraget ska användas till:\n\n- lokalhyra,\n- **ledarutbildning** och\n- *material*.\n\n### Bedömning\n\n1. Ett\n2. Två',
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'heading', 'list']);
    const bullets = blocks[1]!;
    expect(bullets).toMatchObject({ type: 'list', style: 'bullet' });
    if (bullets.type !== 'list') throw new Error('no list');
    expect(bullets.items[1]).toEqual([
      { type: 'paragraph', text: [{ text: 'ledarutbildning', bold: true }, { text: ' och' }] },
    ]);
    expect(bullets.items[2]).toEqual([
      { type: 'paragraph', text: [{ text: 'material', italic: true }, { text: '.' }] },
    ]);
    expect(blocks[2]).toEqual({ type: 'heading', level: 2, text: [{ text: 'Bedömning' }] });
    expect(blocks[3]).toMatchObject({ type: 'list', style: 'numbered', start: 1 });
  });

  it('reads GFM tables with a repeated header row', () => {
    const [table] = markdownToBlocks(
      '| Mätetal | Målvärde |\n|---|---|\n| Andel | 98,04% |\n| Belopp | 2 000 000 kr |',
    );
    expect(table).toMatchObject({
      type: 'table',
      repeatHeader: true,
      header: [[{ text: 'Mätetal' }], [{ text: 'Målvärde' }]],
    });
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]![1]).toEqual([{ type: 'paragraph', text: [{ text: '2 000 000 kr' }] }]);
  });

  it('keeps Swedish typography, quotes and amounts exactly', () => {
    const source =
      'Mätt via ”Sustainability Readiness Index” – §§ 17-32 — ✓ klart • 2 000 000 kr, 2022-04-01—2023-10-31';
    const [p] = markdownToBlocks(source);
    expect(p).toEqual({ type: 'paragraph', text: [{ text: source }] });
  });

  it('prints raw HTML as text rather than interpreting it', () => {
    const [p] = markdownToBlocks('<b>fet</b>');
    expect(p).toEqual({ type: 'paragraph', text: [{ text: '<b>fet</b>' }] });
  });
});
