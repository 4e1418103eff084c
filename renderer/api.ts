import type { Api } from '../shared/ipc/api';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract';
import type { AppErrorData } from '../shared/ipc/result';
import { sv } from './strings.sv';

declare global {
  interface Window {
    api: Api;
  }
}

/** Thrown by `call` when main answers `{ ok: false }`; carries the Swedish message to show. */
export class ApiError extends Error {
  readonly code: AppErrorData['code'];
  readonly detail?: string;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    if (data.detail !== undefined) this.detail = data.detail;
  }
}

/**
 * The only reader of window.api (lint enforces it). Unwraps the Result so slices can use
 * try/catch and show `error.message`.
 */
export async function call<C extends Channel>(
  channel: C,
  ...input: NoInfer<undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]>
): Promise<ChannelOutput<C>> {
  const fn = window.api[channel] as (
    i?: unknown,
  ) => Promise<{ ok: true; value: ChannelOutput<C> } | { ok: false; error: AppErrorData }>;
  const result = await fn(input[0]);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Event subscribers; undefined where there is no window.api (the state-layer tests run in Node). */
export const onEvent = typeof window === 'undefined' ? undefined : window.api?.on;

/**
 * The Swedish message of anything thrown (ApiError carries main's message). A write refused
 * because the data folder is read-only is said briefly: the lasting line under it says what to do.
 */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError && error.code === 'READ_ONLY'
    ? sv.hostile.readOnlyRefused
    : error instanceof Error
      ? error.message
      : String(error);
