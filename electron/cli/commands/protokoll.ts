import path from 'node:path';
import type { DocModel } from '../../../shared/document/docModel';
import { AppError } from '../../../shared/ipc/result';
import type { KallelsePackage } from '../../../shared/package/model';
import type { ProtokollPrint } from '../../../shared/protokoll/build';
import { dbOption, openBackend, resolveMeetingId, withBackend } from '../open';
import type { CliCommand, CliContext } from '../types';
import { checkWritable } from './pdf';

/**
 * `protokoll`, `utdrag` and `anslag`: the documents after a meeting, from a package or from
 * the database. They print the protokoll the package (or meeting) carries; `--draft` prints
 * the pre-filled draft from the kallelse instead, for a meeting without a protokoll yet.
 */
/** The protokoll's builders and rules, loaded when one of these commands runs (never for `pdf` and the others). */
const loadKit = async () => {
  const [build, deadlines, fromPackage, model] = await Promise.all([
    import('../../../shared/protokoll/build'),
    import('../../../shared/protokoll/deadlines'),
    import('../../../shared/protokoll/fromPackage'),
    import('../../../shared/protokoll/model'),
  ]);
  return { ...build, ...deadlines, ...fromPackage, ...model };
};
let kit: ReturnType<typeof loadKit> | undefined;
/** The kit, loaded once per command. */
const protokollKit = () => (kit ??= loadKit());

const sourceOptions = {
  ...dbOption,
  meeting: { type: 'string' },
  out: { type: 'string', short: 'o' },
  draft: { type: 'boolean' },
} as const;
const sourceUsage = '(<mapp|fil.kallelse> | --db FIL --meeting ID) --out FIL.pdf [--draft]';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

async function packageOf(positionals: string[], values: Values, ctx: CliContext): Promise<KallelsePackage> {
  const fromDb = values.db !== undefined || values.meeting !== undefined;
  if (fromDb && positionals.length > 0)
    throw new AppError('VALIDATION', 'Ange antingen ett paket eller --db och --meeting, inte båda.');
  if (fromDb) {
    if (typeof values.db !== 'string' || typeof values.meeting !== 'string') {
      throw new AppError('VALIDATION', 'Utskrift från databasen kräver både --db FIL och --meeting ID.');
    }
    const meeting = values.meeting;
    return withBackend(
      await openBackend(values, ctx),
      (b) => b.services.packages.exportMeeting(resolveMeetingId(b, meeting)).pkg,
    );
  }
  const input = positionals[0];
  if (!input)
    throw new AppError(
      'VALIDATION',
      'Ange mötet: en mapp med kallelse.json, en .kallelse-fil eller --db och --meeting.',
    );
  if (positionals.length > 1) throw new AppError('VALIDATION', `Ett paket i taget; fick ${positionals.length}.`);
  const { loadPackage } = await import('../../package/load'); // loaded only by the commands that read packages
  return (await loadPackage(input)).pkg;
}

async function printModel(positionals: string[], values: Values, ctx: CliContext): Promise<ProtokollPrint> {
  const pkg = await packageOf(positionals, values, ctx);
  const { draftProtokoll, protokollPrint } = await protokollKit();
  const protokoll = values.draft === true ? draftProtokoll(pkg, 1) : pkg.meeting.protokoll;
  if (!protokoll) {
    throw new AppError(
      'VALIDATION',
      `Mötet ${pkg.meeting.date} har inget protokoll ännu. Skriv protokollet i appen, eller skriv ut ett förifyllt utkast med --draft.`,
    );
  }
  return protokollPrint(pkg, protokoll);
}

async function writePdf(out: string, model: DocModel, print: ProtokollPrint, ctx: CliContext, subject: string) {
  const [{ renderDocuments }, { writeAtomically }] = await Promise.all([
    import('../../pdf/renderDocument'),
    import('../../pdf/writeAtomically'),
  ]);
  const { bytes, pageCount } = await renderDocuments([model], {
    title: model.title,
    author: print.organisation.name,
    subject,
    keywords: [print.committee.shortName ?? print.committee.name, print.meeting.date],
    creator: `Kallelse ${ctx.version}`,
  });
  writeAtomically(out, bytes);
  ctx.err(`Klar: ${out} (${pageCount} ${pageCount === 1 ? 'sida' : 'sidor'}).`);
  ctx.out(JSON.stringify({ out: path.resolve(out), pages: pageCount }));
}

