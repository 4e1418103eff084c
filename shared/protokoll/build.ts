import type { Block, DocModel, Inline, PageTemplate } from '../document/docModel';
import { bold, bulletList, DOC_MODEL_VERSION, heading, paragraph } from '../document/docModel';
import { markdownToBlocks } from '../document/markdown';
import type { FileRef } from '../package/model';
import { attendanceAt, attendanceNotes, personLine, type SubstituteOrder } from './attendance';
import { appealPeriodEnds, takeDownDate } from './deadlines';
import type { Attendee, Paragraf, Protokoll } from './model';
import { formatParagraphs } from './numbering';

/**
 * Print model → DocModel for the three documents after a meeting: the protokoll, a
 * protokollsutdrag of one or several §§, and the anslagsbevis. Builders take this print
 * model, not the exchange package, so the app and the command line build the same pages.
 */
export interface ProtokollPrint {
  organisation: { name: string; logo?: FileRef };
  committee: { name: string; shortName?: string };
  meeting: { date: string; place: string };
  protokoll: Protokoll;
  substituteOrder?: SubstituteOrder;
}

/** Label of the initials boxes in the footer of every protokoll page. */
export const JUSTERANDES_SIGNATUR = 'Justerandes signatur';

const senderOf = (p: ProtokollPrint) => ({
  sender: p.organisation.name,
  ...(p.organisation.logo ? { logo: p.organisation.logo } : {}),
});

/** Room for a handwritten signature: fits half the text width at body size. */
const signatureLine = '______________________________';

const numbersOf = (paragraphs: readonly Paragraf[]) => paragraphs.map((p) => p.number);

/** One row of the first page's table: label left, lines right. */
function row(label: string, lines: (string | Inline)[]): Block[][] {
  return [[paragraph(bold(label))], lines.map((l) => paragraph(l))];
}

function timeLine(p: ProtokollPrint): string {
  const { startTime, endTime } = p.protokoll;
  return `${p.meeting.place}, ${p.meeting.date} kl. ${startTime}${endTime ? `–${endTime}` : ''}`;
}

const titled = (a: Attendee): string => `${a.name}${a.title ? `, ${a.title}` : ''}`;

/** The classic first page: who took part, who justerar, where and when, the signatures. */
function firstPage(p: ProtokollPrint, paragraphs: readonly Paragraf[], omedelbar: boolean): Block[] {
  const pr = p.protokoll;
  const first = paragraphs[0]?.number ?? 1;
  const at = attendanceAt(pr, first, [], p.substituteOrder);
  const beslutande = at.beslutande.map((m) =>
    m.servingFor ? `${personLine(m)}, tjänstgörande ersättare för ${m.servingFor}` : personLine(m),
  );
  const ovriga = [
    ...at.ejTjanstgorande.map((e) => `${personLine(e)}, ersättare`),
    ...pr.attendees.filter((a) => a.category === 'tjansteman' && a.present).map(titled),
    ...pr.attendees.filter((a) => a.category === 'personalrepresentant' && a.present).map(titled),
    ...pr.attendees.filter((a) => a.category === 'regionrad' && a.present).map((a) => `${personLine(a)}, regionråd`),
  ];
  const franvarande = at.franvarande.filter((a) => a.category === 'ordinarie').map((a) => personLine(a));
  const rows: Block[][][] = [
    row('Plats och tid', [timeLine(p)]),
    row('Beslutande', beslutande.length > 0 ? beslutande : ['–']),
    row('Övriga deltagande', ovriga.length > 0 ? ovriga : ['–']),
  ];
  if (franvarande.length > 0) rows.push(row('Frånvarande', franvarande));
  const notes = attendanceNotes({ ...pr, paragraphs: [...paragraphs] }, p.substituteOrder);
  if (notes.length > 0) rows.push(row('Närvaro under mötet', notes));
  rows.push(row('Utses att justera', pr.justerare.length > 0 ? pr.justerare : ['–']));
  rows.push(
    row('Justeringens plats och tid', [
      omedelbar
        ? `Omedelbar justering vid sammanträdet ${p.meeting.date}`
        : [pr.justeringPlace, pr.justeringDate].filter(Boolean).join(', ') || '–',
    ]),
  );
  rows.push(row('Paragrafer', [formatParagraphs(numbersOf(paragraphs))]));

  const signature = (label: string, name: string | undefined): Block[] => [
    paragraph(bold(label), { spaceBefore: 1 }),
    paragraph(signatureLine, { spaceBefore: 1.2 }),
    paragraph(name?.trim() || ' ', { style: 'small' }),
  ];
  const signers: Block[][] = [
    signature('Sekreterare', pr.secretary),
    signature('Ordförande', pr.chair),
    ...pr.justerare.map((j) => signature('Justerande', j)),
  ];
  return [
    paragraph(p.committee.name, { style: 'committee' }),
    paragraph(`Sammanträdesdatum ${p.meeting.date}`, { spaceBefore: 0.3 }),
    ...(omedelbar ? [paragraph(bold('Omedelbart justerade paragrafer'), { spaceBefore: 0.3 })] : []),
    { type: 'spacer', lines: 0.5 },
    { type: 'table', columns: [{ width: 0.3 }, { width: 0.7 }], header: null, repeatHeader: false, rows },
    heading('Underskrifter'),
    {
      type: 'columns',
      columns: [signers.filter((_, i) => i % 2 === 0).flat(), signers.filter((_, i) => i % 2 === 1).flat()],
      keepTogether: true,
    },
  ];
}

