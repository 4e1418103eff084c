import { z } from 'zod';
import { MeetingRef } from '../../domain/meeting';
import { IsoDate } from '../../package/primitives';
import { Protokoll } from '../../protokoll/model';
import { defineChannels } from '../define';

export const ProtokollView = z.object({
  protokoll: Protokoll.nullable(),
  latestJustering: IsoDate,
  takeDownDate: IsoDate.nullable(),
  warnings: z.array(z.string()),
});
export type ProtokollView = z.infer<typeof ProtokollView>;

export const ProtokollDocument = z.enum(['protokoll', 'omedelbar', 'utdrag', 'anslag']);

/**
 * The protokoll after a meeting: read, create (pre-filled from the kallelse), save, justera,
 * and export one of its documents as PDF through main's save dialog (`null`: cancelled).
 */
export const protokollChannels = defineChannels({
  'protokoll:get': { input: MeetingRef, output: ProtokollView },
  'protokoll:create': { input: MeetingRef, output: ProtokollView },
  'protokoll:update': { input: MeetingRef.extend({ protokoll: Protokoll }).strict(), output: ProtokollView },
  'protokoll:justera': { input: MeetingRef.extend({ justeringDate: IsoDate }).strict(), output: ProtokollView },
  'protokoll:export': {
    input: MeetingRef.extend({
      document: ProtokollDocument,
      paragraphs: z.array(z.number().int().min(1)).max(1000).optional(),
    }).strict(),
    output: z.object({ path: z.string(), pageCount: z.number().int() }).nullable(),
  },
});
