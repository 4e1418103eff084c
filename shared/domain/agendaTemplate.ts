import * as z from 'zod';
import { ItemKind } from '../package/model';
import { cleanTitle } from './text';

/**
 * The standard agenda of a nämnd: sections with the items that recur at every meeting. A new
 * meeting starts from it (or from the previous meeting's structure). Stored per committee as
 * JSON; without a stored one the default below applies (the usual opening items, then
 * information, decisions and other matters).
 */

const Title = z
  .string()
  .transform(cleanTitle)
  .pipe(z.string().min(1, 'rubriken får inte vara tom').max(500, 'rubriken får vara högst 500 tecken'));

export const TemplateItem = z.object({ title: Title, kind: ItemKind.nullable() }).strict();
export type TemplateItem = z.infer<typeof TemplateItem>;

export const TemplateSection = z
  .object({
    heading: z
      .string()
      .transform(cleanTitle)
      .pipe(z.string().max(200, 'rubriken får vara högst 200 tecken'))
      .nullable()
      .transform((h) => (h === '' ? null : h)),
    items: z.array(TemplateItem).max(100),
  })
  .strict();
export type TemplateSection = z.infer<typeof TemplateSection>;

export const AgendaTemplate = z
  .object({ sections: z.array(TemplateSection).min(1, 'standarddagordningen behöver minst ett avsnitt').max(50) })
  .strict();
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const defaultAgendaTemplate: AgendaTemplate = {
  sections: [
    {
      heading: null,
      items: [
        { title: 'Upprop och val av protokollsjusterare', kind: 'justerare' },
        { title: 'Fastställande av dagordning', kind: 'dagordning' },
        { title: 'Föregående mötesprotokoll', kind: 'foregaende_protokoll' },
        { title: 'Anmälan av informationshandlingar', kind: 'informationshandlingar' },
        { title: 'Anmälan av delegationsbeslut', kind: 'delegationsbeslut' },
        { title: 'Inkomna remisser, promemorior och motioner', kind: 'remisser' },
        { title: 'Kurser och konferenser', kind: 'kurser_konferenser' },
      ],
    },
    {
      heading: 'Informationsärenden och aktuellt',
      items: [{ title: 'Aktuell information', kind: 'aktuell_information' }],
    },
    { heading: 'Beslutsärenden för nämnden', items: [] },
    { heading: 'Övrigt', items: [{ title: 'Övriga frågor', kind: 'ovriga_fragor' }] },
  ],
};

/** Kinds that come back at every meeting; "the previous meeting's structure" keeps these items only. */
export const recurringKinds: ReadonlySet<ItemKind> = new Set([
  'justerare',
  'dagordning',
  'foregaende_protokoll',
  'informationshandlingar',
  'delegationsbeslut',
  'remisser',
  'kurser_konferenser',
  'aktuell_information',
  'ovriga_fragor',
]);

/** Where a new meeting's agenda comes from. */
export const AgendaStart = z.enum(['template', 'previous', 'empty']);
export type AgendaStart = z.infer<typeof AgendaStart>;
