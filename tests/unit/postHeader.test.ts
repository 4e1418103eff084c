import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFontDir, defaultFontFiles, postHeader } from '../../electron/pdf/fonts';

// fontkit (pdfkit's font engine) has no type declarations: only `create` is used here.
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): unknown };

// FontBook gives fontkit the post table's header so that embedding a font does not decode a
// name for every glyph. The header must be what fontkit itself decodes, for every shipped font.
describe('the post table header read without fontkit', () => {
  for (const file of new Set(Object.values(defaultFontFiles))) {
    it(`${file}: the fields fontkit decodes`, () => {
      const bytes = fs.readFileSync(path.join(defaultFontDir(), file));
      const font = fontkit.create(bytes) as unknown as Parameters<typeof postHeader>[0] & { post: object };
      const header = postHeader(font);
      expect(header).toBeDefined();
      const full = font.post as Record<string, unknown>;
      for (const [key, value] of Object.entries(header!)) expect([key, value]).toEqual([key, full[key]]);
    });
  }

  it('is left to fontkit when the font has no post table', () => {
    const bytes = fs.readFileSync(path.join(defaultFontDir(), defaultFontFiles.regular));
    const font = fontkit.create(bytes) as unknown as Parameters<typeof postHeader>[0];
    const { post: _, ...tables } = font.directory.tables;
    expect(postHeader({ ...font, directory: { tables } } as typeof font)).toBeUndefined();
  });
});
