import './zodJitless';
import { runCli } from './run';

declare const __KALLELSE_VERSION__: string;

/**
 * Headless entry, bundled into out/cli/main.cjs (scripts/build-cli.mjs) and run by out/cli/kallelse.mjs
 * (electron/cli/loader.ts): `npm run kallelse -- <command>` or the `kallelse` bin. Returns the exit code.
 */
export function main(argv: string[]): Promise<number> {
  return runCli(
    argv,
    { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
    __KALLELSE_VERSION__,
  );
}
