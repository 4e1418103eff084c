import { agendaTitle } from '../package/itemState';
import type { KallelsePackage } from '../package/model';
import { agendaAnchor, sectionAnchor, senderOf, watermarkFor } from './common';
import {
  type AgendaBlock,
  type AgendaRow,
  type Block,
  bold,
  DOC_MODEL_VERSION,
  type DocModel,
  heading,
  paragraph,
} from './docModel';
import { dnrWithoutPrefix, kallelseTid } from './format';
import { memberLists } from './members';
import type { PackagePlan } from './packagePlan';

export interface KallelseLayoutInfo {
  /** The agenda's page column per item number (`8`, `9 - 25`), from the final layout. */
  pageLabels: Map<number, string>;
}

/**
 * The kallelse proper (kallelse-anatomy §1.2–1.3, §8 p. 10–18): header `KALLELSE n(m)`,
 * committee name, `Tid:`, `Plats:` (first page only), `Ärenden`, the sections in order (the
 * opening items without heading) numbered 1..N, then the member lists. Later pages repeat
 * committee and Tid, not Plats, and do not repeat the section heading.
 */
export function buildKallelse(pkg: KallelsePackage, plan: PackagePlan, info: KallelseLayoutInfo): DocModel {
  const { meeting, committee, organisation } = pkg;
  const tid = kallelseTid(meeting.date, meeting.startTime, meeting.endTime);
  const column = meeting.agendaColumn ?? 'pages';
  const rightColumns: AgendaBlock['rightColumns'] =
    column === 'both' ? ['dnr', 'pages'] : column === 'none' ? [] : [column];

  const rows: AgendaRow[] = [];
  plan.sections.forEach((section, sectionIndex) => {
    if (section.heading) rows.push({ kind: 'section', heading: section.heading, anchor: sectionAnchor(sectionIndex) });
    for (const item of section.items) {
      const right = rightColumns.map((kind) =>
        kind === 'dnr'
          ? item.dnr
            ? dnrWithoutPrefix(item.dnr, organisation.dnrPrefix)
            : ''
          : (info.pageLabels.get(item.number) ?? ''),
      );
      const row: AgendaRow = {
        kind: 'item',
        number: item.number,
        title: agendaTitle(item.item),
        right,
        anchor: agendaAnchor(item.number),
      };
      const first = item.documents[0];
      if (first) row.linkTo = first.key;
      rows.push(row);
    }
  });

  const blocks: Block[] = [
    paragraph(committee.name, { style: 'committee' }),
    paragraph(tid, { spaceBefore: 0.3 }),
    paragraph(`Plats: ${meeting.place}`),
    { type: 'spacer', lines: 0.8 },
    heading('Ärenden'),
    { type: 'agenda', rightColumns, rows },
  ];

  const groups = memberLists(pkg);
  if (groups.length > 0) {
    blocks.push({ type: 'spacer', lines: 1.2 });
    // Kept on one page when they fit there, as in the seeds (the lists open the last page).
    blocks.push({
      type: 'columns',
      keepTogether: true,
      columns: groups.map((group) => [
        heading(group.label),
        ...group.subgroups.flatMap((sub, i): Block[] => [
          paragraph(bold(sub.label), { keepWithNext: true, ...(i > 0 ? { spaceBefore: 0.6 } : {}) }),
          ...sub.lines.map((line) => paragraph(line)),
        ]),
      ]),
    });
  }

  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'kallelse',
    title: 'Kallelse',
    template: {
      ...senderOf(pkg),
      headerFirst: ['KALLELSE {n}({m})'],
      headerRest: ['KALLELSE {n}({m})'],
      continuation: [bold(committee.name), [{ text: tid }]],
      ...watermarkFor(pkg),
    },
    blocks,
  };
}
