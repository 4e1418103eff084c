import fs from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import { dbOption, openBackend, stringValue, withBackend } from '../open';
import { type CliCommand, UsageError } from '../types';

const usage =
  'kallelse register import FIL --committee KORTNAMN [--db FIL]\n' +
  '       kallelse register list --committee KORTNAMN --date ÅÅÅÅ-MM-DD [--db FIL] [--json]';

/**
 * The committee register for automation: import a spreadsheet (CSV/TSV, UTF-8 or
 * Windows-1252) with the same parser and rules as the app, all rows or none; list the
 * member lines a kallelse prints on a date.
 */
export const registerCommand: CliCommand = {
  name: 'register',
  summary: 'Nämndens register: importera ledamöter från ett kalkylark, eller lista de tryckta raderna för ett datum.',
  usage,
  options: { ...dbOption, committee: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  async run(positionals, values, ctx) {
    const [action, ...rest] = positionals;
    const committee = stringValue(values, 'committee');
    if (!committee) throw new UsageError('Ange nämnden med --committee (kortnamn, t.ex. ANA).');

    if (action === 'import') {
      const [file, ...extra] = rest;
      if (!file || extra.length > 0) throw new UsageError('Ange exakt en fil att importera.');
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        throw new AppError('IO', `Filen ${file} kunde inte läsas (${(error as NodeJS.ErrnoException).code ?? 'fel'}).`);
      }
      return withBackend(await openBackend(values, ctx), (backend) => {
        const register = backend.services.register;
        const c = register.findCommittee(committee);
        const source = { kind: 'bytes' as const, base64: bytes.toString('base64') };
        const preview = register.previewImport(c.id, source);
        if (!preview.ok) {
          for (const line of preview.errors) ctx.err(line);
          ctx.err(`Inget importerades: ${preview.errors.length} fel i ${file}. Rätta raderna och kör igen.`);
          return 1;
        }
        const { added } = register.commitImport(c.id, source);
        ctx.out(
          `Lade till ${added} platser i registret för ${c.name} (${preview.encoding}, avgränsare ${preview.delimiter}).`,
        );
        ctx.out(JSON.stringify({ committeeId: c.id, added }));
        return 0;
      });
    }

    if (action === 'list') {
      if (rest.length > 0) throw new UsageError(`Okänt argument: ${rest[0]}.`);
      const date = stringValue(values, 'date');
      if (!date) throw new UsageError('Ange datumet med --date ÅÅÅÅ-MM-DD.');
      // The meeting model (its zod schemas) loads only here: `pdf` and the others never make it.
      const { RealDate } = await import('../../../shared/domain/meeting');
      if (!RealDate.safeParse(date).success) throw new UsageError(`${date} är inget giltigt datum (ÅÅÅÅ-MM-DD).`);
      return withBackend(await openBackend(values, ctx), (backend) => {
        const register = backend.services.register;
        const c = register.findCommittee(committee);
        const printed = register.printed(c.id, date);
        if (values.json) {
          ctx.out(JSON.stringify({ committee: c.name, ...printed }));
          return 0;
        }
        if (printed.groups.length === 0) ctx.out(`${c.name} har inga platser i registret ${date}.`);
        for (const group of printed.groups) {
          ctx.out(group.label);
          for (const sub of group.subgroups) {
            ctx.out(`  ${sub.label}`);
            for (const line of sub.lines) ctx.out(`    ${line}`);
          }
        }
        return 0;
      });
    }
    throw new UsageError(action ? `Okänd åtgärd: ${action}.` : 'Ange import eller list.');
  },
};
