import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { announceTemp, fsyncDir, tempBeside, writeSynced } from '../files/tempFiles';

/**
 * Writes next to the target and renames, so a failed export never leaves half a PDF: the temp
 * file is fsynced before the rename and the folder after it (a power cut leaves the old file or
 * the new one), and announced in the data folder's tmp/ so a kill mid-write is cleaned up at the
 * next start (issue 16, finding 5).
 */
export function writeAtomically(out: string, bytes: Uint8Array) {
  const tmp = tempBeside(out);
  const withdraw = announceTemp(tmp);
  try {
    writeSynced(tmp, bytes);
    fs.renameSync(tmp, out);
    fsyncDir(path.dirname(out));
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new AppError(
      'IO',
      `Kunde inte skriva ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      out,
    );
  } finally {
    withdraw();
  }
}
