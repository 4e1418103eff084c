import type { BackendEvents, Services } from '../backend';
import type { Handlers } from './dispatcher';

/**
 * Channel → service method. Thin on purpose: no logic here, only the call and the change
 * event that tells the renderer which caches to refresh.
 */
export function createHandlers(services: Services, events: BackendEvents): Handlers {
  return {
    'app:info': () => services.info(),
    'settings:get': () => services.settings.get(),
    'settings:set': (patch) => {
      const next = services.settings.set(patch);
      events.emit('data:changed', { entities: ['settings'] });
      return next;
    },
  };
}
