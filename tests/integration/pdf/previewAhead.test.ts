import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import type { RenderResult } from '../../../electron/pdf/renderKallelse';
import { sampleDir } from '../../helpers/packages';
import { pageTexts } from '../../helpers/poppler';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The preview's render starts when an edit to the shown meeting is committed, not when the
 * window asks (electron/services/PreviewAhead.ts). Renders are counted by the saves of the
 * preview's kept document (one per render, full or incremental).
 */
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let meetingId: string;

beforeAll(async () => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
  ({ meetingId } = await backend.services.packages.importPackage(sampleDir('minimal')));
});
afterAll(() => {
  backend.close();
  temp.cleanup();
});

const firstItem = () => backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[0]!;
const rename = (title: string) => backend.services.agenda.updateItem(firstItem().id, { title });
const firstPageText = (r: RenderResult) => {
  const file = path.join(temp.dir, 'preview.pdf');
  fs.writeFileSync(file, r.bytes);
  return pageTexts(file, { first: 1, last: 1 })[0]!.replace(/\s+/g, ' ');
};
const renders = () => backend.services.pdf.warm.stats.full + backend.services.pdf.warm.stats.incremental;
/** Waits until a render has run to its end without anyone asking, or fails after 10 s. */
async function renderedAhead(before: number) {
  const until = Date.now() + 10_000;
  while (renders() === before) {
    if (Date.now() > until) throw new Error('ingen rendering i förväg');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the preview renders ahead of the window', () => {
  it('an edit to the shown meeting starts its render at once; the window then takes that render', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId); // the window shows this meeting
    const before = renders();
    rename('Ny rubrik, renderad i förväg');
    await renderedAhead(before); // nobody has asked yet
    const r = await ahead.preview(meetingId);
    expect(renders()).toBe(before + 1); // the request rendered nothing more
    expect(firstPageText(r)).toContain('Ny rubrik, renderad i förväg');
  });

  it('a render ahead that a later change has outdated is never handed out', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = renders();
    rename('Första ändringen');
    await renderedAhead(before);
    rename('Andra ändringen');
    const r = await ahead.preview(meetingId);
    const text = firstPageText(r);
    expect(text).toContain('Andra ändringen');
    expect(text).not.toContain('Första ändringen');
  });

  it('a request right after a change never joins the render that change outdated', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    rename('Tredje ändringen');
    const older = ahead.preview(meetingId); // renders 'Tredje'
    rename('Fjärde ändringen'); // before that render ends, and before a render ahead has started
    const newer = ahead.preview(meetingId);
    await expect(older).rejects.toMatchObject({ code: 'CANCELLED' }); // superseded, as the window's older request
    const text = firstPageText(await newer);
    expect(text).toContain('Fjärde ändringen');
  });

  it('two requests for the same state share one render', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = renders();
    const [a, b] = await Promise.all([ahead.preview(meetingId), ahead.preview(meetingId)]);
    expect(a).toBe(b);
    expect(renders()).toBe(before + 1);
  });

  it('changes that do not reach the shown PDF start nothing', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = renders();
    // The meeting list alone, and another meeting.
    backend.events.emit('data:changed', { entities: ['meetings'], meetingId });
    backend.events.emit('data:changed', { entities: ['meeting'], meetingId: 'en-annan' });
    await new Promise((r) => setTimeout(r, 300));
    expect(renders()).toBe(before);
    // A settings change (no meeting) does reach it: the page-number style is in every PDF.
    backend.events.emit('data:changed', { entities: ['settings'] });
    await renderedAhead(before);
    await ahead.preview(meetingId);
    expect(renders()).toBe(before + 1);
  });
});
