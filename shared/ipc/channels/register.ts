import * as z from 'zod';
import { Id, MeetingDetail } from '../../domain/meeting';
import {
  AddSeatInput,
  CommitteeInfo,
  CreateCommitteeInput,
  EndSeatInput,
  GuestInput,
  ImportInput,
  ImportPreview,
  PersonSeats,
  PersonSummary,
  PrintedInput,
  PrintedLines,
  RegisterDetail,
  RegisterOverview,
  ReorderSeatsInput,
  UpdateCommitteeInput,
  UpdateSeatInput,
} from '../../register/model';
import { defineChannels } from '../define';

const CommitteeRef = z.object({ committeeId: Id }).strict();

/**
 * The committee register kept in the app. Mutations run in one transaction each and emit
 * data:changed { entities: ['committees'] } (plus 'meetings' when committee names change).
 */
export const registerChannels = defineChannels({
  'register:overview': { input: z.undefined(), output: RegisterOverview },
  'register:createCommittee': { input: CreateCommitteeInput, output: CommitteeInfo },
  /** Rename, short name, presidium name, archive or restore. */
  'register:updateCommittee': { input: UpdateCommitteeInput, output: CommitteeInfo },
  /** Every seat of the committee, ended ones included (the history). */
  'register:get': { input: CommitteeRef, output: RegisterDetail },
  /** Refused when it gives a presidium role someone else holds in the same period. */
  'register:addSeat': { input: AddSeatInput, output: RegisterDetail },
  'register:updateSeat': { input: UpdateSeatInput, output: RegisterDetail },
  /** Sets the last day of a seat; the seat stays as history. */
  'register:endSeat': { input: EndSeatInput, output: RegisterDetail },
  /** The committee's seats in their new order (every seat id once). */
  'register:reorder': { input: ReorderSeatsInput, output: RegisterDetail },
  /** The kallelse's member lines for a date, exactly as they print. */
  'register:printed': { input: PrintedInput, output: PrintedLines },
  'register:people': { input: z.undefined(), output: z.array(PersonSummary) },
  /** One person's seats in every nämnd. */
  'register:person': { input: z.object({ personId: Id }).strict(), output: PersonSeats },
  /** Reads a pasted or chosen sheet and checks every row; writes nothing. */
  'register:previewImport': { input: ImportInput, output: ImportPreview },
  /** All rows in one transaction, or nothing when any row is wrong. */
  'register:commitImport': {
    input: ImportInput,
    output: z.object({ added: z.number().int(), register: RegisterDetail }),
  },
  /** A one-off invitee of one meeting (a föredragande, a guest); not while the list is frozen. */
  'meetings:addGuest': { input: GuestInput, output: MeetingDetail },
  'meetings:removeGuest': { input: z.object({ meetingId: Id, guestId: Id }).strict(), output: MeetingDetail },
});
