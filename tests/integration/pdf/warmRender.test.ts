import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { assembleKept } from '../../../electron/files/pdfInspector';
import { loadPackage } from '../../../electron/package/load';
import { RenderCache } from '../../../electron/pdf/renderCache';
import { renderKallelse } from '../../../electron/pdf/renderKallelse';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import type { LoadedPackage } from '../../../shared/package/model';
import { copySample, pdfRefs, readJson, sampleDir } from '../../helpers/packages';
import { pageTexts, qpdfJson } from '../../helpers/poppler';
import { expectSamePackage } from '../../helpers/samePackage';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The warm render path (parsed bilagor, layouts and painted pages reused across renders) must
 * give the same package as a cold render: same pages, text, links and outline, read back with
 * poppler and qpdf only.
 */
const now = new Date('2022-02-14T08:00:00Z');
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeAll(() => {
  temp = makeTempDir();
  backend = createBackend({
    dataDir: temp.dir,
    runtime: 'node',
    version: '0.0.0-test',
    now: () => now,
  });
});
afterAll(() => {
  backend.close();
  temp.cleanup();
});

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('warm render path', () => {
  it('after a sequence of edits gives the same pages, text, links and outline as a cold export', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const pdf = backend.services.pdf;
    const meeting = (): MeetingDetail => backend.services.meetings.get(meetingId);
    const items = () => meeting().sections.flatMap((s) => s.items);

    await pdf.previewMeeting(meetingId); // the first (cold) render fills the cache
    const item = (n: number) => items()[n - 1]!;
    const edits: (() => unknown)[] = [
      () => backend.services.agenda.updateItem(item(11).id, { title: `${item(11).title} (ändrad)` }),
      () => backend.services.agenda.updateItem(item(3).id, { title: 'En mycket längre rubrik '.repeat(8).trim() }),
      () => backend.services.agenda.moveItem(item(12).id, meeting().sections.at(-1)!.id, 0),
      () => backend.services.agenda.deleteItem(item(14).id),
      () => backend.services.settings.set({ pageNumberStyle: 'sida-n-av-N' }),
      () =>
        backend.services.agenda.addItem({ sectionId: meeting().sections[1]!.id, position: 1, title: 'Nytt ärende' }),
      () => backend.services.agenda.updateItem(item(11).id, { title: 'Tillbaka till en kort rubrik' }),
    ];
    let warm = await pdf.previewMeeting(meetingId);
    for (const edit of edits) {
      edit();
      warm = await pdf.previewMeeting(meetingId);
    }
    // Each bilaga was parsed once over all the renders; the last edit laid out only what it changed.
    expect(pdf.cache.stats.sourcesParsed).toBe(15);

    const cold = await renderKallelse(backend.services.packages.exportMeeting(meetingId), {
      pageNumberStyle: 'sida-n-av-N',
      creationDate: now,
      creator: 'Kallelse 0.0.0-test',
    });
    expect(warm.pageCount).toBe(cold.pageCount);
    expect(warm.items).toEqual(cold.items);
    expect(warm.documents).toEqual(cold.documents);
    expect(warm.warnings).toEqual(cold.warnings);
    const coldFile = write('cold.pdf', cold.bytes);
    const warmFile = write('warm.pdf', warm.bytes);
    expect(pageTexts(warmFile).at(-1)).toContain(`Sida ${cold.pageCount} av ${cold.pageCount}`);
    expectSamePackage(temp.dir, warmFile, coldFile);

    // An export through the same cache (one font subset per font) is the same package too.
    const exported = write('export.pdf', (await pdf.renderMeeting(meetingId)).bytes);
    expectSamePackage(temp.dir, exported, coldFile);
  }, 120_000);

  it('a title edit re-lays only the kallelse and the edited documents, and reads no bilaga again', async () => {
    const loaded = await loadPackage(sampleDir('ana-2022-02-23'));
    let reads = 0;
    const counting: LoadedPackage = {
      pkg: structuredClone(loaded.pkg),
      readFile: (ref) => {
        reads++;
        return loaded.readFile(ref);
      },
    };
    // Refs with sha256, as the database hands them over: the cache key is known without reading.
    for (const s of counting.pkg.meeting.sections)
      for (const i of s.items)
        for (const d of i.documents ?? [])
          if (d.type === 'pdf')
            d.file.sha256 = createHash('sha256')
              .update(await loaded.readFile(d.file))
              .digest('hex');
    const cache = new RenderCache();
    const first = await renderKallelse(counting, { cache, creationDate: now });
    const coldReads = reads;
    const coldLayouts = cache.stats.layouts;
    expect(cache.stats.sourcesParsed).toBe(15);

    const item = counting.pkg.meeting.sections[2]!.items[0]!; // has a protokollsutdrag of its own
    item.title = `${item.title} och mer`;
    for (const d of item.documents ?? []) if (d.type !== 'pdf' && 'title' in d) d.title = item.title;
    reads = 0;
    const second = await renderKallelse(counting, { cache, creationDate: now });
    expect(reads).toBe(0); // the logo-less sample reads nothing but bilagor, and those are cached
    expect(cache.stats.sourcesParsed).toBe(15);
    expect(cache.stats.layouts - coldLayouts).toBeLessThanOrEqual(3); // kallelse (+ a changed page-count round) + the edited document
    expect(cache.stats.layouts - coldLayouts).toBeGreaterThanOrEqual(1);
    expect(second.pageCount).toBe(first.pageCount);
    expect(coldReads).toBeGreaterThan(0);

    const cold = await renderKallelse(counting, { creationDate: now });
    expectSamePackage(temp.dir, write('second.pdf', second.bytes), write('second-cold.pdf', cold.bytes));
  }, 120_000);

  it('the command line parses each bilaga once, in the PDF worker, and assembles there the package the main thread would', async () => {
    const loaded = await loadPackage(sampleDir('ana-2022-02-23'), { keep: true });
    const pdfs = [...loaded.files.values()].filter((f) => f.pageCount !== null);
    expect(pdfs).toHaveLength(15);
    expect(pdfs.every((f) => f.kept === f.sha256)).toBe(true);
    const cache = new RenderCache();
    for (const f of pdfs) cache.provideSource(f.sha256, { kept: f.kept!, pageCount: f.pageCount! });
    const r = await renderKallelse(loaded, { cache, creationDate: now, compact: true, assembleKept });
    expect(cache.stats.sourcesParsed).toBe(0); // no bilaga parsed on this thread
    expect(r.pageCount).toBe(169);
    const cold = await renderKallelse(await loadPackage(sampleDir('ana-2022-02-23')), {
      creationDate: now,
      compact: true,
    });
    const [keptFile, coldFile] = [write('kept.pdf', r.bytes), write('kept-cold.pdf', cold.bytes)];
    expectSamePackage(temp.dir, keptFile, coldFile);
    for (const file of [keptFile, coldFile]) {
      const { objects } = qpdfJson(file);
      const trailer = objects.trailer!.value!;
      expect(trailer['/ID']).toHaveLength(2); // the file identifier viewers key their state to
      // No XMP metadata left over from pdfkit (it named pdfkit as the creator, beside our document info).
      expect(objects[String(trailer['/Root'])]!.value!['/Metadata']).toBeUndefined();
    }
  }, 120_000);

  it('the worker keeps nothing of a package it assembled: the next export in it is as large, not larger', async () => {
    const exportKept = async () => {
      const loaded = await loadPackage(sampleDir('ana-2022-02-23'), { keep: true });
      const cache = new RenderCache();
      for (const f of loaded.files.values()) {
        if (f.kept) cache.provideSource(f.sha256, { kept: f.kept, pageCount: f.pageCount! });
      }
      return (await renderKallelse(loaded, { cache, creationDate: now, compact: true, assembleKept })).bytes;
    };
    const first = await exportKept();
    const second = await exportKept();
    expect(Math.abs(second.length - first.length)).toBeLessThan(first.length * 0.01);
  }, 120_000);

  it('the command line reads no bilaga on the main thread when the package gives no sha256: loadPackage hashed them', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'no-sha');
    const pkg = readJson(path.join(dir, 'kallelse.json'));
    for (const ref of pdfRefs(pkg)) delete ref.sha256;
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    const loaded = await loadPackage(dir, { keep: true });
    const cache = new RenderCache();
    for (const f of loaded.files.values()) {
      if (f.kept) cache.provideSource(f.sha256, { kept: f.kept, pageCount: f.pageCount! });
    }
    const read: string[] = [];
    const counting: LoadedPackage = {
      ...loaded,
      readFile: (ref) => {
        read.push(ref.path);
        return loaded.readFile(ref);
      },
    };
    const r = await renderKallelse(counting, { cache, creationDate: now, compact: true, assembleKept });
    expect(r.pageCount).toBe(169);
    expect(read.filter((p) => p.endsWith('.pdf'))).toEqual([]);
    expect(cache.stats.sourcesParsed).toBe(0);
  }, 120_000);

  it('a bilaga the worker refused fails the load in document order, however the checks finish', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'refused');
    const pkg = readJson(path.join(dir, 'kallelse.json'));
    const refs = pdfRefs(pkg).map((file) => ({ file }));
    // The second bilaga is no PDF the worker can read; the last is missing: the second is reported.
    const second = refs[1]!.file;
    delete second.sha256;
    fs.writeFileSync(path.join(dir, second.path), '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    fs.rmSync(path.join(dir, refs.at(-1)!.file.path));
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    for (const keep of [true, false]) {
      await expect(loadPackage(dir, { keep })).rejects.toMatchObject({
        code: 'BAD_PDF',
        message: expect.stringContaining(second.path),
      });
    }
  });

  it('a cancelled render stops with CANCELLED and leaves the cache usable', async () => {
    const loaded = await loadPackage(sampleDir('minimal'));
    const cache = new RenderCache();
    const controller = new AbortController();
    controller.abort();
    await expect(renderKallelse(loaded, { cache, signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    const r = await renderKallelse(loaded, { cache });
    expect(r.pageCount).toBeGreaterThan(0);
  });
});

describe('cancelling renders', () => {
  it('a newer preview supersedes the running one; a cancelled export writes nothing', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    const pdf = backend.services.pdf;
    const older = pdf.previewMeeting(meetingId);
    const newer = pdf.previewMeeting(meetingId);
    await expect(older).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await newer).pageCount).toBeGreaterThan(0);

    const target = path.join(temp.dir, 'avbruten.pdf');
    const running = pdf.exportMeeting(meetingId, target, undefined, 'job-1');
    expect(pdf.cancelExport('job-1')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED', message: 'Exporten avbröts.' });
    expect(fs.existsSync(target)).toBe(false);
    expect(pdf.cancelExport()).toBe(false); // nothing running any more

    await pdf.exportMeeting(meetingId, target);
    expect(fs.existsSync(target)).toBe(true);
  });
  it('a cancel that arrives while the export runs (a later IPC call) stops it between steps', async () => {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    const pdf = backend.services.pdf;
    const target = path.join(temp.dir, 'avbruten-ana.pdf');
    const stages: string[] = [];
    let asked: Promise<unknown> | undefined;
    const running = pdf.exportMeeting(
      meetingId,
      target,
      (stage) => {
        stages.push(stage);
        // As the window's button does: an IPC call, handled in a later turn of the event loop.
        asked ??= new Promise((resolve) =>
          setTimeout(() => resolve(backend.dispatch('pdf:cancelExport', undefined)), 0),
        );
      },
      'job-ana',
    );
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await asked).toEqual({ ok: true, value: { cancelled: true } });
    expect(stages).not.toContain('klar');
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);
});
