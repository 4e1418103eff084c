import type { MeetingStatus } from '../package/model';

/** The life of a meeting, in order. */
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

/** What each step means, shown beside the status control. */
export const meetingStatusMeaning: Record<MeetingStatus, string> = {
  utkast: 'Sekreteraren sätter ihop kallelsen. Sidorna märks UTKAST.',
  granskning: 'Presidiet granskar utkastet. En version sparas och kan skickas som granskningskopia.',
  faststalld: 'Presidiet har godkänt föredragningslistan. UTKAST-märkningen försvinner.',
  utskickad: 'Kallelsen är skickad till ledamöterna. En version sparas och ledamotslistan låses.',
  genomford: 'Sammanträdet är hållet. Protokollet skrivs.',
  justerad: 'Protokollet är justerat. Mötet är avslutat.',
};

/**
 * The allowed moves. Forward one step at a time (a meeting may skip granskning when no
 * presidium review is held); back only to where a mistake or a correction needs it. Going
 * back must be confirmed and is recorded with its reason.
 */
export const forwardTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  utkast: ['granskning', 'faststalld'],
  granskning: ['faststalld'],
  faststalld: ['utskickad'],
  utskickad: ['genomford'],
  genomford: ['justerad'],
  justerad: [],
};

export const backwardTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  utkast: [],
  granskning: ['utkast'],
  // A fastställd agenda that must change again goes back to review or to the draft.
  faststalld: ['granskning', 'utkast'],
  // A correction after sending: fix and send again (a new version is stored then).
  utskickad: ['faststalld'],
  genomford: ['utskickad'],
  justerad: ['genomford'],
};

export type TransitionKind = 'forward' | 'backward' | 'refused' | 'same';

export function transitionKind(from: MeetingStatus, to: MeetingStatus): TransitionKind {
  if (from === to) return 'same';
  if (forwardTransitions[from].includes(to)) return 'forward';
  if (backwardTransitions[from].includes(to)) return 'backward';
  return 'refused';
}

/** Every status reachable from `from` in one move, forward ones first. */
export const allowedTargets = (from: MeetingStatus): MeetingStatus[] => [
  ...forwardTransitions[from],
  ...backwardTransitions[from],
];

/** Moves that store an immutable version of the meeting (what was reviewed, what was sent). */
export const snapshotStatuses: readonly MeetingStatus[] = ['granskning', 'utskickad'];
export const storesVersion = (to: MeetingStatus): boolean => snapshotStatuses.includes(to);

/** True once the kallelse has been sent: from then on the member list must not change with the register. */
export const isSent = (status: MeetingStatus): boolean =>
  meetingStatusOrder.indexOf(status) >= meetingStatusOrder.indexOf('utskickad');

/** The UTKAST watermark is printed until the agenda is fastställd. */
export const isDraft = (status: MeetingStatus): boolean =>
  meetingStatusOrder.indexOf(status) < meetingStatusOrder.indexOf('faststalld');
