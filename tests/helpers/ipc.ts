import { expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import { type Channel, contract } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/result';

/**
 * Calls channels as the renderer does, through the backend's dispatcher: `call` checks the
 * answer against the contract's output schema and throws the AppError of a refusal;
 * `refused` expects a refusal and returns its error. `backend` is read at each call, so a
 * test file may make a new backend per test.
 */
export function ipcCaller(backend: () => Backend) {
  return {
    async call<C extends Channel>(channel: C, input: unknown) {
      const result = await backend().dispatch(channel, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return contract[channel].output.parse(result.value) as ReturnType<(typeof contract)[C]['output']['parse']>;
    },
    async refused(channel: Channel, input: unknown): Promise<AppErrorData> {
      const result = await backend().dispatch(channel, input);
      expect(result.ok, `${channel} should have been refused`).toBe(false);
      return (result as { ok: false; error: AppErrorData }).error;
    },
  };
}
