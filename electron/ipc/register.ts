import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import type { Dispatch } from './dispatcher';

/**
 * Registers every contract channel on ipcMain: sender check first, then the generic
 * dispatcher (input parse → service → Result).
 */
export function registerIpc(dispatch: Dispatch, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Anropet kom inte från Kallelses eget fönster och avvisades.' },
        };
      }
      return dispatch(channel, input);
    });
  }
}
