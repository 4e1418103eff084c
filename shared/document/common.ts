import { isDraft as isDraftStatus } from '../domain/meetingStatus';
import type { FileRef, KallelsePackage } from '../package/model';

/** A meeting before `faststalld` is a draft: its generated pages carry a diagonal UTKAST. */
export function isDraft(pkg: KallelsePackage): boolean {
  return isDraftStatus(pkg.meeting.status ?? 'utkast');
}

export const watermarkFor = (pkg: KallelsePackage): { watermark?: string } =>
  isDraft(pkg) ? { watermark: 'UTKAST' } : {};

/** Non-empty, trimmed strings only. */
export const present = (values: (string | undefined)[] | undefined): string[] =>
  (values ?? []).map((v) => v?.trim() ?? '').filter((v) => v.length > 0);

/** Anchor of an item's line in the agenda and of its first document. */
export const agendaAnchor = (itemNumber: number): string => `agenda-item-${itemNumber}`;
export const sectionAnchor = (sectionIndex: number): string => `agenda-section-${sectionIndex}`;

/** The sender of generated documents: the organisation's name, and its logo when it has one. */
export const senderOf = (pkg: KallelsePackage): { sender: string; logo?: FileRef } =>
  pkg.organisation.logo
    ? { sender: pkg.organisation.name, logo: pkg.organisation.logo }
    : { sender: pkg.organisation.name };
