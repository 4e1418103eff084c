import * as z from 'zod';
import { Protokoll } from '../protokoll/model';
/**
 * The kallelse-package v1 model (../formats/kallelse-package.schema.json, copied to
 * shared/package/kallelse-package.schema.json) as zod types. This is the currency between
 * the data layer (import/export, database) and the PDF engine: the engine renders a
 * `KallelsePackage` plus a way to read its files, whether they come from a folder, a
 * .kallelse zip or the database's content store.
 *
 * The JSON Schema stays the strict gatekeeper at import (unknown properties, x- extras);
 * these types are what the code works with after that. Unknown keys are stripped here.
 */
import { IsoDate, MembershipCategory, Time } from './primitives';
import { limitedText, markdownText, TEXT_LIMITS } from './textLimits';

export { IsoDate, MembershipCategory, Time };
export const Dnr = z.string().min(1).max(TEXT_LIMITS.dnr, `högst ${TEXT_LIMITS.dnr} tecken`);

/**
 * Identity of a meeting, item or document across exports (`x-id`, written by Kallelse's
 * exporter; other writers may omit it). Review comments and change reports anchor on it.
 * Kept through the zod model while other x- properties are stripped.
 */
export const XId = z.string().min(1).optional();
const identified = { 'x-id': XId };

