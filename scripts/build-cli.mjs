// Bundles the headless CLI (electron/cli/main.ts) with its dependencies into out/cli/ with
// esbuild, for a fast cold start:
// - one bundle plus lazily loaded chunks (code splitting): a command loads only what it uses;
// - dependencies bundled in (no package.json lookups or module resolution at start-up), except
//   better-sqlite3 (a native module); pdfkit is bundled without encryption and WOFF2 (below);
// - the JSON Schema validator precompiled to code with ajv standalone (no schema compile per run);
// - out/cli/kallelse.mjs turns on Node's compile cache before it loads the bundle.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'out/cli');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');

// 1. The schema validator as standalone code, generated from the same module the app compiles at run time.
// A folder per build: tests build the CLI in parallel.
const genDir = path.join(root, 'out/.gen', String(process.pid));
mkdirSync(genDir, { recursive: true });
await build({
  entryPoints: [path.join(root, 'electron/package/schemaValidator.ts')],
  outfile: path.join(genDir, 'schemaValidator.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { standaloneSource } = await import(`${path.join(genDir, 'schemaValidator.mjs')}?${Date.now()}`);
const standaloneFile = path.join(genDir, 'schemaValidator.standalone.mjs');
writeFileSync(standaloneFile, standaloneSource());

/** Replaces the run-time compiling schemaValidator.ts with the precompiled one in the bundle. */
const precompiledSchema = {
  name: 'precompiled-schema',
  setup(b) {
    b.onResolve({ filter: /\/schemaValidator$/ }, (args) =>
      args.importer.includes(`${path.sep}electron${path.sep}package${path.sep}`) ? { path: standaloneFile } : undefined,
    );
  },
};

/**
 * pdfkit and its font engine bundled in, without what a kallelse never uses: AES (encrypted PDFs)
 * and Brotli (WOFF2 fonts; ours are TTF) become stubs that refuse. pdfkit finds its standard-font
 * metrics through its own package.json (`#standard-fonts/*`), so its require resolves from the
 * installed pdfkit, looked up only if a standard font is ever asked for.
 */
const unusedInCli = {
  '@noble/ciphers/aes': 'export const cbc = refuse, ecb = refuse;',
  'brotli/decompress.js': 'export default refuse;',
};
const pdfkitInBundle = {
  name: 'pdfkit-in-bundle',
  setup(b) {
    const stub = new RegExp(
      `^(${Object.keys(unusedInCli)
        .map((k) => k.replace(/[./]/g, '\\$&'))
        .join('|')})$`,
    );
    b.onResolve({ filter: stub }, (args) => ({ path: args.path, namespace: 'unused-in-cli' }));
    b.onLoad({ filter: /.*/, namespace: 'unused-in-cli' }, (args) => ({
      contents: `function refuse() { throw new Error('${args.path} ingår inte i kommandoradsversionen'); }\n${unusedInCli[args.path]}`,
      loader: 'js',
    }));
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lazyRequire =
        "let __pdfkitRequire;\nconst require$1 = (id) => (__pdfkitRequire ??= createRequire(import.meta.resolve('pdfkit')))(id);";
      const patched = source
        .replace('const require$1 = createRequire(import.meta.url);', lazyRequire)
        .replace(
          "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)",
          "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.resolve('pdfkit'))",
        );
      if (!patched.includes('__pdfkitRequire') || patched.includes('import.meta.url')) {
        throw new Error('pdfkit.node.mjs has changed: review the pdfkit-in-bundle plugin in scripts/build-cli.mjs');
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

// CommonJS dependencies inside an ES module bundle: give them require, __dirname and __filename.
const cjsShim = [
  "import { createRequire as __kallelseRequire } from 'node:module';",
  "import { fileURLToPath as __kallelseFileUrl } from 'node:url';",
  'const require = __kallelseRequire(import.meta.url);',
  'const __filename = __kallelseFileUrl(import.meta.url);',
  "const __dirname = __kallelseFileUrl(new URL('.', import.meta.url));",
].join('\n');

const bundle = await build({
  entryPoints: { main: path.join(root, 'electron/cli/main.ts') },
  outdir: outDir,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  external: ['better-sqlite3'],
  banner: { js: cjsShim },
  plugins: [precompiledSchema, pdfkitInBundle],
  metafile: true,
  sourcemap: 'linked',
  define: { __KALLELSE_VERSION__: JSON.stringify(pkg.version) },
  logLevel: quiet ? 'error' : 'info',
});
// Chunks of earlier builds go; not the whole folder first, as tests build while others run the CLI
// (chunk names are content hashes, so a build of the same code rewrites the same files).
const written = new Set(Object.keys(bundle.metafile.outputs).map((f) => path.resolve(root, f)));
for (const name of readdirSync(outDir)) {
  const file = path.join(outDir, name);
  if (/^(chunk|[A-Za-z]+)-[A-Z0-9]{8}\.mjs(\.map)?$/.test(name) && !written.has(file)) rmSync(file, { force: true });
}

rmSync(genDir, { recursive: true, force: true });

// The PDF inspection worker is started by file, beside the chunks (electron/files/pdfInspector.ts);
// bundled with pdf-lib and fflate so that it, too, starts without module resolution.
await build({
  entryPoints: [path.join(root, 'electron/files/pdfWorker.ts')],
  outfile: path.join(outDir, 'pdfWorkerBundle.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  banner: { js: cjsShim },
  logLevel: quiet ? 'error' : 'info',
});
// The worker's entry turns the compile cache on in its own thread before its bundle loads.
writeFileSync(
  path.join(outDir, 'pdfWorker.js'),
  [
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    "await import('./pdfWorkerBundle.mjs');",
    '',
  ].join('\n'),
);
writeFileSync(
  path.join(outDir, 'kallelse.mjs'),
  [
    '#!/usr/bin/env node',
    '// Entry of the bundled CLI: Node caches compiled code between runs, then the bundle loads.',
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    "await import('./main.mjs');",
    '',
  ].join('\n'),
);