const textBlocks = (value: string | undefined): Block[] => (value?.trim() ? markdownToBlocks(value) : []);

/** One paragraf as printed in the protokoll and in an utdrag. */
export function paragrafBlocks(p: ProtokollPrint, par: Paragraf): Block[] {
  const blocks: Block[] = [
    paragraph(bold(`§ ${par.number}`), { keepWithNext: true, spaceBefore: 1 }),
    paragraph(bold(par.title), { style: 'subheading', keepWithNext: true }),
  ];
  if (par.dnr?.trim()) blocks.push(paragraph(`Diarienummer: ${par.dnr.trim()}`, { spaceBefore: 0.3 }));
  for (const name of par.jav ?? []) {
    const who = p.protokoll.attendees.find((a) => a.name === name);
    blocks.push(
      paragraph(
        `${who ? personLine({ ...who, role: undefined }) : name} anmäler jäv och deltar inte i handläggningen av ärendet.`,
        { spaceBefore: 0.3 },
      ),
    );
  }
  if (par.omedelbarJustering) blocks.push(paragraph(bold('Paragrafen justeras omedelbart.'), { spaceBefore: 0.3 }));
  blocks.push(heading('Beslut'), ...(textBlocks(par.beslut).length > 0 ? textBlocks(par.beslut) : [paragraph('–')]));
  if (par.sammanfattning?.trim()) blocks.push(heading('Sammanfattning'), ...textBlocks(par.sammanfattning));
  const underlag = (par.beslutsunderlag ?? []).map((s) => s.trim()).filter(Boolean);
  if (underlag.length > 0) blocks.push(heading('Beslutsunderlag'), bulletList(underlag));
  if (par.yrkanden?.trim()) blocks.push(heading('Yrkanden'), ...textBlocks(par.yrkanden));
  if (par.propositionsordning?.trim())
    blocks.push(heading('Propositionsordning'), ...textBlocks(par.propositionsordning));
  if (par.omrostning && par.omrostning.rows.length > 0) blocks.push(...voteBlocks(par.omrostning));
  if (par.reservationer?.trim()) blocks.push(heading('Reservationer'), ...textBlocks(par.reservationer));
  if (par.protokollsanteckningar?.trim())
    blocks.push(heading('Protokollsanteckningar'), ...textBlocks(par.protokollsanteckningar));
  const to = (par.beslutetSkickasTill ?? []).map((s) => s.trim()).filter(Boolean);
  if (to.length > 0) blocks.push(heading('Beslutet skickas till'), paragraph(to.join('\n')));
  return blocks;
}

function voteBlocks(vote: NonNullable<Paragraf['omrostning']>): Block[] {
  const count = (v: 'ja' | 'nej' | 'avstar') => vote.rows.filter((r) => r.vote === v).length;
  const mark = (on: boolean) => [paragraph(on ? 'X' : '')];
  return [
    heading('Omröstning'),
    ...(vote.proposition?.trim() ? [paragraph(vote.proposition.trim())] : []),
    {
      type: 'table',
      columns: [{ width: 0.55 }, { width: 0.15 }, { width: 0.15 }, { width: 0.15 }],
      header: [bold('Ledamot'), bold('Ja'), bold('Nej'), bold('Avstår')],
      repeatHeader: true,
      style: 'small',
      rows: [
        ...vote.rows.map((r) => [
          [paragraph(personLine(r))],
          mark(r.vote === 'ja'),
          mark(r.vote === 'nej'),
          mark(r.vote === 'avstar'),
        ]),
        [
          [paragraph(bold('Summa'))],
          [paragraph(String(count('ja')))],
          [paragraph(String(count('nej')))],
          [paragraph(String(count('avstar')))],
        ],
      ],
    },
    paragraph(`Omröstningsresultat: ${count('ja')} ja, ${count('nej')} nej, ${count('avstar')} avstår.`, {
      spaceBefore: 0.3,
    }),
  ];
}

function protokollTemplate(p: ProtokollPrint, numbers: number[], label: string): PageTemplate {
  return {
    ...senderOf(p),
    headerFirst: [label, `Sammanträdesdatum ${p.meeting.date}`, formatParagraphs(numbers)],
    headerRest: [label, `Sammanträdesdatum ${p.meeting.date}`, formatParagraphs(numbers)],
    footerBoxes: [JUSTERANDES_SIGNATUR, JUSTERANDES_SIGNATUR, 'Utdragsbestyrkande'],
  };
}

