import { validOn } from '../document/members';
import type { Item, KallelsePackage, Membership, PackageDocument } from '../package/model';
import type { ProtokollPrint } from './build';
import type { Attendee, Paragraf, Protokoll } from './model';
import { paragraphNumbers } from './numbering';

/**
 * A draft protokoll pre-filled from the meeting's kallelse: the närvaro list from the member
 * list the kallelse was sent with (everyone present until the secretary says otherwise), one
 * paragraf per ärende with its title and dnr, and a Beslut taken from the presidium's
 * proposal (protokollsutdrag) or the tjänsteskrivelse's Förslag till beslut, turned into the
 * protokoll's form: "Nämnden beslutar att" + the points, as Markdown.
 */

const roleNames = {
  ordforande: 'ordförande',
  forste_vice_ordforande: '1:e vice ordförande',
  andre_vice_ordforande: '2:e vice ordförande',
} as const;

function attendee(m: Membership): Attendee | null {
  const name = m.name?.trim();
  if (!name || m.vacant) return null;
  return {
    name,
    category: m.category,
    present: true,
    ...(m.party ? { party: m.party } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(m.presidiumRole ? { role: roleNames[m.presidiumRole] } : {}),
  };
}

/** Standard decisions of the recurring opening items. */
const standardBeslut: Partial<Record<NonNullable<Item['kind']>, string>> = {
  justerare: 'Till att jämte ordföranden justera dagens protokoll utses …',
  dagordning: 'Dagordningen fastställs.',
  foregaende_protokoll: 'Föregående mötesprotokoll läggs till handlingarna.',
  informationshandlingar: 'Informationshandlingarna anmäls och läggs till handlingarna.',
  delegationsbeslut: 'Delegationsbesluten anmäls och läggs till handlingarna.',
  remisser: 'Sammanställningen anmäls och läggs till handlingarna.',
  kurser_konferenser: 'Informationen om kurser och konferenser läggs till handlingarna.',
  aktuell_information: 'Informationen läggs till handlingarna.',
  information: 'Informationen läggs till handlingarna.',
  ovriga_fragor: 'Inga övriga frågor anmäldes.',
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv-SE') + s.slice(1);
const points = (xs: string[]) => xs.map((p) => `- ${lowerFirst(p.trim().replace(/\.$/, ''))}`).join('\n');

/** The nämnd's Beslut in Markdown, from the proposal in the item's documents. */
export function proposedBeslut(item: Item): string {
  const docs: PackageDocument[] = item.documents ?? [];
  const utdrag = docs.find((d) => d.type === 'protokollsutdrag');
  const utdragPoints = utdrag?.type === 'protokollsutdrag' ? (utdrag.decisionPoints ?? []) : [];
  const intro = utdrag?.type === 'protokollsutdrag' ? (utdrag.decisionIntro?.trim() ?? '') : '';
  // "Presidiet föreslår nämnden • Godkänna …" → "Nämnden beslutar att • godkänna …".
  if (utdragPoints.length > 0 && /föreslår nämnden/i.test(intro))
    return `Nämnden beslutar att\n\n${points(utdragPoints)}`;
  const ts = docs.find((d) => d.type === 'tjansteskrivelse' || d.type === 'missiv');
  if ((ts?.type === 'tjansteskrivelse' || ts?.type === 'missiv') && (ts.forslagTillBeslut?.points ?? []).length > 0) {
    return `Nämnden beslutar att\n\n${points(ts.forslagTillBeslut!.points!)}`;
  }
  // The recurring items have their standard wording; the presidium's own decisions (courses) are not the nämnd's.
  if (item.kind && standardBeslut[item.kind]) return standardBeslut[item.kind]!;
  if (utdrag?.type === 'protokollsutdrag' && utdrag.decisionStyle === 'plain' && !intro)
    return utdragPoints.join('\n\n');
  return '';
}

function underlagOf(item: Item): string[] {
  for (const d of item.documents ?? []) {
    if ((d.type === 'tjansteskrivelse' || d.type === 'missiv') && d.beslutsunderlag?.length) return d.beslutsunderlag;
    if (d.type === 'protokollsutdrag' && d.beslutsunderlag?.length) return d.beslutsunderlag;
  }
  return [];
}

function sendTo(item: Item): string[] {
  for (const d of item.documents ?? []) {
    if ((d.type === 'tjansteskrivelse' || d.type === 'missiv') && d.beslutSkickasTill?.length)
      return d.beslutSkickasTill;
  }
  return [];
}

export function draftProtokoll(pkg: KallelsePackage, firstNumber: number): Protokoll {
  const members = pkg.meeting.invitees ?? validOn(pkg.committee.memberships, pkg.meeting.date);
  const attendees = members.map(attendee).filter((a): a is Attendee => a !== null);
  const items = pkg.meeting.sections.flatMap((s) => s.items);
  const numbers = paragraphNumbers(firstNumber, items.length);
  const paragraphs: Paragraf[] = items.map((item, i) => {
    const utdrag = (item.documents ?? []).find((d) => d.type === 'protokollsutdrag');
    const underlag = underlagOf(item);
    const to = sendTo(item);
    return {
      number: numbers[i]!,
      title: item.title.trim() || `Ärende ${i + 1}`,
      ...(item.dnr ? { dnr: item.dnr } : {}),
      beslut: proposedBeslut(item),
      ...(utdrag?.type === 'protokollsutdrag' && utdrag.sammanfattning
        ? { sammanfattning: utdrag.sammanfattning }
        : {}),
      ...(underlag.length > 0 ? { beslutsunderlag: underlag } : {}),
      ...(to.length > 0 ? { beslutetSkickasTill: to } : {}),
    };
  });
  const chair = attendees.find((a) => a.role === 'ordförande')?.name;
  return {
    startTime: pkg.meeting.startTime,
    ...(pkg.meeting.endTime ? { endTime: pkg.meeting.endTime } : {}),
    attendees,
    attendanceChanges: [],
    ...(chair ? { chair } : {}),
    justerare: [],
    paragraphs,
  };
}

/** The print model of a package's protokoll (or of a draft, when given). */
export function protokollPrint(pkg: KallelsePackage, protokoll: Protokoll): ProtokollPrint {
  return {
    organisation: { name: pkg.organisation.name, ...(pkg.organisation.logo ? { logo: pkg.organisation.logo } : {}) },
    committee: { name: pkg.committee.name, ...(pkg.committee.shortName ? { shortName: pkg.committee.shortName } : {}) },
    meeting: { date: pkg.meeting.date, place: pkg.meeting.place },
    protokoll,
    ...(pkg.committee.substituteOrder ? { substituteOrder: pkg.committee.substituteOrder } : {}),
  };
}
