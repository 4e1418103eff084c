// Bundles the headless CLI (electron/cli/main.ts) with its dependencies into out/cli/ with
// esbuild, for a fast cold start:
// - one CommonJS file, main.cjs: dependencies bundled in (no package.json lookups or module
//   resolution at start-up), except better-sqlite3 (a native module); pdfkit is bundled without
//   encryption and WOFF2 (below); modules a command does not use are bundled but not run;
// - the JSON Schema validator precompiled to code with ajv standalone (no schema compile per run);
// - out/cli/kallelse.mjs (electron/cli/loader.ts) runs main.cjs with a V8 code cache written after
//   the first successful run of each command, so later runs compile almost nothing.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * installed pdfkit, looked up only if a standard font is ever asked for (in the CommonJS bundle,
 * `import.meta.url` would be the bundle's own file).
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
        "let __pdfkitRequire;\nconst require$1 = (id) => (__pdfkitRequire ??= createRequire(__kallelseResolve('pdfkit')))(id);";
      // pdfkit turns every content operator into bytes with a loop over its characters and joins
      // them with another: Node's own latin1 encoder and Buffer.concat do the same natively.
      // Each whole function is replaced; a pdfkit whose functions read otherwise fails the build below.
      const binary = [
        [
          /const fromBinaryString = str => \{\n[\s\S]*?\n\};\n/,
          "const fromBinaryString = str => Buffer.from(str, 'latin1');\n",
        ],
        [/const concat = chunks => \{\n[\s\S]*?\n\};\n/, 'const concat = chunks => Buffer.concat(chunks);\n'],
      ];
      const patched = binary
        .reduce((text, [from, to]) => text.replace(from, to), source)
        .replace('const require$1 = createRequire(import.meta.url);', lazyRequire)
        // The colour profile's path (PDF/A only, which we never write) found when first read, not
        // at start-up: resolving pdfkit's package exports cold costs some 8 ms of every export.
        .replace(
          "const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;",
          "const iccProfilePath = () => new URL('./data/sRGB_IEC61966_2_1.icc', require('node:url').pathToFileURL(__kallelseResolve('pdfkit'))).href;",
        )
        .replace('fs.readFileSync(ICC_PROFILE_PATH)', 'fs.readFileSync(iccProfilePath())');
      if (
        !patched.includes('__pdfkitRequire') ||
        patched.includes('import.meta.url') ||
        !patched.includes('fs.readFileSync(iccProfilePath())') ||
        !patched.includes("const fromBinaryString = str => Buffer.from(str, 'latin1');") ||
        !patched.includes('const concat = chunks => Buffer.concat(chunks);')
      ) {
        throw new Error('pdfkit.node.mjs has changed: review the pdfkit-in-bundle plugin in scripts/build-cli.mjs');
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

/** Writes esbuild's output files by temp file + rename: tests build while others run the CLI. */
function writeAtomically(outputFiles, transform = (f) => f.contents) {
  for (const f of outputFiles) {
    const temp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(temp, transform(f));
    renameSync(temp, f.path);
  }
}

/**
 * esbuild writes ASCII except inside regular expression literals (`/tjänsteskrivelse/`): those
 * letters become \uXXXX too (the same in strings, regular expressions and identifiers), so the
 * loader reads the bundle as one-byte text, twice as fast as UTF-8 into a two-byte string.
 */
const asciiOnly = (f) =>
  f.path.endsWith('.cjs')
    ? f.text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : f.contents;

/** What every bundle in out/cli shares: bundled for Node 24, as talkative as --quiet allows. */
const bundleForNode = (entry, outfile, options) =>
  build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(outDir, outfile),
    bundle: true,
    platform: 'node',
    target: 'node24',
    logLevel: quiet ? 'error' : 'info',
    ...options,
  });

/**
 * A CommonJS bundle run by the code-cache loader (electron/cli/codeCache.ts) with Node's CommonJS
 * wrapper arguments; import.meta, which CommonJS lacks, becomes the bundle's own file and folder.
 * Whitespace and syntax minified, names kept: a quarter less to read, checksum and parse lazily
 * (pdf export -40 ms, version -15 ms, measured); the linked source map leads back to the sources.
 */
const cjsBundle = (entry, outfile, { banner = [], define = {}, ...options }) =>
  bundleForNode(entry, outfile, {
    format: 'cjs',
    banner: { js: ["const __kallelseUrl = require('node:url').pathToFileURL(__filename).href;", ...banner].join(' ') },
    sourcemap: 'linked',
    minifyWhitespace: true,
    minifySyntax: true,
    define: { 'import.meta.url': '__kallelseUrl', 'import.meta.dirname': '__dirname', ...define },
    // Any other import.meta would be empty in CommonJS: fail the build instead.
    logOverride: { 'empty-import-meta': 'error' },
    write: false,
    ...options,
  });

// The CLI as one CommonJS file, run by the loader (electron/cli/loader.ts).
const main = await cjsBundle('electron/cli/main.ts', 'main.cjs', {
  external: ['better-sqlite3'],
  banner: ['const __kallelseResolve = (id) => require.resolve(id);'],
  plugins: [precompiledSchema, pdfkitInBundle],
  // The same inflate, natively (electron/cli/nativeInflate.cjs).
  alias: { 'tiny-inflate': path.join(root, 'electron/cli/nativeInflate.cjs') },
  define: { __KALLELSE_VERSION__: JSON.stringify(pkg.version) },
});
mkdirSync(outDir, { recursive: true });
if (main.outputFiles.some((f) => f.path.endsWith('.cjs') && f.text.includes('function tinf_uncompress'))) {
  throw new Error('tiny-inflate is in the bundle: the alias to electron/cli/nativeInflate.cjs no longer applies');
}
writeAtomically(main.outputFiles, asciiOnly);
// The ES module bundle and chunks of earlier builds.
for (const name of ['main.mjs', 'main.mjs.map']) rmSync(path.join(outDir, name), { force: true });
for (const name of readdirSync(outDir)) {
  if (/^(chunk|[A-Za-z]+)-[A-Z0-9]{8}\.mjs(\.map)?$/.test(name)) rmSync(path.join(outDir, name), { force: true });
}

rmSync(genDir, { recursive: true, force: true });

// The PDF inspection worker is started by file, beside main.cjs (electron/files/pdfInspector.ts):
// its entry pdfWorker.js (electron/cli/workerLoader.ts) runs the worker's own CommonJS bundle, with
// pdf-lib and fflate, under its code cache as the loader runs main.cjs.
const worker = await cjsBundle('electron/files/pdfWorker.ts', 'pdfWorkerBundle.cjs', {});
writeAtomically(worker.outputFiles, asciiOnly);
await bundleForNode('electron/cli/workerLoader.ts', 'pdfWorker.js', { format: 'esm' });
// The worker's ES module bundle of earlier builds.
for (const name of ['pdfWorkerBundle.mjs', 'pdfWorkerBundle.mjs.map']) rmSync(path.join(outDir, name), { force: true });
// The entry: the loader with its code cache (electron/cli/loader.ts).
const entry = await bundleForNode('electron/cli/loader.ts', 'kallelse.mjs', {
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  write: false,
});
writeAtomically(entry.outputFiles);
