/**
 * The envelope every IPC call returns. Errors never cross the process boundary as thrown
 * exceptions (only `message` would survive `ipcMain.handle`); they travel as data with a
 * code the renderer can branch on and a Swedish message it can show as is.
 */
export const errorCodes = [
  'VALIDATION', // input failed the contract's schema
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN', // sender not trusted, path outside its folder
  'UNKNOWN_CHANNEL',
  'BAD_PACKAGE', // kallelse-package refused
  'BAD_PDF', // corrupt, encrypted, empty PDF
  'TOO_LARGE',
  'DB_TOO_NEW', // database written by a newer Kallelse
  'IO', // file system trouble
  'BUSY', // another process holds the database's write lock
  'READ_ONLY', // the database or its folder cannot be written
  'INTERNAL',
  'CANCELLED', // the user stopped a long export, or a newer preview superseded this one
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** Swedish, complete sentence, says what to do where it can. */
  message: string;
  /** Optional pointer: the file or field the error concerns. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** A throwable error with a code; services throw it, the dispatcher turns it into a Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;
  constructor(code: ErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (detail !== undefined) this.detail = detail;
  }
  toData(): AppErrorData {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorData): Result<never> => ({ ok: false, error });
