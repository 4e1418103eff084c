import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { ValidatedPackage } from '../../package/load';
import type { CliCommand } from '../types';
import { checkWritable } from './pdf';

/** Page counts of a package's PDFs by sha256, from the checks the loader already made. */
const pageCounts = (pkg: ValidatedPackage): Map<string, number> =>
  new Map([...pkg.files.values()].filter((f) => f.pageCount !== null).map((f) => [f.sha256, f.pageCount!]));

export const changesCommand: CliCommand = {
  name: 'changes',
  summary: 'Jämför två versioner av ett möte och skriv rapporten ”Ändringar sedan …” som PDF eller JSON.',
  usage:
    'kallelse changes <gammal> <ny> --out ÄNDRINGAR.pdf [--since-version N]\n' +
    '       kallelse changes <gammal> <ny> --json',
  options: {
    out: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
    'since-version': { type: 'string' },
  },
  async run(positionals, values, ctx) {
    if (positionals.length !== 2) {
      throw new AppError(
        'VALIDATION',
        'Ange två paket att jämföra: den gamla och den nya versionen (mapp eller .kallelse-fil).',
      );
    }
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (!out && values.json !== true) {
      throw new AppError(
        'VALIDATION',
        'Ange vart rapporten ska skrivas med --out FIL.pdf, eller --json för att skriva ut ändringarna.',
      );
    }
    const since = values['since-version'];
    const sinceVersion = typeof since === 'string' ? Number(since) : undefined;
    if (sinceVersion !== undefined && !(Number.isInteger(sinceVersion) && sinceVersion > 0)) {
      throw new AppError('VALIDATION', `--since-version ska vara ett versionsnummer (1, 2, …), inte ${String(since)}.`);
    }
    if (out) checkWritable(out);
    // The package reader, the comparison and the PDF engine load only when this command runs.
    const [{ loadPackage }, { compareMeetings }, { buildChangesDocument, describeChange }] = await Promise.all([
      import('../../package/load'),
      import('../../../shared/review/changes'),
      import('../../../shared/review/changesDocument'),
    ]);
    const [oldPkg, newPkg] = [await loadPackage(positionals[0]!), await loadPackage(positionals[1]!)];
    const report = compareMeetings(oldPkg.pkg, newPkg.pkg, { old: pageCounts(oldPkg), new: pageCounts(newPkg) });
    if (out) {
      const model = buildChangesDocument(report, {
        sender: newPkg.pkg.organisation.name,
        committee: newPkg.pkg.committee.name,
        date: newPkg.pkg.meeting.date,
        ...(sinceVersion !== undefined ? { sinceVersion } : {}),
      });
      const [{ renderDocuments }, { writeAtomically }] = await Promise.all([
        import('../../pdf/renderDocument'),
        import('../../pdf/writeAtomically'),
      ]);
      const { bytes, pageCount } = await renderDocuments([model], {
        title: `${model.title} – ${newPkg.pkg.committee.name} ${newPkg.pkg.meeting.date}`,
        author: newPkg.pkg.organisation.name,
        subject: `Ändringar i kallelsen till sammanträdet ${newPkg.pkg.meeting.date}`,
        keywords: ['ändringar', newPkg.pkg.committee.shortName ?? newPkg.pkg.committee.name, newPkg.pkg.meeting.date],
        creator: `Kallelse ${ctx.version}`,
      });
      writeAtomically(out, bytes);
      for (const c of report.changes) ctx.err(`• ${describeChange(c)}`);
      ctx.err(`Klar: ${out} (${report.changes.length} ändringar, ${pageCount} ${pageCount === 1 ? 'sida' : 'sidor'}).`);
    }
    if (values.json === true) ctx.out(JSON.stringify(report));
    else ctx.out(JSON.stringify({ out: path.resolve(out!), changes: report.changes.length }));
    return 0;
  },
};
