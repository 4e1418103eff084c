import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

/** What the renderer sees as `window.api`: one async function per channel, one subscriber per event. */
export type Api = {
  [C in Channel]: undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  on: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };
};

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the api object from the channel and event name lists. Used by the Electron preload
 * (invoke = ipcRenderer.invoke) and by the browser test harness (invoke = exposed binding), so
 * both run the same code. Names are passed in so the preload need not bundle zod.
 */
export function createApi(
  channelNames: readonly Channel[],
  eventNameList: readonly EventName[],
  invoke: Invoke,
  subscribe: Subscribe,
): Api {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  const on: Record<string, unknown> = {};
  for (const event of eventNameList) {
    on[event] = (listener: (payload: unknown) => void) => subscribe(event, listener);
  }
  api.on = on;
  return api as Api;
}
