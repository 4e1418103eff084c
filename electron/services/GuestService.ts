import { randomUUID } from 'node:crypto';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { AppError } from '../../shared/ipc/result';
import type { GuestInput } from '../../shared/register/model';
import { requireMeeting } from '../repos/meetings';
import { deleteGuest, insertGuest } from '../repos/register';
import type { ServiceDeps } from './MeetingService';
import { meetingDetail } from './meetingView';

function refuseFrozen(frozenAt: string | null): void {
  if (frozenAt !== null) {
    throw new AppError(
      'CONFLICT',
      'Mötets lista är låst sedan kallelsen skickades; den ändras inte längre. Lås upp listan först om kallelsen ska skickas på nytt.',
    );
  }
}

/**
 * A meeting's one-off invitees (a guest speaker, a tjänsteman for one ärende), beside the
 * register's seats. Locked with the member list once the kallelse is sent.
 */
export class GuestService {
  constructor(private readonly deps: ServiceDeps) {}

  private get db() {
    return this.deps.db;
  }

  addGuest(input: GuestInput): MeetingDetail {
    this.tx(() => {
      const m = requireMeeting(this.db, input.meetingId);
      refuseFrozen(m.membersFrozenAt);
      insertGuest(
        this.db,
        {
          id: randomUUID(),
          meetingId: m.id,
          name: input.name,
          category: input.category,
          memberGroup: input.group,
          party: input.party ?? null,
          title: input.title ?? null,
        },
        this.iso(),
      );
    });
    this.deps.events.emit('data:changed', { entities: ['meeting'], meetingId: input.meetingId });
    return meetingDetail(this.db, input.meetingId);
  }

  removeGuest(meetingId: string, guestId: string): MeetingDetail {
    this.tx(() => {
      const m = requireMeeting(this.db, meetingId);
      refuseFrozen(m.membersFrozenAt);
      if (deleteGuest(this.db, meetingId, guestId) === 0)
        throw new AppError('NOT_FOUND', 'Den inbjudna finns inte längre på mötet.', guestId);
    });
    this.deps.events.emit('data:changed', { entities: ['meeting'], meetingId });
    return meetingDetail(this.db, meetingId);
  }

  private tx(fn: () => void): void {
    this.db.transaction(fn).immediate();
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
