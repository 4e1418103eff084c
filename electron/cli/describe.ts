import type { MeetingDetail } from '../../shared/domain/meeting';
import { meetingStatusLabel } from '../../shared/domain/meetingStatus';

/** Human lines about a meeting for the command line (Swedish). */
export function describeMeeting(m: MeetingDetail): string[] {
  const committee = m.committee.shortName ? `${m.committee.name} (${m.committee.shortName})` : m.committee.name;
  const time = m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
  const lines = [
    `${committee}, ${m.organisation.name}`,
    `Sammanträde ${m.date} kl. ${time}, ${m.place} — status: ${meetingStatusLabel[m.status]}`,
  ];
  if (m.presidiumMeeting) {
    const p = m.presidiumMeeting;
    const range = p.paragraphFrom !== null && p.paragraphTo !== null ? `, §§ ${p.paragraphFrom}-${p.paragraphTo}` : '';
    lines.push(`Presidiets sammanträde ${p.date} kl. ${p.startTime}${range}`);
  }
  const kallade = m.members.filter((x) => x.group === 'kallade').length;
  lines.push(
    `Ledamotslista: ${m.members.length} rader (${kallade} kallade, ${m.members.length - kallade} för kännedom)${m.membersFrozenAt ? ', låst' : ''}`,
  );
  lines.push('', 'Dagordning:');
  for (const section of m.sections) {
    if (section.heading) lines.push(`  ${section.heading}`);
    for (const item of section.items) {
      const docs = item.documents.length;
      const pages = item.documents.reduce((s, d) => s + (d.pageCount ?? 0), 0);
      const extra = [item.dnr ?? '', docs > 0 ? `${docs} dokument${pages > 0 ? ` (${pages} sidor bilagor)` : ''}` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${String(item.number).padStart(3)}  ${item.title}${extra ? `  [${extra}]` : ''}`);
    }
  }
  return lines;
}
