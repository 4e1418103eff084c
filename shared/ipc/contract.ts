import type { z } from 'zod';
import '../zodLocale';
import { agendaBuilderChannels } from './channels/agendaBuilder';
import { appChannels } from './channels/app';
import { documentChannels } from './channels/documents';
import { meetingChannels } from './channels/meetings';
import { packageChannels } from './channels/packages';
import { pdfChannels } from './channels/pdf';
import { pdfExportChannels } from './channels/pdfExport';
import { protokollChannels } from './channels/protokoll';
import { registerChannels } from './channels/register';
import { reviewChannels } from './channels/review';
import { settingsChannels } from './channels/settings';
import { shellChannels } from './channels/shell';

/**
 * THE channel map: 'domain:verb' → { input, output } zod schemas. The preload (one function
 * per channel), the main-process registry and the renderer's `api` type all derive from it.
 * Add a domain by writing `channels/<domain>.ts` and spreading it here.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...packageChannels,
  ...pdfChannels,
  ...pdfExportChannels,
  ...meetingChannels,
  ...registerChannels,
  ...shellChannels,
  ...reviewChannels,
  ...documentChannels,
  ...protokollChannels,
  ...agendaBuilderChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
