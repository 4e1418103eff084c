import * as z from 'zod';
import { MeetingRef } from '../../domain/meeting';
import { ImportChoice, ImportConflict, ImportSummary } from '../../domain/packages';
import { defineChannels } from '../define';

/**
 * Moving a meeting between laptops as a .kallelse file (or a package folder). Main opens the
 * file dialog itself: the renderer never names a path. `null` means the user cancelled.
 */
export const packageChannels = defineChannels({
  /**
   * Without input: asks for a file; a meeting that already exists answers with a conflict.
   * With `resolve`: finishes that import — replace the existing meeting, or keep both (the copy marked).
   */
  'packages:import': {
    input: z
      .object({ resolve: z.object({ token: z.string().min(1).max(64), choice: ImportChoice }).strict() })
      .strict()
      .optional(),
    output: z.union([ImportSummary, ImportConflict]).nullable(),
  },
  'packages:export': {
    input: MeetingRef,
    output: z.object({ path: z.string(), files: z.number().int(), bytes: z.number().int() }).nullable(),
  },
});
