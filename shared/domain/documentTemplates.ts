import type { WrittenDocument } from './documents';
import type { DocumentSummary, MeetingDetail } from './meeting';

/**
 * Starting points for the editors: a new document filled from its item and meeting, the §
 * suggested from the presidium protocol's range, Beslutsunderlag suggested from what is
 * attached. Pure, so the rules are unit-tested without a screen.
 */

type Item = MeetingDetail['sections'][number]['items'][number];

/** The first § of the presidium protocol's range that no extract in the meeting uses yet. */
export function suggestParagraph(meeting: Pick<MeetingDetail, 'presidiumMeeting' | 'sections'>): number {
  const pm = meeting.presidiumMeeting;
  const used = new Set(
    meeting.sections.flatMap((s) => s.items.flatMap((i) => i.documents.flatMap((d) => d.paragraph ?? []))),
  );
  const from = pm?.paragraphFrom ?? 1;
  const to = pm?.paragraphTo ?? from + 999;
  for (let p = from; p <= to; p++) if (!used.has(p)) return p;
  return from;
}

/** "Tjänsteskrivelse daterad 2024-03-01" / "Missiv daterat …" (anatomy §2.7: neuter for missiv). */
export const selfReference = (type: 'tjansteskrivelse' | 'missiv', date: string) =>
  type === 'missiv' ? `Missiv daterat ${date}` : `Tjänsteskrivelse daterad ${date}`;

/**
 * Beslutsunderlag as the item's documents suggest it: the tjänsteskrivelse itself first, then
 * each attached bilaga that is beslutsunderlag, by title — in the item's order.
 */
export function suggestBeslutsunderlag(
  own: { type: 'tjansteskrivelse' | 'missiv'; date: string } | null,
  documents: readonly Pick<DocumentSummary, 'type' | 'title' | 'role' | 'date'>[],
): string[] {
  const lines: string[] = [];
  if (own) lines.push(selfReference(own.type, own.date));
  for (const d of documents) {
    if (d.type === 'pdf' && d.role !== 'for_information') lines.push(d.title);
  }
  return lines;
}

/** A new document of a type, prefilled from the item and the meeting. */
export function newDocument(
  type: WrittenDocument['type'],
  context: { meeting: MeetingDetail; item: Item; today: string },
): WrittenDocument {
  const { meeting, item, today } = context;
  const dnr = item.dnr ?? undefined;
  const committee = meeting.committee.name;
  switch (type) {
    case 'tjansteskrivelse':
    case 'missiv':
      return {
        type,
        date: today,
        ...(dnr ? { dnr } : {}),
        addressee: committee,
        title: item.title || 'Ny tjänsteskrivelse',
        forslagTillBeslut: { subject: committee, style: 'bullet', points: [] },
        beslutsunderlag: suggestBeslutsunderlag({ type, date: today }, item.documents),
      };
    case 'protokollsutdrag':
      return {
        type,
        paragraph: suggestParagraph(meeting),
        title: item.title || 'Nytt ärende',
        ...(dnr ? { dnr } : {}),
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'bullet',
        decisionPoints: [],
      };
    case 'informationshandlingar':
      return { type, ...(dnr ? { dnr } : {}), entries: [] };
    case 'delegationsbeslut':
      return { type, ...(dnr ? { dnr } : {}), rows: [] };
  }
}

/**
 * A hint when a protocol decision point looks like the present tense of the tjänsteskrivelse
 * ("Godkänner") rather than the infinitive the protocol uses ("Godkänna"); null when it looks right.
 */
export function infinitiveHint(point: string): string | null {
  const first = point.trim().split(/\s+/)[0] ?? '';
  const m = /^(\p{L}+?)(ar|er|r)$/u.exec(first);
  if (!m || first.length < 5) return null;
  const stem = m[1]!;
  const suggestion = m[2] === 'ar' ? `${stem}a` : m[2] === 'er' ? `${stem}a` : `${stem}`;
  return `”${first}” ser ut som presens. I protokollet skrivs beslutet i infinitiv, t.ex. ”${suggestion}”.`;
}
