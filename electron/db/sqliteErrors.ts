import { AppError } from '../../shared/ipc/result';

/**
 * SQLite failures that are not bugs, as Swedish AppErrors (issue 16, findings 4 and 8): another
 * process holding the write lock past the busy timeout, and a database that cannot be written.
 * Anything else is left to the caller (INTERNAL).
 */
export function sqliteAppError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'BUSY',
      'Databasen används av en annan process just nu (till exempel en import från kommandoraden). Vänta en stund och försök igen; inget har sparats av den senaste åtgärden.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'READ_ONLY',
      'Databasen är skrivskyddad: mappen eller filen går inte att skriva i. Du kan visa och exportera möten, men inte ändra dem. Ge dig själv skrivrätt till datamappen och starta om Kallelse.',
    );
  }
  return null;
}
