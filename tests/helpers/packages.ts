import fs from 'node:fs';
import path from 'node:path';
import { KallelsePackage } from '../../shared/package/model';
import { samplesDir } from './poppler';
import { makeTempDir } from './tempDir';

/**
 * Writes a (possibly modified) package to a temp folder, with the ANA sample's bilagor linked
 * in and any extra files, so tests go through the same reader as the command line.
 */
export function writePackage(
  json: unknown,
  files: Record<string, Uint8Array> = {},
): { dir: string; cleanup: () => void } {
  const temp = makeTempDir('kallelse-pkg-');
  fs.writeFileSync(path.join(temp.dir, 'kallelse.json'), JSON.stringify(json, null, 2));
  fs.symlinkSync(path.join(samplesDir, 'ana-2022-02-23', 'bilagor'), path.join(temp.dir, 'bilagor'));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(temp.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, name), bytes);
  }
  return temp;
}

/** A sample's package, parsed (a fresh copy to modify in a test). */
export function samplePackage(name: 'ana-2022-02-23' | 'minimal'): KallelsePackage {
  return KallelsePackage.parse(JSON.parse(fs.readFileSync(path.join(samplesDir, name, 'kallelse.json'), 'utf8')));
}
