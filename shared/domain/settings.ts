import * as z from 'zod';

/**
 * User settings, kept by electron-store (conf) beside the database. Every field has a default,
 * so a missing or older settings file always parses.
 */
export const AgendaColumn = z.enum(['dnr', 'pages', 'both', 'none']);
export type AgendaColumn = z.infer<typeof AgendaColumn>;

export const PageNumberStyle = z.enum(['bare', 'sida-n-av-N']);
export type PageNumberStyle = z.infer<typeof PageNumberStyle>;

export const Settings = z.object({
  organisation: z
    .object({
      name: z.string().max(200).default(''),
      shortName: z.string().max(40).default(''),
      dnrPrefix: z.string().max(40).default(''),
      postalAddress: z.string().max(200).default(''),
      website: z.string().max(200).default(''),
      /** Stored file (sha256) of the logo image, if any; set through settings:setLogo. */
      logoSha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable()
        .default(null),
    })
    .prefault({}),
  defaultPlace: z.string().max(200).default(''),
  defaultAgendaColumn: AgendaColumn.default('pages'),
  pageNumberStyle: PageNumberStyle.default('bare'),
  exportFolder: z.string().max(4096).nullable().default(null),
  /** Most recent first; at most 10. */
  recentMeetings: z.array(z.string().min(1).max(64)).max(10).default([]),
});
export type Settings = z.infer<typeof Settings>;

/**
 * A patch from the renderer: any subset, organisation merged field by field. The logo is not
 * part of it: only settings:setLogo (which stores and checks the image) may point at a file.
 */
export const SettingsPatch = z
  .object({
    // Written out without defaults: zod 4 applies .default() even inside .partial(), which would
    // blank every organisation field the patch does not mention.
    organisation: z
      .object({
        name: z.string().max(200),
        shortName: z.string().max(40),
        dnrPrefix: z.string().max(40),
        postalAddress: z.string().max(200),
        website: z.string().max(200),
      })
      .partial()
      .strict(),
    defaultPlace: z.string().max(200),
    defaultAgendaColumn: AgendaColumn,
    pageNumberStyle: PageNumberStyle,
    exportFolder: z.string().max(4096).nullable(),
    recentMeetings: z.array(z.string().min(1).max(64)).max(10),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings = (): Settings => Settings.parse({});

/** Most bytes a logo may have (PNG or JPEG). */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** settings:setLogo — the image as base64; its bytes must match the stated type. */
export const LogoInput = z
  .object({
    data: z
      .string()
      .min(1, 'bilden är tom')
      // Up to 3 MB decoded, so a slightly too large logo gets the precise TOO_LARGE message.
      .max(4 * 1024 * 1024, 'bilden är för stor (högst 2 MB)')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'ska vara base64-kodad'),
    mimeType: z.enum(['image/png', 'image/jpeg']),
  })
  .strict();
export type LogoInput = z.infer<typeof LogoInput>;
