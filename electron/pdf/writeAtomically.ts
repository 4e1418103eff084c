import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';

/** Writes next to the target and renames, so a failed export never leaves half a PDF. */
export function writeAtomically(out: string, bytes: Uint8Array) {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new AppError(
      'IO',
      `Kunde inte skriva ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      out,
    );
  }
}
