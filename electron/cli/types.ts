import type { parseArgs } from 'node:util';

export type ParsedArgs = ReturnType<typeof parseArgs>;

/** Where a command writes: stdout for results (last line JSON), stderr for progress/warnings. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliContext extends CliIo {
  version: string;
}

export interface CliCommand {
  name: string;
  /** One Swedish line for --help. */
  summary: string;
  usage: string;
  /** Options for node:util parseArgs. */
  options?: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  /** Returns the exit code. Throw AppError for a clean one-line failure. */
  run(
    positionals: string[],
    values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    ctx: CliContext,
  ): Promise<number>;
}

/** Thrown for wrong usage; printed with the command's usage line. */
export class UsageError extends Error {}
