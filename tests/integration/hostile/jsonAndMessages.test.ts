import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample } from '../../helpers/packages';
import { backend, expectRefused, registerRefusalHarness, temp } from '../../helpers/refusals';

/**
 * Findings 9, 10 and 11 of issue 16: deep JSON refused at decode naming the path; invalid
 * UTF-8 (surrogates, overlong forms) refused naming the byte offset; validation messages in
 * Swedish.
 */
registerRefusalHarness();

/** The minimal sample with `insert` spliced in as the package's first property. */
function minimalWith(name: string, insert: Buffer): string {
  const dir = copySample('minimal', temp.dir, name);
  const file = path.join(dir, 'kallelse.json');
  const text = fs.readFileSync(file);
  const brace = text.indexOf('{');
  fs.writeFileSync(file, Buffer.concat([text.subarray(0, brace + 1), insert, text.subarray(brace + 1)]));
  return dir;
}

const nested = (levels: number) => Buffer.from(`"x-djup": ${'{"a": '.repeat(levels)}1${'}'.repeat(levels)},`, 'utf8');

describe('kallelse.json: depth and encoding', () => {
  for (const levels of [1000, 5000]) {
    it(`${levels} nested levels in an x- property are refused at decode, naming the path`, async () => {
      const error = await expectRefused(
        minimalWith(`djup-${levels}`, nested(levels)),
        'BAD_PACKAGE',
        /kallelse\.json är nästlad djupare än 64 nivåer \(vid x-djup\.a\.a\.a\.a\.a\.a\.a…\)/,
      );
      expect(error.detail).toMatch(/^x-djup(\.a){63}$/);
    });
  }

  it('64 levels are still accepted', async () => {
    await backend.services.packages.importPackage(minimalWith('djup-ok', nested(62)));
  });

  it('a UTF-16 surrogate encoded as UTF-8 (ED A0 80) is refused naming the byte offset', async () => {
    const insert = Buffer.concat([Buffer.from('"x-text": "a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('",')]);
    await expectRefused(minimalWith('surrogat', insert), 'BAD_PACKAGE', /ogiltiga byte ED A0 80 vid byte 13, rad 1/);
  });

  it('an overlong form (E0 80 AF) is refused naming the byte offset', async () => {
    const insert = Buffer.concat([Buffer.from('"x-text": "'), Buffer.from([0xe0, 0x80, 0xaf]), Buffer.from('",')]);
    await expectRefused(minimalWith('overlong', insert), 'BAD_PACKAGE', /ogiltiga byte E0 80 AF vid byte 12, rad 1/);
  });
});

describe('validation messages are Swedish', () => {
  it('a too long title over IPC says so in Swedish, naming the field', async () => {
    const meeting = backend.services.meetings.list()[0]!;
    const detail = backend.services.meetings.get(meeting.id);
    const item = detail.sections.flatMap((s) => s.items)[0]!;
    const result = await backend.dispatch('items:update', { itemId: item.id, patch: { title: 'x'.repeat(100_000) } });
    expect(result.ok).toBe(false);
    const message = (result as { ok: false; error: { message: string } }).error.message;
    // Named as the user knows the field, never by its internal path.
    expect(message).toMatch(/^Kontrollera uppgifterna\. Rubrik: /);
    expect(message).not.toMatch(/patch/);
    expect(message).not.toMatch(/Too big|expected|characters/);
    expect(message).toMatch(/för stor|för lång|högst|tecken/i);
  });
});
