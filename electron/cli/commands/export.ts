import { dbOption, openBackend, resolveMeetingId, stringValue, withBackend } from '../open';
import { type CliCommand, UsageError } from '../types';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Exportera ett möte som kallelsepaket: en mapp, eller en zip om målet slutar på .kallelse.',
  usage: 'kallelse export <mötes-id> --out <mapp|fil.kallelse> [--db FIL]',
  options: { ...dbOption, out: { type: 'string', short: 'o' } },
  async run(positionals, values, ctx) {
    const [given, ...rest] = positionals;
    if (!given || rest.length > 0) throw new UsageError('Ange exakt ett mötes-id (se kallelse meetings).');
    const out = stringValue(values, 'out');
    if (!out) throw new UsageError('Ange målet med --out <mapp|fil.kallelse>.');
    return withBackend(await openBackend(values, ctx), async (backend) => {
      const meetingId = resolveMeetingId(backend, given);
      const result = await backend.services.packages.writePackage(meetingId, out);
      const what = result.kind === 'zip' ? '.kallelse-fil' : 'mapp';
      ctx.out(`Exporterade mötet ${meetingId} till ${result.target} (${what}, ${result.files} filer).`);
      ctx.out(
        JSON.stringify({ meetingId, out: result.target, kind: result.kind, files: result.files, bytes: result.bytes }),
      );
      return 0;
    });
  },
};
