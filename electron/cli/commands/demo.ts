import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SampleName } from '../../../shared/domain/packages';
import { AppError } from '../../../shared/ipc/result';
import { describeMeeting } from '../describe';
import { stringValue, withBackend } from '../open';
import { type CliCommand, UsageError } from '../types';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary:
    'Importera exempelmötet (och föregående sammanträde med justerat protokoll) till en ny databas i en ny eller tillfällig mapp och visa vad som importerades.',
  usage: 'kallelse demo [--dir MAPP]',
  options: { dir: { type: 'string' } },
  async run(positionals, values, ctx) {
    if (positionals.length > 0) throw new UsageError(`Okänt argument: ${positionals[0]}.`);
    const sample: SampleName = 'exempel';
    const given = stringValue(values, 'dir');
    const dir = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-demo-'));
    const database = path.join(dir, 'kallelse.sqlite');
    if (fs.existsSync(database)) {
      throw new AppError(
        'CONFLICT',
        `Mappen ${dir} har redan en databas (kallelse.sqlite). Välj en ny mapp, eller importera med: kallelse import <paket> --db ${database}`,
        database,
      );
    }
    // Everything in the demo folder: database, stored files and settings; the user's own data is not touched.
    const { createBackend } = await import('../../backend');
    const backend = createBackend({ dataDir: dir, databasePath: database, runtime: 'node', version: ctx.version });
    return withBackend(backend, async (b) => {
      // The meeting before, justerat with its protokoll, first: the example's own § series continues from it.
      const previous = await b.services.packages.importSample('exempel-protokoll');
      const summary = await b.services.packages.importSample(sample);
      const meeting = b.services.meetings.get(summary.meetingId);
      const held = b.services.meetings.get(previous.meetingId);
      ctx.out(`Exempelmötet är importerat till en ny databas.`);
      ctx.out(`  Databas: ${database}`);
      ctx.out(`  Filer:   ${b.store.root} (${summary.files} PDF-bilagor, ${meeting.importedPdfPages} sidor)`);
      ctx.out('');
      for (const line of describeMeeting(meeting)) ctx.out(line);
      ctx.out('');
      ctx.out(`Föregående sammanträde ${held.date} (${held.id}) är justerat och har sitt protokoll.`);
      ctx.out('');
      ctx.out('Prova vidare:');
      ctx.out(`  npm run kallelse -- meetings --db ${database}`);
      ctx.out(
        `  npm run kallelse -- export ${summary.meetingId} --db ${database} --out ${path.join(dir, `${sample}.kallelse`)}`,
      );
      for (const [command, extra, file] of [
        ['protokoll', '', 'protokoll.pdf'],
        ['utdrag', ' --paragraph 7,9', 'utdrag.pdf'],
        ['anslag', '', 'anslag.pdf'],
      ] as const) {
        ctx.out(
          `  npm run kallelse -- ${command} --db ${database} --meeting ${held.id}${extra} --out ${path.join(dir, file)}`,
        );
      }
      ctx.out(JSON.stringify({ ...summary, database, protokollMeetingId: previous.meetingId }));
      return 0;
    });
  },
};
