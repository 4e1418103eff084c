import type { CliCommand } from '../types';

export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'Skriv ut versionsnumret.',
  usage: 'kallelse version',
  async run(_p, _v, ctx) {
    ctx.out(ctx.version);
    return 0;
  },
};
