import * as z from 'zod';
import { defineChannels } from '../define';

/** A .kallelse file the operating system asked the app to open, after main imported it. */
export const OpenedFile = z.union([
  z.object({ file: z.string(), meetingId: z.string() }),
  /** A presidium review copy: opened in review mode, not imported as a meeting. */
  z.object({ file: z.string(), reviewSessionId: z.string() }),
  z.object({ file: z.string(), error: z.string() }),
]);
export type OpenedFile = z.infer<typeof OpenedFile>;

export const shellChannels = defineChannels({
  /** The files opened from the OS since the last call (each imported by main), oldest first. */
  'shell:takeOpened': { input: z.undefined(), output: z.array(OpenedFile) },
});