export const FileRef = z.object({
  path: z.string().min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type FileRef = z.infer<typeof FileRef>;

export const Organisation = z.object({
  name: z.string().min(1),
  shortName: z.string().optional(),
  dnrPrefix: z.string().optional(),
  postalAddress: z.string().optional(),
  website: z.string().optional(),
  logo: FileRef.optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const MemberGroup = z.enum(['kallade', 'for_kannedom']);
export type MemberGroup = z.infer<typeof MemberGroup>;
export const PresidiumRole = z.enum(['ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande']);
export type PresidiumRole = z.infer<typeof PresidiumRole>;

export const Membership = z.object({
  name: z.string().optional(),
  vacant: z.boolean().optional(),
  category: MembershipCategory,
  group: MemberGroup.optional(),
  party: z.string().optional(),
  presidiumRole: PresidiumRole.optional(),
  title: z.string().optional(),
  email: z.string().optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  order: z.number().int().min(0).optional(),
});
export type Membership = z.infer<typeof Membership>;

export const Committee = z.object({
  name: z.string().min(1),
  shortName: z.string().optional(),
  presidiumName: z.string().optional(),
  memberships: z.array(Membership),
  /** For a ledamot's party, the parties whose ersättare serve in the seat, in order (protokoll). */
  substituteOrder: z.record(z.string(), z.array(z.string())).optional(),
  /** § numbering: one series per calendar year (default) or per meeting. */
  paragraphSeries: z.enum(['year', 'meeting']).optional(),
});
export type Committee = z.infer<typeof Committee>;

export const Signatory = z.object({ name: z.string(), title: z.string().optional(), unit: z.string().optional() });
export type Signatory = z.infer<typeof Signatory>;

export const Protokollsutdrag = z.object({
  ...identified,
  type: z.literal('protokollsutdrag'),
  paragraph: z.number().int().min(1),
  title: limitedText(TEXT_LIMITS.title).min(1),
  dnr: Dnr.optional(),
  jav: z.array(z.string()).optional(),
  decisionIntro: z.string().optional(),
  decisionStyle: z.enum(['bullet', 'numbered', 'plain']).optional(),
  decisionPoints: z.array(z.string()).optional(),
  decisionClosing: z.string().optional(),
  sammanfattning: markdownText(TEXT_LIMITS.sammanfattning).optional(),
  beslutsunderlag: z.array(z.string()).optional(),
  yrkanden: z.array(z.string()).optional(),
  beslutetSkickasTill: z.array(z.string()).optional(),
});
export type Protokollsutdrag = z.infer<typeof Protokollsutdrag>;

export const Tjansteskrivelse = z.object({
  ...identified,
  type: z.enum(['tjansteskrivelse', 'missiv']),
  date: IsoDate,
  dnr: Dnr.optional(),
  addressee: z.string().optional(),
  title: limitedText(TEXT_LIMITS.title).min(1),
  forslagTillBeslut: z
    .object({
      subject: z.string().optional(),
      style: z.enum(['bullet', 'numbered']).optional(),
      points: z.array(z.string()).optional(),
    })
    .optional(),
  sammanfattning: markdownText(TEXT_LIMITS.sammanfattning).optional(),
  informationIArendet: markdownText(TEXT_LIMITS.informationIArendet).optional(),
  beslutsunderlag: z.array(z.string()).optional(),
  beslutSkickasTill: z.array(z.string()).optional(),
  signatureUnit: z.string().optional(),
  signatories: z.array(Signatory).optional(),
});
export type Tjansteskrivelse = z.infer<typeof Tjansteskrivelse>;

export const informationCategories = [
  'Protokoll',
  'Inkomna handlingar',
  'Utgående skrivelser',
  'Regeringsbeslut',
  'Cirkulär från SKR',
  'Beslut från SKR',
  'Övrigt',
] as const;
export const InformationCategory = z.enum(informationCategories);
export type InformationCategory = z.infer<typeof InformationCategory>;

export const Informationshandlingar = z.object({
  ...identified,
  type: z.literal('informationshandlingar'),
  dnr: Dnr.optional(),
  entries: z.array(
    z.object({ category: InformationCategory, reference: z.string().optional(), text: z.string().min(1) }),
  ),
});
export type Informationshandlingar = z.infer<typeof Informationshandlingar>;

export const Delegationsbeslut = z.object({
  ...identified,
  type: z.literal('delegationsbeslut'),
  dnr: Dnr.optional(),
  rows: z.array(
    z.object({
      arendetyp: z.string(),
      rubrik: z.string(),
      dnr: z.string().optional(),
      beslutsdatum: IsoDate,
      delegat: z.string(),
    }),
  ),
});
export type Delegationsbeslut = z.infer<typeof Delegationsbeslut>;

export const ImportedPdf = z.object({
  ...identified,
  type: z.literal('pdf'),
  title: limitedText(TEXT_LIMITS.title).min(1),
  file: FileRef,
  date: IsoDate.optional(),
  dnr: Dnr.optional(),
  bilaga: z.string().optional(),
  role: z.enum(['beslutsunderlag', 'for_information']).optional(),
  public: z.boolean().optional(),
});
export type ImportedPdf = z.infer<typeof ImportedPdf>;

export const PackageDocument = z.discriminatedUnion('type', [
  Protokollsutdrag,
  Tjansteskrivelse,
  Informationshandlingar,
  Delegationsbeslut,
  ImportedPdf,
]);
export type PackageDocument = z.infer<typeof PackageDocument>;

export const ItemKind = z.enum([
  'justerare',
  'dagordning',
  'foregaende_protokoll',
  'informationshandlingar',
  'delegationsbeslut',
  'remisser',
  'kurser_konferenser',
  'aktuell_information',
  'information',
  'beslut',
  'ovriga_fragor',
  'ovrigt',
]);
export type ItemKind = z.infer<typeof ItemKind>;

export const Item = z.object({
  ...identified,
  number: z.number().int().min(1).optional(),
  title: limitedText(TEXT_LIMITS.title),
  dnr: Dnr.optional(),
  kind: ItemKind.optional(),
  presenter: limitedText(TEXT_LIMITS.presenter).optional(),
  public: z.boolean().optional(),
  documents: z.array(PackageDocument).optional(),
  /** Kept (not stripped) because print shows them: see itemState.ts. */
  'x-kallelse-utgar': z.boolean().optional(),
  'x-kallelse-extraArende': z.boolean().optional(),
});
export type Item = z.infer<typeof Item>;

export const Section = z.object({
  heading: limitedText(TEXT_LIMITS.heading).nullable().optional(),
  items: z.array(Item),
});
export type Section = z.infer<typeof Section>;

export const MeetingStatus = z.enum(['utkast', 'granskning', 'faststalld', 'utskickad', 'genomford', 'justerad']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const PresidiumMeeting = z.object({
  date: IsoDate,
  startTime: Time,
  place: z.string(),
  paragraphFrom: z.number().int().min(1).optional(),
  paragraphTo: z.number().int().min(1).optional(),
});
export type PresidiumMeeting = z.infer<typeof PresidiumMeeting>;

export const Meeting = z.object({
  ...identified,
  date: IsoDate,
  startTime: Time,
  endTime: Time.optional(),
  place: z.string().min(1),
  status: MeetingStatus.optional(),
  agendaColumn: z.enum(['dnr', 'pages', 'both', 'none']).optional(),
  presidiumMeeting: PresidiumMeeting.optional(),
  invitees: z.array(Membership).optional(),
  /** One-off invitees of this meeting (a föredragande, a guest); an x- extension, so v1 readers ignore it. */
  'x-guests': z.array(Membership).optional().catch(undefined),
  sections: z.array(Section).min(1),
  /** The protokoll written after the meeting (an addition to v1; absent in older packages). */
  protokoll: Protokoll.optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const KallelsePackage = z.object({
  format: z.literal('kallelse-package'),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  organisation: Organisation,
  committee: Committee,
  meeting: Meeting,
});
export type KallelsePackage = z.infer<typeof KallelsePackage>;

/**
 * A package plus access to its files' bytes. `read` receives the FileRef as written in the
 * package; implementations check that the path stays inside the package and, where a sha256
 * is given, that the bytes match.
 */
export interface LoadedPackage {
  pkg: KallelsePackage;
  readFile(ref: FileRef): Promise<Uint8Array>;
  /** The sha256 of a file already read and hashed (a loaded package): a render need not read it to know it. */
  sha256Of?(ref: FileRef): string | undefined;
}
