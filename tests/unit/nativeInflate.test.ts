import fs from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * The command line's bundle inflates the Unicode tables of linebreak, unicode-properties and
 * fontkit with Node's zlib in place of tiny-inflate (scripts/build-cli.mjs): both must give the
 * same bytes for every input those libraries hand it.
 */
const require = createRequire(import.meta.url);
const nativeInflate = require('../../electron/cli/nativeInflate.cjs') as (s: Uint8Array, d: Uint8Array) => Uint8Array;
const tinyInflate = require('tiny-inflate') as (s: Uint8Array, d: Uint8Array) => Uint8Array;

/** What unicode-trie does with a serialized trie: a 12-byte header, then the data inflated twice. */
function inflateTrie(inflate: typeof tinyInflate, trie: Uint8Array): Uint8Array {
  const length = new DataView(trie.buffer, trie.byteOffset).getUint32(8, true);
  return inflate(inflate(trie.subarray(12), new Uint8Array(length)), new Uint8Array(length));
}

describe('the native inflate of the command line', () => {
  it('gives tiny-inflate’s bytes for the Unicode tables bundled with linebreak and unicode-properties', () => {
    const tables = ['linebreak', 'unicode-properties'].flatMap((name) => {
      const source = fs.readFileSync(require.resolve(name).replace(/[^/]*$/, 'module.mjs'), 'utf8');
      return [...source.matchAll(/toByteArray\("([A-Za-z0-9+/=]+)"\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    });
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const trie of tables) {
      const ours = inflateTrie(nativeInflate, trie);
      expect(ours.length).toBeGreaterThan(1000);
      expect(Buffer.from(ours).equals(Buffer.from(inflateTrie(tinyInflate, trie)))).toBe(true);
    }
  });

  it('gives tiny-inflate’s bytes for any raw deflate stream, with or without bytes after it (WOFF’s checksum)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 5000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.uint8Array({ maxLength: 8 }),
        fc.integer({ min: 0, max: 16 }),
        (data, level, trailer, spare) => {
          const source = Buffer.concat([deflateRawSync(data, { level }), trailer]);
          const size = data.length + spare;
          const ours = nativeInflate(source, new Uint8Array(size));
          const theirs = tinyInflate(source, new Uint8Array(size));
          expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
          expect(Buffer.from(ours).equals(Buffer.from(data))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
