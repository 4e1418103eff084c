import { AppError } from '../../../shared/ipc/result';
import { collectGarbage } from '../../files/garbage';
import { dbOption, openBackend, withBackend } from '../open';
import type { CliCommand } from '../types';

/**
 * Stored files nothing refers to, collected on request (the app does it when it starts and when
 * an undo entry expires). Not beside a running app: its undo may still hold a removed bilaga
 * whose row is gone, and only the app knows that.
 */
export const gcCommand: CliCommand = {
  name: 'gc',
  summary: 'Ta bort lagrade filer som inget möte eller ångra-steg hänvisar till längre. Kör med appen stängd.',
  usage: 'kallelse gc [--db FIL] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(_positionals, values, ctx) {
    return withBackend(await openBackend(values, ctx), (backend) => {
      if (backend.services.info().readOnly) {
        throw new AppError(
          'READ_ONLY',
          'Datamappen är skrivskyddad; inga filer kan tas bort. Ge dig själv skrivrätt till mappen.',
        );
      }
      const report = collectGarbage(backend.db, backend.store, new Date());
      if (values.json) ctx.out(JSON.stringify(report));
      else ctx.out(`Tog bort ${report.files} lagrade filer och ${report.rows} filrader som inget hänvisar till.`);
      return 0;
    });
  },
};