function outOf(values: Values): string {
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (!out) throw new AppError('VALIDATION', 'Ange vart PDF-filen ska skrivas med --out FIL.pdf.');
  checkWritable(out);
  return out;
}

async function warn(print: ProtokollPrint, ctx: CliContext) {
  const { deadlineWarnings } = await protokollKit();
  const p = print.protokoll;
  for (const w of deadlineWarnings({
    meetingDate: print.meeting.date,
    ...(p.justeringDate ? { justeringDate: p.justeringDate } : {}),
    ...(p.anslag?.postedDate ? { postedDate: p.anslag.postedDate } : {}),
  })) {
    ctx.err(`Varning: ${w}`);
  }
}

export const protokollCommand: CliCommand = {
  name: 'protokoll',
  summary: 'Skriv ut mötets protokoll som PDF (med --omedelbar: de omedelbart justerade paragraferna).',
  usage: `kallelse protokoll ${sourceUsage} [--omedelbar]`,
  options: { ...sourceOptions, omedelbar: { type: 'boolean' } },
  async run(positionals, values, ctx) {
    const out = outOf(values);
    const print = await printModel(positionals, values, ctx);
    const omedelbar = values.omedelbar === true;
    if (omedelbar && !print.protokoll.paragraphs.some((p) => p.omedelbarJustering)) {
      throw new AppError('VALIDATION', 'Protokollet har inga paragrafer markerade för omedelbar justering.');
    }
    await warn(print, ctx);
    await writePdf(
      out,
      (await protokollKit()).buildProtokoll(print, { omedelbar }),
      print,
      ctx,
      `Protokoll från sammanträdet ${print.meeting.date}`,
    );
    return 0;
  },
};

export const utdragCommand: CliCommand = {
  name: 'utdrag',
  summary: 'Skriv ut protokollsutdrag för en eller flera paragrafer som PDF.',
  usage: `kallelse utdrag ${sourceUsage} --paragraph N[,M…]`,
  options: { ...sourceOptions, paragraph: { type: 'string' } },
  async run(positionals, values, ctx) {
    const out = outOf(values);
    const given = typeof values.paragraph === 'string' ? values.paragraph : '';
    const numbers = given.split(',').map((s) => Number(s.trim()));
    if (!given || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
      throw new AppError(
        'VALIDATION',
        'Ange paragraferna med --paragraph, t.ex. --paragraph 23 eller --paragraph 23,25.',
      );
    }
    const print = await printModel(positionals, values, ctx);
    const have = new Set(print.protokoll.paragraphs.map((p) => p.number));
    const missing = numbers.filter((n) => !have.has(n));
    if (missing.length > 0) {
      const all = [...have].sort((a, b) => a - b);
      throw new AppError(
        'NOT_FOUND',
        `Protokollet har ingen § ${missing.join(', ')}; det har §§ ${all[0] ?? '–'}–${all[all.length - 1] ?? '–'}.`,
      );
    }
    await writePdf(
      out,
      (await protokollKit()).buildUtdrag(print, numbers),
      print,
      ctx,
      `Protokollsutdrag från sammanträdet ${print.meeting.date}`,
    );
    return 0;
  },
};

export const anslagCommand: CliCommand = {
  name: 'anslag',
  summary: 'Skriv ut anslagsbeviset (tillkännagivandet av justeringen) som PDF.',
  usage: `kallelse anslag ${sourceUsage}`,
  options: sourceOptions,
  async run(positionals, values, ctx) {
    const out = outOf(values);
    const print = await printModel(positionals, values, ctx);
    const { anslagComplete, buildAnslag } = await protokollKit();
    if (!anslagComplete(print.protokoll)) {
      throw new AppError(
        'VALIDATION',
        'Protokollet har inget anslag ännu: ange datum då anslaget sätts upp och var protokollet förvaras.',
      );
    }
    await warn(print, ctx);
    await writePdf(out, buildAnslag(print), print, ctx, `Anslagsbevis för sammanträdet ${print.meeting.date}`);
    return 0;
  },
};
