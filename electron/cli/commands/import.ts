import { dbOption, openBackend, withBackend } from '../open';
import { type CliCommand, UsageError } from '../types';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Importera ett möte från ett kallelsepaket (mapp eller .kallelse-fil).',
  usage: 'kallelse import <mapp|fil.kallelse> [--db FIL]',
  options: dbOption,
  async run(positionals, values, ctx) {
    const [input, ...rest] = positionals;
    if (!input || rest.length > 0) throw new UsageError('Ange exakt ett paket att importera.');
    return withBackend(await openBackend(values, ctx), async (backend) => {
      const summary = await backend.services.packages.importPackage(input);
      const meeting = backend.services.meetings.get(summary.meetingId);
      ctx.out(`Importerade ${meeting.committee.name} ${meeting.date} kl. ${meeting.startTime} (${meeting.place}).`);
      ctx.out(
        `  ${summary.items} ärenden, ${summary.documents} dokument, ${summary.memberships} uppdrag i registret, ${summary.files} filer (${meeting.importedPdfPages} sidor bilagor).`,
      );
      for (const c of summary.cleaned) ctx.out(`  Borttaget ur ${c.file} (följer inte med i kallelsen): ${c.removed}.`);
      ctx.out(`  Databas: ${backend.databasePath}`);
      ctx.out(JSON.stringify(summary));
      return 0;
    });
  },
};
