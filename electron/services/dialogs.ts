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
  /** A path to save to, or null when the user cancels. */
  chooseSave(options: { title: string; defaultPath: string; filters?: FileFilter[] }): Promise<string | null>;
}

/** Answers from a queue; an empty queue means "the user cancelled". For tests and headless runs. */
export class ScriptedDialogs implements Dialogs {
  private readonly answers: (string | null)[] = [];
  readonly asked: string[] = [];

  answerNext(path: string | null): void {
    this.answers.push(path);
  }

  async chooseOpen(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    return this.answers.shift() ?? null;
  }

  async chooseSave(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    return this.answers.shift() ?? null;
  }
}