/**
 * The protokoll. `only`: the §§ justerade omedelbart, as their own protokoll (marked as
 * such); without it, every paragraf except those.
 */
export function buildProtokoll(p: ProtokollPrint, options: { omedelbar?: boolean } = {}): DocModel {
  const omedelbar = options.omedelbar === true;
  const paragraphs = [...p.protokoll.paragraphs]
    .filter((par) => (omedelbar ? par.omedelbarJustering === true : true))
    .sort((a, b) => a.number - b.number);
  const numbers = numbersOf(paragraphs);
  const blocks = [...firstPage(p, paragraphs, omedelbar), ...paragraphs.flatMap((par) => paragrafBlocks(p, par))];
  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'protokoll',
    title: `${omedelbar ? 'Protokoll, omedelbar justering' : 'Protokoll'} ${p.committee.name} ${p.meeting.date}`,
    template: protokollTemplate(p, numbers, omedelbar ? 'PROTOKOLL – OMEDELBAR JUSTERING' : 'PROTOKOLL'),
    blocks,
  };
}

/** Protokollsutdrag of the given §§, certified with `Rätt utdraget intygar`. */
export function buildUtdrag(p: ProtokollPrint, numbers: readonly number[]): DocModel {
  const wanted = new Set(numbers);
  const paragraphs = p.protokoll.paragraphs.filter((par) => wanted.has(par.number)).sort((a, b) => a.number - b.number);
  const found = numbersOf(paragraphs);
  const blocks: Block[] = [
    {
      type: 'columns',
      columns: [
        [
          paragraph(bold(`${p.committee.name} ${formatParagraphs(found)}`)),
          paragraph(`Sammanträdesdatum ${p.meeting.date}`, { spaceBefore: 0.3 }),
          paragraph(`Plats: ${p.meeting.place}`),
        ],
        [{ type: 'boxes', labels: ['Protokollsutdrag, bestyrkande', 'Justerare, signatur'] }],
      ],
    },
    ...paragraphs.flatMap((par) => paragrafBlocks(p, par)),
    heading('Beslutets antal sidor'),
    paragraph('{m}'),
    paragraph(bold('Rätt utdraget intygar'), { spaceBefore: 2, keepWithNext: true }),
    paragraph(signatureLine, { spaceBefore: 1.5, keepWithNext: true }),
    paragraph(p.protokoll.secretary?.trim() ? `${p.protokoll.secretary.trim()}, sekreterare` : 'Sekreterare', {
      style: 'small',
    }),
  ];
  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'protokollsutdrag',
    title: `Protokollsutdrag ${formatParagraphs(found)} ${p.committee.name} ${p.meeting.date}`,
    template: {
      ...senderOf(p),
      headerFirst: ['PROTOKOLL', formatParagraphs(found)],
      headerRest: ['PROTOKOLL', formatParagraphs(found)],
    },
    blocks,
  };
}

/** ANSLAG/BEVIS: the tillkännagivande that the protokoll is justerat, with its dates. */
export function buildAnslag(p: ProtokollPrint): DocModel {
  const anslag = p.protokoll.anslag;
  const posted = anslag?.postedDate;
  const rows: Block[][][] = [
    row('Organ', [p.committee.name]),
    row('Sammanträdesdatum', [p.meeting.date]),
    row('Paragrafer', [formatParagraphs(numbersOf(p.protokoll.paragraphs))]),
    row('Datum då anslaget sätts upp', [posted ?? '–']),
    row('Datum då anslaget tas ned', [posted ? takeDownDate(posted) : '–']),
    row('Förvaringsplats för protokollet', [anslag?.storagePlace?.trim() || '–']),
  ];
  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'anslag',
    title: `Anslagsbevis ${p.committee.name} ${p.meeting.date}`,
    template: { ...senderOf(p), headerFirst: ['ANSLAG/BEVIS'], headerRest: ['ANSLAG/BEVIS'] },
    blocks: [
      paragraph('ANSLAG/BEVIS', { style: 'title' }),
      paragraph('Protokollet är justerat. Justeringen har tillkännagivits genom anslag.', { spaceBefore: 0.5 }),
      { type: 'spacer', lines: 0.5 },
      { type: 'table', columns: [{ width: 0.4 }, { width: 0.6 }], header: null, repeatHeader: false, rows },
      ...(posted
        ? [
            paragraph(
              `Överklagandetiden är tre veckor från den dag då justeringen tillkännagavs och löper ut ${appealPeriodEnds(posted)}.`,
              { style: 'small', spaceBefore: 0.5 },
            ),
          ]
        : []),
      paragraph(bold('Underskrift'), { spaceBefore: 2, keepWithNext: true }),
      paragraph(signatureLine, { spaceBefore: 1.5, keepWithNext: true }),
      paragraph(anslag?.signer?.trim() || p.protokoll.secretary?.trim() || ' ', { style: 'small' }),
    ],
  };
}
