import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What the command line's entry loads before any command runs: every module it reaches through
// static imports (bundled, each is initialised at start-up: zod schemas are built, tables are
// read). A command's heavy modules load when that command runs, so a `pdf` export does not pay
// for the protokoll builders, the change report or the meeting model (about 20 ms together).
const root = path.resolve(import.meta.dirname, '../..');

async function staticallyLoaded(entry: string): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true, // each dynamic import becomes its own chunk
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    metafile: true,
    outdir: 'out/static-graph',
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === entry)!;
  const seen = new Set<string>([start]);
  for (const file of seen) {
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) seen.add(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs)).sort();
}

describe('the command line at start-up', () => {
  it('loads no command’s own heavy modules before the command runs', async () => {
    const loaded = await staticallyLoaded('electron/cli/main.ts');
    expect(loaded).toContain('electron/cli/commands/pdf.ts'); // the graph is read at all
    expect(loaded).toContain('electron/cli/commands/protokoll.ts');
    for (const heavy of [
      'shared/protokoll/build.ts',
      'shared/protokoll/fromPackage.ts',
      'shared/review/changes.ts',
      'shared/review/changesDocument.ts',
      'shared/domain/meeting.ts',
      'electron/package/load.ts',
      'electron/pdf/core.ts',
    ]) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
