// Bundles the headless CLI (electron/cli/kallelse.ts) into out/cli/kallelse.mjs with esbuild.
// Dependencies stay external (resolved from node_modules), so the bundle is small and starts fast.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');

await build({
  entryPoints: ['electron/cli/kallelse.ts'],
  outfile: 'out/cli/kallelse.mjs',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  define: { __KALLELSE_VERSION__: JSON.stringify(pkg.version) },
  logLevel: quiet ? 'error' : 'info',
});

// The PDF inspection worker is started by file, beside the bundle (electron/files/pdfInspector.ts).
await build({
  entryPoints: ['electron/files/pdfWorker.ts'],
  outfile: 'out/cli/pdfWorker.js',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  packages: 'external',
  logLevel: quiet ? 'error' : 'info',
});
