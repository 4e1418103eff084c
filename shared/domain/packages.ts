import { z } from 'zod';

/** The sample packages that ship beside the project (../shared/samples). */
export const SampleName = z.enum(['ana-2022-02-23', 'minimal']);
export type SampleName = z.infer<typeof SampleName>;

export const ImportSummary = z.object({
  meetingId: z.string(),
  items: z.number().int(),
  documents: z.number().int(),
  memberships: z.number().int(),
  files: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
