import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { ReadPackage } from '../../package/load';
import type { RenderResult, RenderStage } from '../../pdf/renderKallelse';
import { openBackend, resolveMeetingId, withBackend } from '../open';
import type { CliCommand } from '../types';

export function checkWritable(out: string) {
  const dir = path.dirname(path.resolve(out));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('IO', `Kan inte skriva i mappen ${dir}: den finns inte eller är skrivskyddad.`, out);
  }
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
    throw new AppError('IO', `${out} är en mapp; ange ett filnamn, t.ex. ${path.join(out, 'kallelse.pdf')}.`, out);
  }
}

export const pdfCommand: CliCommand = {
  name: 'pdf',
  summary: 'Exportera kallelsen som en PDF: kallelse, handlingar och bilagor med löpande sidnummer.',
  usage:
    'kallelse pdf <mapp|fil.kallelse> --out FIL.pdf [--page-numbers bare|sida]\n' +
    '       kallelse pdf --db FIL --meeting ID --out FIL.pdf',
  options: {
    out: { type: 'string', short: 'o' },
    'page-numbers': { type: 'string' },
    db: { type: 'string' },
    meeting: { type: 'string' },
  },
  async run(positionals, values, ctx) {
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (!out) throw new AppError('VALIDATION', 'Ange vart PDF-filen ska skrivas med --out FIL.pdf.');
    const style = values['page-numbers'] ?? 'bare';
    if (style !== 'bare' && style !== 'sida') {
      throw new AppError(
        'VALIDATION',
        `Okänt värde för --page-numbers: ${String(style)}. Välj bare (12) eller sida (Sida 12 av 180).`,
      );
    }
    const fromDb = values.db !== undefined || values.meeting !== undefined;
    if (fromDb && positionals.length > 0) {
      throw new AppError('VALIDATION', 'Ange antingen ett paket eller --db och --meeting, inte båda.');
    }
    if (fromDb && (typeof values.db !== 'string' || typeof values.meeting !== 'string')) {
      throw new AppError('VALIDATION', 'Export från databasen kräver både --db FIL och --meeting ID.');
    }
    if (!fromDb && positionals.length !== 1) {
      throw new AppError(
        'VALIDATION',
        positionals.length === 0
          ? 'Ange paketet att exportera: en mapp med kallelse.json eller en .kallelse-fil.'
          : `Ett paket i taget; fick ${positionals.length}.`,
      );
    }
    checkWritable(out);
    // The PDF worker (started by the entry, else by loadPackage) gets every bilaga before the PDF
    // engine loads: its checks overlap the engine's start-up and the layout. It keeps each bilaga
    // it accepted, parsed once, and assembles the package there (pdfWorker.ts); this thread lays
    // out and paints meanwhile, from kallelse.json once it is valid (ReadPackage).
    let onRead: (read: ReadPackage) => void = () => {};
    const read = new Promise<ReadPackage>((resolve) => {
      onRead = resolve;
    });
    const reading = fromDb
      ? undefined
      : (await import('../../package/load')).loadPackage(positionals[0]!, { keep: true, onRead });
    reading?.catch(() => {}); // awaited below, where a failure reaches the user
    // Not pdf-lib: the worker assembles (a meeting in a database loads it with the backend).
    const [{ KallelsePdfService }, { RenderCache }, { stageText }, { writeAtomically }, { assembleKept, stageKept }] =
      await Promise.all([
        import('../../services/KallelsePdfService'),
        import('../../pdf/renderCache'),
        import('../../pdf/stages'),
        import('../../pdf/writeAtomically'),
        import('../../files/pdfInspector'),
      ]);
    const pageNumberStyle = style === 'sida' ? 'sida-n-av-N' : 'bare';
    let lastStage: RenderStage | undefined;
    const onProgress = (stage: RenderStage, done: number, total: number) => {
      if (stage === lastStage && done < total) return;
      lastStage = stage;
      if (stage !== 'klar' && done === 0) ctx.err(`${stageText[stage]} …`);
    };

    let result: RenderResult;
    if (reading) {
      // A package refused before all its files were read never calls onRead: its error ends the wait.
      const early = await Promise.race([read, reading.then(() => read)]);
      // Once every file is accepted, the worker copies their pages in while this thread works.
      reading.then(() => stageKept()).catch(() => {});
      const cache = new RenderCache();
      for (const [sha256, accepted] of early.pdfs) {
        cache.provideSource(
          sha256,
          accepted.then((file) => ({ kept: file.kept ?? sha256, pageCount: file.pageCount ?? 0 })),
        );
      }
      // The app's service, bare, for a package on disk; the bilagor in the worker.
      const rendering = new KallelsePdfService({
        creator: `Kallelse ${ctx.version}`,
        now: () => new Date(),
        cache,
        assembleKept,
      }).renderPackage(early, onProgress, pageNumberStyle);
      try {
        result = await rendering;
      } finally {
        // The package's own verdict first: a bilaga the worker refused fails the render too, but
        // the user should read which file and why, in document order.
        await reading;
      }
    } else {
      const meeting = String(values.meeting);
      // The backend's own service; it stays open while rendering: the bilagor are read from its content store.
      result = await withBackend(await openBackend(values, ctx), (b) =>
        b.services.pdf.renderMeeting(resolveMeetingId(b, meeting), onProgress, undefined, pageNumberStyle),
      );
    }
    for (const warning of result.warnings) ctx.err(`Varning: ${warning}`);
    writeAtomically(out, result.bytes);
    const k = result.kallelsePages;
    ctx.err(`Klar: ${out} (${result.pageCount} sidor, varav ${k} ${k === 1 ? 'kallelsesida' : 'kallelsesidor'}).`);
    ctx.out(
      JSON.stringify({
        out: path.resolve(out),
        pages: result.pageCount,
        kallelsePages: result.kallelsePages,
        warnings: result.warnings.length,
      }),
    );
    return 0;
  },
};
