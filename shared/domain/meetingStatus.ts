import type { MeetingStatus } from '../package/model';

/** The life of a meeting, in order. Any move is allowed (a secretary may step back); sending freezes the member list. */
export const meetingStatusOrder: readonly MeetingStatus[] = [
  'utkast',
  'granskning',
  'faststalld',
  'utskickad',
  'genomford',
  'justerad',
];

/** Swedish labels for the UI and messages. */
export const meetingStatusLabel: Record<MeetingStatus, string> = {
  utkast: 'Utkast',
  granskning: 'Granskning',
  faststalld: 'Fastställd',
  utskickad: 'Utskickad',
  genomford: 'Genomförd',
  justerad: 'Justerad',
};

/** True once the kallelse has been sent: from then on the member list must not change with the register. */
export const isSent = (status: MeetingStatus): boolean =>
  meetingStatusOrder.indexOf(status) >= meetingStatusOrder.indexOf('utskickad');
