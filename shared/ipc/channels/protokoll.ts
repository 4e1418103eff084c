import * as z from 'zod';
import { MeetingRef } from '../../domain/meeting';
import { IsoDate } from '../../package/primitives';
import { Protokoll } from '../../protokoll/model';
import { defineChannels } from '../define';

export const ProtokollView = z.object({
  protokoll: Protokoll.nullable(),
  latestJustering: IsoDate,
  takeDownDate: IsoDate.nullable(),
  warnings: z.array(z.string()),
  /** The nämnd's ersättare order (party → parties), for showing who serves for whom. */
  substituteOrder: z.record(z.string(), z.array(z.string())).optional(),
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
  /** One of the documents to the system print dialog; false when the user cancelled. */
  'protokoll:print': {
    input: MeetingRef.extend({
      document: ProtokollDocument,
      paragraphs: z.array(z.number().int().min(1)).max(1000).optional(),
    }).strict(),
    output: z.object({ printed: z.boolean(), pageCount: z.number().int() }),
  },
  /** The protokoll as the preview pane shows it (base64 PDF). */
  'protokoll:preview': {
    input: MeetingRef,
    output: z.object({ base64: z.string(), pageCount: z.number().int() }),
  },
});
