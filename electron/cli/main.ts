import * as z from 'zod';
import { runCli } from './run';

declare const __KALLELSE_VERSION__: string;

// One command per process: zod's JIT would compile each schema for a single parse; plain is faster here.
z.config({ jitless: true });

/** Headless entry (bundled; out/cli/kallelse.mjs loads it): `npm run kallelse -- <command>` or the `kallelse` bin. */
const code = await runCli(
  process.argv.slice(2),
  { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  __KALLELSE_VERSION__,
);
process.exitCode = code;
