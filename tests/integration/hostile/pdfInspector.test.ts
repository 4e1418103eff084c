import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../electron/files/pdfInspector';
import { objStmBombPdf, rawPdf } from '../../helpers/hostileFiles';
import { numberedPdf } from '../../helpers/testPdfs';

const MiB = 1024 * 1024;

describe('inspectPdf: untrusted PDFs parsed in a bounded worker', () => {
  it('reads an ordinary PDF', async () => {
    expect(await inspectPdf(await numberedPdf('Vanlig', 3))).toEqual({
      ok: true,
      pageCount: 3,
      title: null,
      removed: null,
    });
  });

  it('refuses an object stream inflating past the limit without inflating it all', async () => {
    const r = await inspectPdf(objStmBombPdf(40 * MiB));
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/dekomprimeringsbomb/) });
  });

  it('lets an object stream under the stream limit through to pdf-lib', async () => {
    const r = await inspectPdf(objStmBombPdf(4 * MiB));
    expect(r.ok ? 'ok' : r.problem).not.toMatch(/dekomprimeringsbomb/);
  });

  it('ends the worker at the time limit with a refusal', async () => {
    const r = await inspectPdf(objStmBombPdf(20 * MiB), { timeoutMs: 5 });
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/inom 0 sekunder|inom \d+ sekunder/) });
  });

  it('ends the worker at its heap limit with a refusal, the process lives on', async () => {
    // An array of three million numbers: pdf-lib makes an object of each, far more than 16 MB of heap.
    const pdf = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `[${'0 '.repeat(3_000_000)}]`,
    ]);
    const r = await inspectPdf(pdf, { heapMb: 16 });
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/för mycket minne/) });
  });

  it('names an absurd MediaBox instead of "no pages"', async () => {
    const pdf = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000000000000000000000000000000 -5] >>',
    ]);
    const r = await inspectPdf(pdf);
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/ogiltig sidstorlek \(MediaBox\) på sida 1/) });
  });

  it('checks files sent together in order; one over its time limit is refused alone, the rest get a fresh worker', async () => {
    const ok = await numberedPdf('Före', 2);
    const after = await numberedPdf('Efter', 4);
    const results = await Promise.all([
      inspectPdf(ok),
      inspectPdf(objStmBombPdf(20 * MiB), { timeoutMs: 5 }),
      inspectPdf(after),
      inspectPdf(ok),
    ]);
    expect(results.map((r) => (r.ok ? r.pageCount : r.problem.slice(0, 29)))).toEqual([
      2,
      'kunde inte läsas färdigt inom',
      4,
      2,
    ]);
  });

  it('counts objects and refuses past the object limit', async () => {
    const r = await inspectPdf(await numberedPdf('Många', 30), { maxObjects: 20 });
    expect(r).toMatchObject({ ok: false, problem: 'har fler än 20 objekt' });
  });
});
