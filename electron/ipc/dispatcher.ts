import * as z from 'zod';
import sv from 'zod/v4/locales/sv.js';
import { type Channel, type ChannelOutput, contract, type ParsedInput } from '../../shared/ipc/contract';
import { AppError, type Result } from '../../shared/ipc/result';
import { sqliteAppError } from '../db/sqliteErrors';
import { fieldLabel } from './fieldLabels';

/** The service call behind each channel, typed from the contract. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** zod's Swedish messages for the rules whose schemas carry no message of their own. */
const swedish = sv();

/**
 * Swedish text for every validation problem, each named by the field's label as the user
 * knows it (never an internal path); `detail` keeps the path of the first for the code.
 */
export function describeZodError(error: z.ZodError): { message: string; detail: string } {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(indata)';
  const lines = [...new Set(error.issues.map((i) => `${fieldLabel(i.path)}: ${i.message.replace(/\.$/, '')}.`))];
  return { message: `Kontrollera uppgifterna. ${lines.join(' ')}`, detail: path };
}

/**
 * Generic dispatcher used by Electron's ipcMain, the test harness and the CLI: unknown channel
 * → UNKNOWN_CHANNEL, input parsed with the contract schema → VALIDATION, then the handler; any
 * throw becomes a Result error. The sender check happens before this, where the sender is known.
 */
export function createDispatcher(
  handlers: Handlers,
  logError: (error: unknown) => void = (e) => console.error(e),
): Dispatch {
  return async (channel, rawInput) => {
    if (!Object.hasOwn(contract, channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Okänd kanal: ${channel}.` } };
    }
    const def = contract[channel as Channel];
    const parsed = def.input.safeParse(rawInput, { error: swedish.localeError });
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', ...describeZodError(parsed.error) } };
    }
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      if (error instanceof z.ZodError) return { ok: false, error: { code: 'VALIDATION', ...describeZodError(error) } };
      const sqlite = sqliteAppError(error);
      if (sqlite) return { ok: false, error: sqlite.toData() };
      logError(error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Ett oväntat fel inträffade. Inget har sparats av den senaste åtgärden. Försök igen, och kontakta support om felet kvarstår.',
        },
      };
    }
  };
}
