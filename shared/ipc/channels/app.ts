import * as z from 'zod';
import { defineChannels } from '../define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Folder holding the database, stored files and settings. */
  dataDir: z.string(),
  databasePath: z.string(),
  /** 'electron' in the desktop app, 'node' in the CLI and the test harness. */
  runtime: z.enum(['electron', 'node']),
  /** The data folder cannot be written: meetings can be viewed and exported, not changed. */
  readOnly: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = defineChannels({
  'app:info': { input: z.undefined(), output: AppInfo },
});
