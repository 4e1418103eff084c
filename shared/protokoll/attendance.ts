import type { AttendanceChange, Attendee, Protokoll } from './model';

/**
 * Närvaro rules (kommunallagen 5 kap. 17–20 §§, 6 kap. 28 §):
 * - a ledamot who is absent, or who declares jäv in a paragraf, does not take part; an ersättare
 *   who is present serves in the seat (tjänstgör) for that paragraf;
 * - an ersättare serves for at most one ledamot at a time;
 * - ersättare are called in the order the nämnd has set: for a seat of party P, first the
 *   parties listed for P in `substituteOrder` (default: P alone), each party's ersättare in the
 *   order of the närvaro list;
 * - närvaro can change during the meeting: a change applies from its paragraf on.
 */

/** For a ledamot's party, the parties whose ersättare may serve in the seat, in order. */
export type SubstituteOrder = Readonly<Record<string, readonly string[]>>;

export interface ServingMember {
  name: string;
  party?: string;
  role?: string;
  /** The ledamot this ersättare serves for. */
  servingFor?: string;
}

export interface ParagraphAttendance {
  /** Ledamöter and tjänstgörande ersättare: those who decide. */
  beslutande: ServingMember[];
  /** Ersättare present who do not serve. */
  ejTjanstgorande: Attendee[];
  /** Ledamöter and ersättare not present. */
  franvarande: Attendee[];
  /** Ledamöter present with jäv in this paragraf. */
  jav: Attendee[];
  /** Seats left empty: absent ledamöter no ersättare could serve for. */
  emptySeats: Attendee[];
}

/** Who is present at paragraf `paragraph`, after the changes that apply from it or earlier. */
export function presentAt(attendees: readonly Attendee[], changes: readonly AttendanceChange[], paragraph: number) {
  const present = new Map(attendees.map((a) => [a.name, a.present]));
  const applicable = changes.filter((c) => c.from <= paragraph).sort((a, b) => a.from - b.from);
  for (const c of applicable) if (present.has(c.name)) present.set(c.name, c.present);
  return (a: Attendee) => present.get(a.name) === true;
}

export function attendanceAt(
  protokoll: Pick<Protokoll, 'attendees' | 'attendanceChanges'>,
  paragraph: number,
  jav: readonly string[] = [],
  order: SubstituteOrder = {},
): ParagraphAttendance {
  const isPresent = presentAt(protokoll.attendees, protokoll.attendanceChanges ?? [], paragraph);
  const ledamoter = protokoll.attendees.filter((a) => a.category === 'ordinarie');
  const ersattare = protokoll.attendees.filter((a) => a.category === 'ersattare');
  const javSet = new Set(jav);
  const available = ersattare.filter(isPresent);
  const used = new Set<Attendee>();
  const substituteFor = (seat: Attendee): Attendee | undefined => {
    for (const party of seat.party ? (order[seat.party] ?? [seat.party]) : []) {
      const found = available.find((e) => !used.has(e) && e.party === party);
      if (found) {
        used.add(found);
        return found;
      }
    }
    return undefined;
  };
  // Absent seats are filled first, then seats left for one paragraf by jäv: an ersättare already
  // serving for an absent ledamot keeps that seat rather than moving for a single paragraf.
  const absent = ledamoter.filter((seat) => !isPresent(seat));
  const withJav = ledamoter.filter((seat) => isPresent(seat) && javSet.has(seat.name));
  const substitutes = new Map<Attendee, Attendee | undefined>();
  for (const seat of [...absent, ...withJav]) substitutes.set(seat, substituteFor(seat));
  const beslutande: ServingMember[] = [];
  const emptySeats: Attendee[] = [];
  for (const seat of ledamoter) {
    if (!substitutes.has(seat)) beslutande.push(member(seat));
    else {
      const substitute = substitutes.get(seat);
      if (substitute) beslutande.push({ ...member(substitute), servingFor: seat.name });
      else emptySeats.push(seat);
    }
  }
  return {
    beslutande,
    ejTjanstgorande: available.filter((e) => !used.has(e)),
    franvarande: [...ledamoter, ...ersattare].filter((a) => !isPresent(a)),
    jav: ledamoter.filter((a) => isPresent(a) && javSet.has(a.name)),
    emptySeats,
  };
}

const member = (a: Attendee): ServingMember => ({
  name: a.name,
  ...(a.party ? { party: a.party } : {}),
  ...(a.role ? { role: a.role } : {}),
});

/** `Anna Berg (S)`; with a role `Anna Berg (S), ordförande`. */
export const personLine = (m: { name: string; party?: string; role?: string }): string =>
  `${m.name}${m.party ? ` (${m.party})` : ''}${m.role ? `, ${m.role}` : ''}`;

/** Changes in who decides from one paragraf to the next, as sentences for the first page. */
export function attendanceNotes(
  protokoll: Pick<Protokoll, 'attendees' | 'attendanceChanges' | 'paragraphs'>,
  order: SubstituteOrder = {},
): string[] {
  const notes: string[] = [];
  let previous: Map<string, string | undefined> | null = null;
  const sorted = [...protokoll.paragraphs].sort((a, b) => a.number - b.number);
  for (const p of sorted) {
    const now = attendanceAt(protokoll, p.number, [], order);
    const map = new Map(now.beslutande.map((b) => [b.name, b.servingFor]));
    if (previous) {
      for (const [name, servingFor] of map) {
        if (!previous.has(name) && servingFor) notes.push(`Från § ${p.number} tjänstgör ${name} för ${servingFor}.`);
        else if (!previous.has(name)) notes.push(`Från § ${p.number} deltar ${name}.`);
      }
      for (const name of previous.keys()) {
        if (!map.has(name)) notes.push(`Från § ${p.number} deltar ${name} inte.`);
      }
    }
    previous = map;
  }
  return notes;
}
