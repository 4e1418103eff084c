import { parseArgs } from 'node:util';
import { AppError } from '../../shared/ipc/result';
import { sqliteAppError } from '../db/sqliteErrors';
import { commands } from './commands/index';
import { type CliContext, type CliIo, UsageError } from './types';

export function helpText(version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Kallelse ${version} — kommandoradsverktyg`,
    '',
    'Användning: kallelse <kommando> [flaggor]',
    '',
    'Kommandon:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Gemensamma flaggor:',
    '  --db FIL        databasfil (annars KALLELSE_DB eller datamappens kallelse.sqlite)',
    '  --help, -h      visa hjälp',
    '',
    'Exempel: npm run kallelse -- version',
  ].join('\n');
}

/**
 * Runs one command line. Returns the exit code; never calls process.exit, so tests can
 * run it in-process.
 */
export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText(version));
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Okänt kommando: ${name}. Se kallelse --help.`);
    return 2;
  }
  const ctx: CliContext = { ...io, version };
  try {
    const { positionals, values } = parseArgs({
      args: rest,
      options: { help: { type: 'boolean', short: 'h' }, ...(command.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`Användning: ${command.usage}\n${command.summary}`);
      return 0;
    }
    return await command.run(positionals, values, ctx);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // Node's own message is English; name the option in Swedish instead.
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
      io.err(`Okänt alternativ: ${option}. Användning: ${command.usage}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`${error.message} Användning: ${command.usage}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`Fel: ${error.message}`);
      return 1;
    }
    const sqlite = sqliteAppError(error);
    if (sqlite) {
      io.err(`Fel: ${sqlite.message}`);
      return 1;
    }
    io.err(`Oväntat fel: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
