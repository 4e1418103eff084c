import { dateProblem, timeToMinutes } from '../domain/dates';
import { numberMismatches } from '../domain/numbering';
import { formatPath, type PathSegment } from './jsonPath';
import type { KallelsePackage, Membership, PackageDocument } from './model';

/**
 * Checks the JSON Schema cannot express: real calendar dates, end after start, item numbers
 * equal to their position, validity periods and § ranges in order. Each problem names the
 * field (readable path) and says what is wrong, in Swedish.
 */
export interface SemanticProblem {
  /** Readable path, e.g. `meeting.sections[2].items[0].number`. */
  path: string;
  segments: PathSegment[];
  message: string;
}

export function semanticProblems(pkg: KallelsePackage): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const add = (segments: PathSegment[], message: string) =>
    problems.push({ path: formatPath(segments), segments, message });
  const checkDate = (segments: PathSegment[], value: string | undefined) => {
    if (value === undefined) return;
    const problem = dateProblem(value);
    if (problem) add(segments, problem);
  };
  const checkMemberships = (base: PathSegment[], list: readonly Membership[] | undefined) => {
    list?.forEach((m, i) => {
      checkDate([...base, i, 'validFrom'], m.validFrom);
      checkDate([...base, i, 'validTo'], m.validTo);
      if (m.validFrom && m.validTo && m.validTo < m.validFrom) {
        add([...base, i, 'validTo'], `giltig till ${m.validTo} ligger före giltig från ${m.validFrom}`);
      }
    });
  };

  const { meeting } = pkg;
  checkDate(['meeting', 'date'], meeting.date);
  if (meeting.endTime !== undefined && timeToMinutes(meeting.endTime) <= timeToMinutes(meeting.startTime)) {
    add(['meeting', 'endTime'], `sluttiden ${meeting.endTime} måste vara senare än starttiden ${meeting.startTime}`);
  }
  const pm = meeting.presidiumMeeting;
  if (pm) {
    checkDate(['meeting', 'presidiumMeeting', 'date'], pm.date);
    if (pm.paragraphFrom !== undefined && pm.paragraphTo !== undefined && pm.paragraphTo < pm.paragraphFrom) {
      add(['meeting', 'presidiumMeeting', 'paragraphTo'], `§ ${pm.paragraphTo} ligger före § ${pm.paragraphFrom}`);
    }
  }
  checkMemberships(['committee', 'memberships'], pkg.committee.memberships);
  checkMemberships(['meeting', 'invitees'], meeting.invitees);

  for (const m of numberMismatches(meeting.sections)) {
    add(
      ['meeting', 'sections', m.sectionIndex, 'items', m.itemIndex, 'number'],
      `ärendet har nummer ${m.given} men står på plats ${m.expected}; ärenden numreras 1..N i ordning över alla avsnitt`,
    );
  }

  meeting.sections.forEach((section, si) => {
    section.items.forEach((item, ii) => {
      item.documents?.forEach((doc, di) => {
        checkDocument(doc, ['meeting', 'sections', si, 'items', ii, 'documents', di], pkg, checkDate, add);
      });
    });
  });
  return problems;
}

function checkDocument(
  doc: PackageDocument,
  base: PathSegment[],
  pkg: KallelsePackage,
  checkDate: (segments: PathSegment[], value: string | undefined) => void,
  add: (segments: PathSegment[], message: string) => void,
): void {
  switch (doc.type) {
    case 'tjansteskrivelse':
    case 'missiv':
    case 'pdf':
      checkDate([...base, 'date'], doc.date);
      return;
    case 'delegationsbeslut':
      doc.rows.forEach((row, ri) => {
        checkDate([...base, 'rows', ri, 'beslutsdatum'], row.beslutsdatum);
      });
      return;
    case 'protokollsutdrag': {
      const pm = pkg.meeting.presidiumMeeting;
      if (!pm) return;
      const from = pm.paragraphFrom;
      const to = pm.paragraphTo;
      if ((from !== undefined && doc.paragraph < from) || (to !== undefined && doc.paragraph > to)) {
        add(
          [...base, 'paragraph'],
          `§ ${doc.paragraph} ligger utanför presidiets protokoll (§§ ${from ?? '?'}-${to ?? '?'} i meeting.presidiumMeeting)`,
        );
      }
      return;
    }
    case 'informationshandlingar':
      return;
  }
}
