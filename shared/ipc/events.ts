import * as z from 'zod';
import { MenuCommand } from '../menu';

/**
 * Pushes from main to renderer. Each event has one subscribe function in the preload.
 * `data:changed` names the entities whose caches are stale; slices refetch on it.
 */
export const Entity = z.enum(['settings', 'meetings', 'meeting', 'committees', 'documents', 'files', 'templates']);
export type Entity = z.infer<typeof Entity>;

export const events = {
  'data:changed': z.object({ entities: z.array(Entity), meetingId: z.string().optional() }),
  'export:progress': z.object({
    jobId: z.string(),
    stage: z.string(),
    done: z.number(),
    total: z.number(),
    /** A preview render or a file export (only exports show a cancel button). */
    kind: z.enum(['preview', 'export']).optional(),
  }),
  // Shell (native menu, files opened from the OS): a menu click, and "files were opened, fetch them".
  'menu:command': z.object({ command: MenuCommand }),
  'shell:opened': z.object({ count: z.number() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
