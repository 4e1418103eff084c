#!/usr/bin/env node
// The `kallelse` command (package.json "bin"; `npm link` after `npm run build` puts it on PATH):
// starts the bundled command line out/cli/kallelse.mjs of the project this file lives in.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../out/cli/kallelse.mjs', import.meta.url);
if (!existsSync(bundle)) {
  const project = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `Kommandoradsverktyget kallelse är inte byggt. Kör npm run build (eller npm run build:cli) i ${project} och försök igen.\n`,
  );
  process.exit(1);
}
await import(bundle.href);
