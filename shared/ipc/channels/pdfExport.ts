import * as z from 'zod';
import { defineChannels } from '../define';

/** Stops the running PDF export (its progress arrives as `export:progress` with kind 'export'). */
export const pdfExportChannels = defineChannels({
  'pdf:cancelExport': { input: z.undefined(), output: z.object({ cancelled: z.boolean() }) },
});
