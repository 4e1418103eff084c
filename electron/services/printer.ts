/**
 * Printing as a dependency, like the dialogs: Electron hands the PDF to the system print
 * dialog (electron/nativePrinter.ts); tests and headless runs keep what would have been
 * printed, so a test can read it back.
 */
export interface Printer {
  /** Shows the system print dialog for these PDF bytes; false when the user cancelled. */
  print(pdf: Uint8Array, title: string): Promise<boolean>;
}

/** Keeps the last document handed over instead of printing it. */
export class RecordingPrinter implements Printer {
  readonly printed: { title: string; bytes: Uint8Array }[] = [];
  async print(pdf: Uint8Array, title: string): Promise<boolean> {
    this.printed.push({ title, bytes: pdf });
    return true;
  }
}
