/**
 * Native file dialogs as a dependency. Paths that main reads or writes come from these
 * dialogs in main, never from the renderer, so a compromised renderer cannot name a file.
 * Electron provides the real ones (electron/nativeDialogs.ts); tests and the CLI script them.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** A file (or folder when `folders` is true) to open, or null when the user cancels. */
  chooseOpen(options: { title: string; filters?: FileFilter[]; folders?: boolean }): Promise<string | null>;
  /** Several files to open (at least one), or null when the user cancels. */
  chooseOpenMany(options: { title: string; filters?: FileFilter[] }): Promise<string[] | null>;
  /** A path to save to, or null when the user cancels. */
  chooseSave(options: { title: string; defaultPath: string; filters?: FileFilter[] }): Promise<string | null>;
}

/** Answers from a queue; an empty queue means "the user cancelled". For tests and headless runs. */
export class ScriptedDialogs implements Dialogs {
  private readonly answers: (string | string[] | null)[] = [];
  readonly asked: string[] = [];

  /** A path for the next dialog, or several for the next multi-file open dialog. */
  answerNext(path: string | string[] | null): void {
    this.answers.push(path);
  }

  async chooseOpen(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    const answer = this.answers.shift() ?? null;
    return Array.isArray(answer) ? (answer[0] ?? null) : answer;
  }

  async chooseOpenMany(options: { title: string }): Promise<string[] | null> {
    this.asked.push(options.title);
    const answer = this.answers.shift() ?? null;
    if (answer === null) return null;
    return Array.isArray(answer) ? answer : [answer];
  }

  async chooseSave(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    const answer = this.answers.shift() ?? null;
    return Array.isArray(answer) ? (answer[0] ?? null) : answer;
  }
}
