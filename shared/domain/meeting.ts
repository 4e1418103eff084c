import * as z from 'zod';
import {
  IsoDate,
  ItemKind,
  MeetingStatus,
  MemberGroup,
  MembershipCategory,
  PresidiumRole,
  Time,
} from '../package/model';
import { AgendaStart } from './agendaTemplate';
import { dateProblem } from './dates';
import { AgendaColumn } from './settings';
import { cleanTitle } from './text';

/**
 * What the renderer sees of meetings: list rows, the full meeting with its agenda, and the
 * inputs of the agenda mutations. Output schemas describe values main sends; input schemas
 * are the contract's gate (strict: unknown fields are refused).
 */

export const Id = z.string().min(1).max(64);
/** A real calendar date in the range the app accepts; the message says which rule failed. */
export const RealDate = z.string().superRefine((d, ctx) => {
  const problem = IsoDate.safeParse(d).success ? dateProblem(d) : `”${d}” är inte ett datum på formen ÅÅÅÅ-MM-DD`;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const CommitteeKind = z.enum(['namnd', 'presidium', 'utskott']);
export type CommitteeKind = z.infer<typeof CommitteeKind>;

export const MeetingSummary = z.object({
  id: z.string(),
  committeeId: z.string(),
  committeeName: z.string(),
  committeeShortName: z.string().nullable(),
  committeeKind: CommitteeKind,
  organisationName: z.string(),
  date: z.string(),
  startTime: z.string(),
  place: z.string(),
  status: MeetingStatus,
  itemCount: z.number().int(),
  documentCount: z.number().int(),
  updatedAt: z.string(),
  /** Imported again and kept beside the original ("keep both"). */
  isCopy: z.boolean(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const DocumentType = z.enum([
  'protokollsutdrag',
  'tjansteskrivelse',
  'missiv',
  'informationshandlingar',
  'delegationsbeslut',
  'pdf',
]);
export type DocumentType = z.infer<typeof DocumentType>;

export const DocumentSummary = z.object({
  id: z.string(),
  type: DocumentType,
  /** Display title; compilations get their standard heading. */
  title: z.string(),
  date: z.string().nullable(),
  dnr: z.string().nullable(),
  paragraph: z.number().int().nullable(),
  /** Pages of an imported PDF; null for documents the app typesets (known after rendering). */
  pageCount: z.number().int().nullable(),
  fileSha256: z.string().nullable(),
  bilaga: z.string().nullable(),
  role: z.enum(['beslutsunderlag', 'for_information']).nullable(),
  public: z.boolean(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const AgendaItemView = z.object({
  id: z.string(),
  sectionId: z.string(),
  /** 1..N across all sections. */
  number: z.number().int(),
  title: z.string(),
  dnr: z.string().nullable(),
  kind: ItemKind.nullable(),
  presenter: z.string().nullable(),
  public: z.boolean(),
  /** Withdrawn after the kallelse was sent: keeps its number, prints `utgår`. */
  withdrawn: z.boolean(),
  /** Added after the kallelse was sent: an extra ärende, numbered after the last. */
  extra: z.boolean(),
  documents: z.array(DocumentSummary),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const AgendaSectionView = z.object({
  id: z.string(),
  heading: z.string().nullable(),
  items: z.array(AgendaItemView),
});
export type AgendaSectionView = z.infer<typeof AgendaSectionView>;

export const MemberLine = z.object({
  membershipId: z.string().nullable(),
  /** Set for a one-off invitee of this meeting (removable until the list is frozen). */
  guestId: z.string().nullable(),
  /** As the kallelse prints it: `Monica Samuelsson (KD) 1:e vice ordf.`. */
  line: z.string(),
  name: z.string().nullable(),
  vacant: z.boolean(),
  category: MembershipCategory,
  group: MemberGroup,
  party: z.string().nullable(),
  presidiumRole: PresidiumRole.nullable(),
  title: z.string().nullable(),
});
export type MemberLine = z.infer<typeof MemberLine>;

export const MeetingDetail = z.object({
  id: z.string(),
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    dnrPrefix: z.string().nullable(),
  }),
  committee: z.object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: CommitteeKind,
    presidiumName: z.string().nullable(),
  }),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  place: z.string(),
  status: MeetingStatus,
  agendaColumn: AgendaColumn,
  presidiumMeeting: z
    .object({
      id: z.string(),
      date: z.string(),
      startTime: z.string(),
      place: z.string(),
      paragraphFrom: z.number().int().nullable(),
      paragraphTo: z.number().int().nullable(),
    })
    .nullable(),
  /** When the member list was frozen; null while it is derived from the register on the meeting date. */
  membersFrozenAt: z.string().nullable(),
  /** True once the kallelse is sent: numbers are frozen, new items are extra ärenden. */
  numbersFrozen: z.boolean(),
  members: z.array(MemberLine),
  sections: z.array(AgendaSectionView),
  itemCount: z.number().int(),
  documentCount: z.number().int(),
  /** Sum of the pages of imported PDFs. */
  importedPdfPages: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

// ---------- inputs ----------

export const MeetingRef = z.object({ meetingId: Id }).strict();

export const MeetingPatch = z
  .object({
    date: RealDate,
    startTime: Time,
    endTime: Time.nullable(),
    place: z.string().trim().min(1, 'platsen får inte vara tom').max(200),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'ange minst ett fält att ändra' });
export type MeetingPatch = z.infer<typeof MeetingPatch>;

/** A one-line title: cleaned (control characters out, trimmed), never empty. */
export const Title = (max: number) =>
  z
    .string()
    .transform(cleanTitle)
    .pipe(z.string().min(1, 'rubriken får inte vara tom').max(max, `rubriken får vara högst ${max} tecken`));
const Text = Title;
/** Optional one-line text: cleaned; empty becomes null. */
const OptionalText = (max: number) =>
  z
    .string()
    .transform(cleanTitle)
    .pipe(z.string().max(max, `texten får vara högst ${max} tecken`))
    .transform((v) => (v === '' ? null : v))
    .nullable();

export const ItemInput = z
  .object({
    title: Text(500),
    dnr: OptionalText(100),
    kind: ItemKind.nullable(),
    presenter: OptionalText(200),
    public: z.boolean(),
  })
  .partial()
  .strict();
export type ItemInput = z.infer<typeof ItemInput>;

export const AddItemInput = z
  .object({
    sectionId: Id,
    /** 0-based place in the section; default: last. */
    position: z.number().int().min(0).optional(),
    title: Text(500),
    dnr: OptionalText(100).optional(),
    kind: ItemKind.nullable().optional(),
    presenter: OptionalText(200).optional(),
    public: z.boolean().optional(),
  })
  .strict();
export type AddItemInput = z.infer<typeof AddItemInput>;

export const UpdateItemInput = z
  .object({
    itemId: Id,
    patch: ItemInput.refine((p) => Object.keys(p).length > 0, { message: 'ange minst ett fält att ändra' }),
  })
  .strict();

export const ItemRef = z.object({ itemId: Id }).strict();

export const MoveItemInput = z.object({ itemId: Id, sectionId: Id, position: z.number().int().min(0) }).strict();

export const AddSectionInput = z
  .object({ meetingId: Id, heading: OptionalText(200), position: z.number().int().min(0).optional() })
  .strict();
export const UpdateSectionInput = z.object({ sectionId: Id, heading: OptionalText(200) }).strict();
export const SectionRef = z.object({ sectionId: Id }).strict();
/** Deleting a section with items: they are deleted too, or moved to the neighbouring section. */
export const DeleteSectionInput = z.object({ sectionId: Id, items: z.enum(['delete', 'move']).optional() }).strict();
export const MoveSectionInput = z.object({ sectionId: Id, position: z.number().int().min(0) }).strict();
export const WithdrawItemInput = z.object({ itemId: Id, withdrawn: z.boolean() }).strict();
export const TrashRef = z.object({ trashId: Id }).strict();
/** What a delete answers: the key undo restores it with, and the meeting after the delete. */
export const DeletedWithMeeting = z.object({ trashId: z.string(), meeting: MeetingDetail });

export const SetStatusInput = z
  .object({
    meetingId: Id,
    status: MeetingStatus,
    /** Required when going back a step: why (recorded with the move). */
    reason: z.string().trim().min(1, 'skriv varför').max(500).optional(),
  })
  .strict();
export const SetAgendaColumnInput = z.object({ meetingId: Id, agendaColumn: AgendaColumn }).strict();
export const UpdateMeetingInput = z.object({ meetingId: Id, patch: MeetingPatch }).strict();

export const CommitteeSummary = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: CommitteeKind,
  organisationId: z.string(),
  organisationName: z.string(),
  membershipCount: z.number().int(),
  meetingCount: z.number().int(),
});
export type CommitteeSummary = z.infer<typeof CommitteeSummary>;

/** A new, empty meeting; place and agenda column default to the settings. */
export const CreateMeetingInput = z
  .object({
    committeeId: Id,
    date: RealDate,
    startTime: Time,
    endTime: Time.nullable().optional(),
    place: z.string().trim().min(1).max(200).optional(),
    /** Where the agenda comes from; default: the nämnd's standard agenda. */
    start: AgendaStart.optional(),
  })
  .strict();
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;
