import type { z } from 'zod';

/** One channel: the schema its input must satisfy in main, and the shape of its value. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export type ChannelMap = Record<string, ChannelDef>;

/** Identity helper that checks a domain's channel map and keeps its literal types. */
export const defineChannels = <const M extends ChannelMap>(map: M): M => map;
