import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry for a child process (as scripts/build-cli.mjs does the CLI): it
 * starts in well under a second instead of several with type stripping. Written under `out/`
 * so the external native module and pdfkit resolve from the project's node_modules.
 */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outfile = path.join(root, 'out', `.child-${name}-${process.pid}`, `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    external: ['better-sqlite3', 'pdfkit'],
    banner: {
      js: [
        "import { createRequire as __kRequire } from 'node:module';",
        "import { fileURLToPath as __kFileUrl } from 'node:url';",
        'const require = __kRequire(import.meta.url);',
        'const __filename = __kFileUrl(import.meta.url);',
        "const __dirname = __kFileUrl(new URL('.', import.meta.url));",
      ].join('\n'),
    },
    logLevel: 'error',
  });
  return outfile;
}
