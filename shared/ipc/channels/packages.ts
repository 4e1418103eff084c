import { z } from 'zod';
import { MeetingRef } from '../../domain/meeting';
import { ImportSummary } from '../../domain/packages';
import { defineChannels } from '../define';

/**
 * Moving a meeting between laptops as a .kallelse file (or a package folder). Main opens the
 * file dialog itself: the renderer never names a path. `null` means the user cancelled.
 */
export const packageChannels = defineChannels({
  'packages:import': { input: z.undefined(), output: ImportSummary.nullable() },
  'packages:export': {
    input: MeetingRef,
    output: z.object({ path: z.string(), files: z.number().int(), bytes: z.number().int() }).nullable(),
  },
});
