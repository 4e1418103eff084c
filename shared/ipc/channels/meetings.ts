import * as z from 'zod';
import {
  AddItemInput,
  AddSectionInput,
  CommitteeSummary,
  CreateMeetingInput,
  DeletedWithMeeting,
  DeleteSectionInput,
  ItemRef,
  MeetingDetail,
  MeetingRef,
  MeetingSummary,
  MoveItemInput,
  SetAgendaColumnInput,
  SetStatusInput,
  UpdateItemInput,
  UpdateMeetingInput,
  UpdateSectionInput,
} from '../../domain/meeting';
import { ImportSummary, SampleName } from '../../domain/packages';
import { defineChannels } from '../define';

/**
 * Meetings, their agenda, and the sample packages. Every mutation runs in one transaction
 * and emits data:changed { entities: ['meetings', 'meeting'], meetingId }; the agenda
 * mutations answer with the whole updated meeting so the view can replace its copy.
 */
export const meetingChannels = defineChannels({
  /** Newest first. Presidium meetings (known only as the source of protocol extracts) are left out unless asked for. */
  'meetings:list': {
    input: z.object({ includePresidium: z.boolean().optional() }).strict().optional(),
    output: z.array(MeetingSummary),
  },
  /** The settings' recent list, as summaries of the meetings that exist in this database. */
  'meetings:recent': { input: z.undefined(), output: z.array(MeetingSummary) },
  'meetings:get': { input: MeetingRef, output: MeetingDetail },
  /** A new empty meeting (one untitled section) in a committee; place and agenda column default to the settings. */
  'meetings:create': { input: CreateMeetingInput, output: MeetingDetail },
  /** Nämnder and utskott known to the database (they come with imported packages). */
  'committees:list': { input: z.undefined(), output: z.array(CommitteeSummary) },
  /** get + puts the meeting first in the recent list. */
  'meetings:open': { input: MeetingRef, output: MeetingDetail },
  'meetings:update': { input: UpdateMeetingInput, output: MeetingDetail },
  /** Moving to utskickad or later freezes the member list. */
  'meetings:setStatus': { input: SetStatusInput, output: MeetingDetail },
  'meetings:setAgendaColumn': { input: SetAgendaColumnInput, output: MeetingDetail },
  'meetings:freezeMembers': { input: MeetingRef, output: MeetingDetail },
  'meetings:unfreezeMembers': { input: MeetingRef, output: MeetingDetail },
  /** Kept for undo: `trash:restore` with the trashId brings the meeting back. */
  /** `detach`: also when other meetings' protokollsutdrag refer to it (they lose §§, Tid and Plats; undo relinks). */
  'meetings:delete': {
    input: z.object({ meetingId: MeetingRef.shape.meetingId, detach: z.boolean().optional() }).strict(),
    output: z.object({ meetingId: z.string(), trashId: z.string() }),
  },
  /** Meetings whose presidium link or protokollsutdrag refer to this one (the delete confirmation names them). */
  'meetings:references': {
    input: MeetingRef,
    output: z.array(z.object({ meetingId: z.string(), committeeName: z.string(), date: z.string() })),
  },

  'items:add': { input: AddItemInput, output: z.object({ itemId: z.string(), meeting: MeetingDetail }) },
  'items:update': { input: UpdateItemInput, output: MeetingDetail },
  /** Kept for undo (`trash:restore`). Refused for an item of a sent kallelse (withdraw it instead). */
  'items:delete': { input: ItemRef, output: DeletedWithMeeting },
  /** To a 0-based position in a section of the same meeting; numbers 1..N follow. */
  'items:move': { input: MoveItemInput, output: MeetingDetail },
  'sections:add': { input: AddSectionInput, output: z.object({ sectionId: z.string(), meeting: MeetingDetail }) },
  'sections:update': { input: UpdateSectionInput, output: MeetingDetail },
  /** Never the last one; a section with items needs `items: 'delete' | 'move'`. Kept for undo. */
  'sections:delete': { input: DeleteSectionInput, output: DeletedWithMeeting },

  /** "Öppna exempelmötet": imports a bundled sample package as a new meeting. */
  'samples:open': { input: z.object({ sample: SampleName }).strict(), output: ImportSummary },
});
