import { meetingStatusLabel } from '../../../shared/domain/meetingStatus';
import { dbOption, openBackend, withBackend } from '../open';
import type { CliCommand } from '../types';

export const meetingsCommand: CliCommand = {
  name: 'meetings',
  summary: 'Lista mötena i databasen (id, datum, nämnd, status, antal ärenden).',
  usage: 'kallelse meetings [--db FIL] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(_positionals, values, ctx) {
    return withBackend(await openBackend(values, ctx), (backend) => {
      const list = backend.services.meetings.list();
      if (values.json) {
        ctx.out(JSON.stringify(list));
        return 0;
      }
      if (list.length === 0) ctx.out(`Inga möten i ${backend.databasePath}.`);
      for (const m of list) {
        ctx.out(
          `${m.id}  ${m.date} ${m.startTime}  ${m.committeeShortName ?? m.committeeName}  ${meetingStatusLabel[m.status]}  ${m.itemCount} ärenden`,
        );
      }
      return 0;
    });
  },
};
