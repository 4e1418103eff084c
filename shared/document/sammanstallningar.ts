import {
  type Delegationsbeslut,
  type Informationshandlingar,
  informationCategories,
  type KallelsePackage,
} from '../package/model';
import { senderOf, watermarkFor } from './common';
import { type Block, bold, DOC_MODEL_VERSION, type DocModel, paragraph } from './docModel';
import { lowerFirst } from './format';

/**
 * The two generated compilations (kallelse-anatomy §2.2–2.3; §8 p. 19–20). Both print their
 * own dnr at the foot of every page and repeat the table's header row on every page.
 */

/** `Sammanställning av informationshandlingar nämnd för …, 2022-02-23`: all seven categories, empty ones too. */
export function buildInformationshandlingar(pkg: KallelsePackage, doc: Informationshandlingar): DocModel {
  const title = `Sammanställning av informationshandlingar ${lowerFirst(pkg.committee.name)}, ${pkg.meeting.date}`;
  const rows = informationCategories.map((category) => {
    const entries = doc.entries.filter((e) => e.category === category);
    const right: Block[] =
      entries.length === 0
        ? []
        : [
            {
              type: 'list',
              style: 'bullet',
              items: entries.map((e) => [paragraph(e.reference?.trim() ? `${e.reference.trim()} ${e.text}` : e.text)]),
            },
          ];
    return [[paragraph(category)], right];
  });
  return compilation(pkg, 'informationshandlingar', title, doc.dnr, {
    type: 'table',
    columns: [{ width: 0.27 }, { width: 0.73 }],
    header: [bold('Ärendetyp'), bold('Ärenderubrik')],
    repeatHeader: true,
    rows,
  });
}

/** `Sammanställning av anmälda vidaredelegationsbeslut till nämnd för … 2022-02-23`: five columns, stored row order. */
export function buildDelegationsbeslut(pkg: KallelsePackage, doc: Delegationsbeslut): DocModel {
  const title = `Sammanställning av anmälda vidaredelegationsbeslut till ${lowerFirst(pkg.committee.name)} ${pkg.meeting.date}`;
  return compilation(pkg, 'delegationsbeslut', title, doc.dnr, {
    type: 'table',
    columns: [{ width: 0.13 }, { width: 0.32 }, { width: 0.18 }, { width: 0.17 }, { width: 0.2 }],
    header: ['Ärendetyp', 'Ärenderubrik', 'Diarienummer', 'Beslutsdatum', 'Beslutsdelegat'].map(bold),
    repeatHeader: true,
    style: 'small',
    rows: doc.rows.map((r) =>
      [r.arendetyp, r.rubrik, r.dnr ?? '', r.beslutsdatum, r.delegat].map((v) => [paragraph(v)]),
    ),
  });
}

function compilation(
  pkg: KallelsePackage,
  kind: 'informationshandlingar' | 'delegationsbeslut',
  title: string,
  dnr: string | undefined,
  table: Block,
): DocModel {
  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind,
    title:
      kind === 'informationshandlingar'
        ? 'Sammanställning av informationshandlingar'
        : 'Sammanställning av anmälda vidaredelegationsbeslut',
    template: {
      ...senderOf(pkg),
      headerFirst: [],
      headerRest: [],
      ...(dnr?.trim() ? { footer: [dnr.trim()] } : {}),
      ...watermarkFor(pkg),
    },
    blocks: [paragraph(title, { style: 'heading' }), { type: 'spacer', lines: 0.8 }, table],
  };
}
