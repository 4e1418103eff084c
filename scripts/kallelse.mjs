#!/usr/bin/env node
// The `kallelse` bin: runs the bundled CLI (build it with `npm run build:cli`).
import { existsSync } from 'node:fs';

const bundle = new URL('../out/cli/kallelse.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('Kommandoradsverktyget är inte byggt. Kör: npm run build:cli\n');
  process.exit(1);
}
await import(bundle.href);
