import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'vitest';
import { stored, writeZip, zerosEntry } from '../../helpers/hostileFiles';
import { sampleDir } from '../../helpers/packages';
import { expectRefused, registerRefusalHarness, temp } from '../../helpers/refusals';

/** Zips read lazily (finding 1) and precise reasons for what used to read as "skadad" (finding 11). */
registerRefusalHarness();

const minimalJson = () => stored('kallelse.json', fs.readFileSync(path.join(sampleDir('minimal'), 'kallelse.json')));
const zipFile = (name: string, bytes: Buffer) => {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('hostile .kallelse zips', () => {
  it('an encrypted entry is named as encrypted, not as a damaged zip', async () => {
    const json = { ...minimalJson(), flags: 0x1 };
    await expectRefused(
      zipFile('krypterad.kallelse', writeZip([json])),
      'BAD_PACKAGE',
      /Posten ”kallelse\.json” i .*krypterad\.kallelse är krypterad \(lösenordsskyddad\)\. Packa paketet igen utan lösenord/,
    );
  });

  it('an entry that inflates past its declared size is stopped at the declared size', async () => {
    const json = minimalJson();
    const liar = { ...zerosEntry('kallelse.json', 4 * 1024 * 1024), size: json.size };
    await expectRefused(
      zipFile('lognare.kallelse', writeZip([liar])),
      'TOO_LARGE',
      /Posten ”kallelse\.json” i .*lognare\.kallelse: posten packas upp till mer än den uppger/,
    );
  });

  it('an entry whose CRC does not match is refused as damaged', async () => {
    const json = { ...minimalJson(), crc: 1234 };
    await expectRefused(
      zipFile('crc.kallelse', writeZip([json])),
      'BAD_PACKAGE',
      /Posten ”kallelse\.json” .* kontrollsumma/,
    );
  });

  it('a deflated package reads as before', async () => {
    const json = minimalJson();
    const deflated = { ...json, data: zlib.deflateRawSync(json.data), method: 8 as const };
    const { backend } = await import('../../helpers/refusals');
    await backend.services.packages.importPackage(zipFile('ok.kallelse', writeZip([deflated])));
  });
});
