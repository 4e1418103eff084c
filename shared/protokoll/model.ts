import * as z from 'zod';
import { IsoDate, MembershipCategory, Time } from '../package/primitives';
import { markdownText, TEXT_LIMITS } from '../package/textLimits';

/**
 * The protokoll of a nämnd meeting, written by the secretary after the meeting: närvaro,
 * one paragraf per decided ärende, justering and the anslag (kommunallagen 6 kap. 35 §,
 * 8 kap. 12 §). Plain data, carried in the exchange package as `meeting.protokoll` (an
 * optional property: every v1 package without it still imports).
 */

export const Person = z.object({
  name: z.string().trim().min(1).max(200),
  party: z.string().trim().max(20).optional(),
  /** Tjänstemän: title; personalrepresentanter: union. */
  title: z.string().trim().max(200).optional(),
});
export type Person = z.infer<typeof Person>;

/** A person on the närvaro list, as called to the meeting. */
export const Attendee = Person.extend({
  category: MembershipCategory,
  /** Present from the start of the meeting. */
  present: z.boolean(),
  /** Ordförande, vice ordförande: printed after the name as in the kallelse. */
  role: z.string().max(40).optional(),
});
export type Attendee = z.infer<typeof Attendee>;

/** Närvaro changes during the meeting: from paragraf `from` on, `name` arrives or leaves. */
export const AttendanceChange = z.object({
  from: z.number().int().min(1),
  name: z.string().min(1),
  present: z.boolean(),
});
export type AttendanceChange = z.infer<typeof AttendanceChange>;

export const VoteRow = z.object({
  name: z.string().min(1),
  party: z.string().optional(),
  vote: z.enum(['ja', 'nej', 'avstar']),
});
export type VoteRow = z.infer<typeof VoteRow>;

/** Markdown, with the limits the kallelse's texts share (nesting too: markdown-it drops what is deeper than it reads). */
const Text = markdownText(TEXT_LIMITS.sammanfattning);
const Lines = z.array(z.string().max(2000)).max(500);

export const Paragraf = z.object({
  /** § number, continuing the nämnd's series; frozen at justering. */
  number: z.number().int().min(1),
  title: z.string().trim().min(1).max(500),
  dnr: z.string().max(100).optional(),
  /** Beslut, as Markdown (the rich-text editor's format). */
  beslut: Text.default(''),
  sammanfattning: Text.optional(),
  beslutsunderlag: Lines.optional(),
  yrkanden: Text.optional(),
  propositionsordning: Text.optional(),
  omrostning: z.object({ proposition: z.string().max(2000).optional(), rows: z.array(VoteRow).max(500) }).optional(),
  reservationer: Text.optional(),
  protokollsanteckningar: Text.optional(),
  /** Names of ledamöter who declared jäv and did not take part. */
  jav: z.array(z.string().min(1)).max(100).optional(),
  beslutetSkickasTill: Lines.optional(),
  /** Justerad omedelbart at the meeting (brådskande). */
  omedelbarJustering: z.boolean().optional(),
});
export type Paragraf = z.infer<typeof Paragraf>;

export const Protokoll = z.object({
  startTime: Time,
  endTime: Time.optional(),
  attendees: z.array(Attendee).max(500),
  attendanceChanges: z.array(AttendanceChange).max(500).optional(),
  secretary: z.string().trim().max(200).optional(),
  chair: z.string().trim().max(200).optional(),
  justerare: z.array(z.string().trim().min(1).max(200)).max(4).default([]),
  justeringPlace: z.string().max(200).optional(),
  justeringDate: IsoDate.optional(),
  /** Set when justerat: the § numbers are frozen from then on. */
  justerad: z.boolean().optional(),
  paragraphs: z.array(Paragraf).max(1000),
  /** Filled in over time: the storage place is often known before the posting date. */
  anslag: z
    .object({
      postedDate: IsoDate.optional(),
      storagePlace: z.string().max(300),
      signer: z.string().max(200).optional(),
    })
    .optional(),
});
export type Protokoll = z.infer<typeof Protokoll>;

/** The anslagsbevis can be printed once both the posting date and the storage place are given. */
export const anslagComplete = (p: Protokoll): boolean => Boolean(p.anslag?.postedDate && p.anslag.storagePlace.trim());
