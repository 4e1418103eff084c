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
 * window asks (electron/services/PreviewAhead.ts). Renders are counted by their progress
 * events (each render is one job), as the window sees them.
 */
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let meetingId: string;
const jobs = new Set<string>();

beforeAll(async () => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
  backend.events.on('export:progress', (p) => {
    if (p.kind === 'preview') jobs.add(p.jobId);
  });
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
/** Waits until a render has started (its first progress event), or fails after 10 s. */
async function renderStarted(before: number) {
  const until = Date.now() + 10_000;
  while (jobs.size === before) {
    if (Date.now() > until) throw new Error('ingen rendering startade');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the preview renders ahead of the window', () => {
  it('an edit to the shown meeting starts its render at once; the window then takes that render', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId); // the window shows this meeting
    const before = jobs.size;
    rename('Ny rubrik, renderad i förväg');
    await renderStarted(before); // nobody has asked yet
    const r = await ahead.preview(meetingId);
    expect(jobs.size).toBe(before + 1); // the request rendered nothing more
    expect(firstPageText(r)).toContain('Ny rubrik, renderad i förväg');
  });

  it('a change after the render ahead started is never handed out stale', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = jobs.size;
    rename('Första ändringen');
    await renderStarted(before);
    rename('Andra ändringen');
    const r = await ahead.preview(meetingId);
    const text = firstPageText(r);
    expect(text).toContain('Andra ändringen');
    expect(text).not.toContain('Första ändringen');
  });

  it('two requests for the same state share one render', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = jobs.size;
    const [a, b] = await Promise.all([ahead.preview(meetingId), ahead.preview(meetingId)]);
    expect(a).toBe(b);
    expect(jobs.size).toBe(before + 1);
  });

  it('changes that do not reach the shown PDF start nothing', async () => {
    const ahead = backend.services.previewAhead;
    await ahead.preview(meetingId);
    const before = jobs.size;
    // The meeting list alone, and another meeting.
    backend.events.emit('data:changed', { entities: ['meetings'], meetingId });
    backend.events.emit('data:changed', { entities: ['meeting'], meetingId: 'en-annan' });
    await new Promise((r) => setTimeout(r, 200));
    expect(jobs.size).toBe(before);
    // A settings change (no meeting) does reach it: the page-number style is in every PDF.
    backend.events.emit('data:changed', { entities: ['settings'] });
    await renderStarted(before);
    await ahead.preview(meetingId);
    expect(jobs.size).toBe(before + 1);
  });
});
