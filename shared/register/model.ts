import * as z from 'zod';
import { Id, RealDate } from '../domain/meeting';
import { MemberGroup, MembershipCategory, PresidiumRole } from '../package/model';

/**
 * What crosses the IPC boundary for the register: committees, seats, people, the printed
 * preview and the spreadsheet import. Inputs are strict (unknown fields refused).
 */

const Text = (max: number) => z.string().trim().max(max);
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable();

export const UtskottSummary = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  archivedAt: z.string().nullable(),
});

export const CommitteeInfo = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  kind: z.enum(['namnd', 'utskott']),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  archivedAt: z.string().nullable(),
  presidiumName: z.string().nullable(),
  utskott: z.array(UtskottSummary),
  seatCount: z.number().int(),
  meetingCount: z.number().int(),
});
export type CommitteeInfo = z.infer<typeof CommitteeInfo>;

export const RegisterOverview = z.object({
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Nämnder first by name, each followed by nothing: utskott are listed inside their nämnd. */
  committees: z.array(CommitteeInfo),
});
export type RegisterOverview = z.infer<typeof RegisterOverview>;

export const SeatView = z.object({
  id: z.string(),
  committeeId: z.string(),
  personId: z.string().nullable(),
  name: z.string().nullable(),
  vacant: z.boolean(),
  category: MembershipCategory,
  group: MemberGroup,
  party: z.string().nullable(),
  presidiumRole: PresidiumRole.nullable(),
  title: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  sortOrder: z.number().int(),
  /** The line as the kallelse prints it: `Monica Samuelsson (KD) 1:e vice ordf.`. */
  line: z.string(),
});
export type SeatView = z.infer<typeof SeatView>;

export const RegisterDetail = z.object({ committee: CommitteeInfo, seats: z.array(SeatView) });
export type RegisterDetail = z.infer<typeof RegisterDetail>;

export const PrintedGroup = z.object({
  group: MemberGroup,
  label: z.string(),
  subgroups: z.array(z.object({ category: MembershipCategory, label: z.string(), lines: z.array(z.string()) })),
});
export const PrintedLines = z.object({ date: z.string(), groups: z.array(PrintedGroup) });
export type PrintedLines = z.infer<typeof PrintedLines>;

export const PersonSeats = z.object({
  personId: z.string(),
  name: z.string(),
  seats: z.array(
    z.object({
      membershipId: z.string(),
      committeeId: z.string(),
      committeeName: z.string(),
      category: MembershipCategory,
      line: z.string(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    }),
  ),
});
export type PersonSeats = z.infer<typeof PersonSeats>;

export const PersonSummary = z.object({ id: z.string(), name: z.string(), seatCount: z.number().int() });
export type PersonSummary = z.infer<typeof PersonSummary>;

export const CreateCommitteeInput = z
  .object({
    name: Text(200).min(1, 'ange nämndens namn'),
    shortName: OptionalText(40).optional(),
    /** An utskott under this nämnd; absent for a nämnd. */
    parentId: Id.optional(),
    organisationId: Id.optional(),
    /** A new organisation by name (a fresh install has none). */
    organisationName: Text(200).optional(),
  })
  .strict();
export type CreateCommitteeInput = z.input<typeof CreateCommitteeInput>;

export const UpdateCommitteeInput = z
  .object({
    committeeId: Id,
    patch: z
      .object({
        name: Text(200).min(1, 'ange ett namn').optional(),
        shortName: OptionalText(40).optional(),
        presidiumName: OptionalText(200).optional(),
        archived: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();
export type UpdateCommitteeInput = z.input<typeof UpdateCommitteeInput>;

const NullableDate = z
  .union([RealDate, z.literal('')])
  .transform((s) => (s === '' ? null : s))
  .nullable();

export const SeatFields = z
  .object({
    /** Empty name = a vacant seat (it keeps its party). */
    name: OptionalText(200),
    category: MembershipCategory,
    group: MemberGroup.optional(),
    party: OptionalText(40),
    presidiumRole: PresidiumRole.nullable(),
    title: OptionalText(200),
    validFrom: NullableDate,
    validTo: NullableDate,
  })
  .strict();
export type SeatFields = z.input<typeof SeatFields>;

export const AddSeatInput = z.object({ committeeId: Id, seat: SeatFields }).strict();
export const UpdateSeatInput = z.object({ membershipId: Id, seat: SeatFields }).strict();
export const EndSeatInput = z.object({ membershipId: Id, validTo: RealDate }).strict();
export const ReorderSeatsInput = z.object({ committeeId: Id, order: z.array(Id).max(2000) }).strict();
export const PrintedInput = z.object({ committeeId: Id, date: RealDate }).strict();

/** Pasted text, or a file's bytes (base64) that main decodes (UTF-8 or Windows-1252). */
export const SheetSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(2_000_000) }).strict(),
  z.object({ kind: z.literal('bytes'), base64: z.string().max(3_000_000) }).strict(),
]);
export type SheetSource = z.infer<typeof SheetSource>;

export const ImportInput = z.object({ committeeId: Id, source: SheetSource }).strict();

export const ImportPreview = z.object({
  ok: z.boolean(),
  errors: z.array(z.string()),
  encoding: z.string(),
  delimiter: z.string(),
  rows: z.array(
    z.object({ row: z.number().int(), category: MembershipCategory, line: z.string(), period: z.string() }),
  ),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const GuestInput = z
  .object({
    meetingId: Id,
    name: Text(200).min(1, 'ange ett namn'),
    category: MembershipCategory,
    group: MemberGroup,
    party: OptionalText(40).optional(),
    title: OptionalText(200).optional(),
  })
  .strict();
export type GuestInput = z.input<typeof GuestInput>;
