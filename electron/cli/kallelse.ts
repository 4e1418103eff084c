import { runCli } from './run';

declare const __KALLELSE_VERSION__: string;

/** Headless entry: `npm run kallelse -- <command>` or the `kallelse` bin. */
const code = await runCli(
  process.argv.slice(2),
  { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  __KALLELSE_VERSION__,
);
process.exitCode = code;
