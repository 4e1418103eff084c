import { describe, expect, it } from 'vitest';
import {
  allowedTargets,
  isDraft,
  isSent,
  meetingStatusOrder,
  storesVersion,
  transitionKind,
} from '../../../shared/domain/meetingStatus';
import type { MeetingStatus } from '../../../shared/package/model';

/** Every pair of statuses and what the workflow says about it. */
const expected: Record<MeetingStatus, Partial<Record<MeetingStatus, 'forward' | 'backward'>>> = {
  utkast: { granskning: 'forward', faststalld: 'forward' },
  granskning: { faststalld: 'forward', utkast: 'backward' },
  faststalld: { utskickad: 'forward', granskning: 'backward', utkast: 'backward' },
  utskickad: { genomford: 'forward', faststalld: 'backward' },
  genomford: { justerad: 'forward', utskickad: 'backward' },
  justerad: { genomford: 'backward' },
};

describe('meeting status workflow', () => {
  for (const from of meetingStatusOrder) {
    for (const to of meetingStatusOrder) {
      const want = from === to ? 'same' : (expected[from][to] ?? 'refused');
      it(`${from} → ${to}: ${want}`, () => {
        expect(transitionKind(from, to)).toBe(want);
      });
    }
  }

  it('lists the allowed targets, forward first', () => {
    expect(allowedTargets('faststalld')).toEqual(['utskickad', 'granskning', 'utkast']);
    expect(allowedTargets('justerad')).toEqual(['genomford']);
  });

  it('stores a version on granskning and utskickad only', () => {
    expect(meetingStatusOrder.filter(storesVersion)).toEqual(['granskning', 'utskickad']);
  });

  it('the UTKAST watermark until fastställd; sent from utskickad on', () => {
    expect(meetingStatusOrder.filter(isDraft)).toEqual(['utkast', 'granskning']);
    expect(meetingStatusOrder.filter(isSent)).toEqual(['utskickad', 'genomford', 'justerad']);
  });
});
