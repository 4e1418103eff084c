import * as z from 'zod';
import { AgendaTemplate } from '../../domain/agendaTemplate';
import { Id, MeetingDetail, MeetingRef, MoveSectionInput, TrashRef, WithdrawItemInput } from '../../domain/meeting';
import { defineChannels } from '../define';

const TemplateResult = z.object({ template: AgendaTemplate, isDefault: z.boolean() });
const CommitteeRef = z.object({ committeeId: Id }).strict();

/** The agenda builder: section order, withdrawn items, undo of deletes, standard agendas, change log. */
export const agendaBuilderChannels = defineChannels({
  /** To a 0-based position; refused once sent when it would renumber items. */
  'sections:move': { input: MoveSectionInput, output: MeetingDetail },
  /** `utgår` on an item of a sent kallelse (its number stays); false takes the mark away. */
  'items:withdraw': { input: WithdrawItemInput, output: MeetingDetail },
  /** Puts back what items:delete, sections:delete or meetings:delete removed, with the same ids. */
  'trash:restore': { input: TrashRef, output: z.object({ meetingId: z.string(), meeting: MeetingDetail }) },
  /** The nämnd's standard agenda (the built-in default until one is saved). */
  'templates:get': { input: CommitteeRef, output: TemplateResult },
  'templates:set': { input: z.object({ committeeId: Id, template: AgendaTemplate }).strict(), output: TemplateResult },
  'templates:reset': { input: CommitteeRef, output: TemplateResult },
  /** Changes made after the kallelse was sent, oldest first. */
  'meetings:changes': {
    input: MeetingRef,
    output: z.array(z.object({ id: z.number(), changedAt: z.string(), action: z.string(), summary: z.string() })),
  },
});
