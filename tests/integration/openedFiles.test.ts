import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { kallelseFilesIn } from '../../electron/services/OpenedFilesService';
import { sampleDir } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

describe('files opened from the operating system', () => {
  let temp: { dir: string; cleanup: () => void };
  let backend: Backend;
  beforeEach(() => {
    temp = makeTempDir('kallelse-opened-');
    backend = createBackend({ dataDir: path.join(temp.dir, 'data'), runtime: 'node', version: '0' });
  });
  afterEach(() => {
    backend.close();
    temp.cleanup();
  });

  it('finds .kallelse files in a command line, absolute against its working folder, and skips flags', () => {
    const argv = [
      '/opt/Kallelse/kallelse',
      '--no-sandbox',
      'möte.KALLELSE',
      '/a/b.kallelse',
      '--db=x.kallelse',
      'x.pdf',
    ];
    expect(kallelseFilesIn(argv, '/home/sekr')).toEqual(['/home/sekr/möte.KALLELSE', '/a/b.kallelse']);
  });

  it('imports each file in turn, keeps meeting or Swedish error until taken, and says when there is news', async () => {
    const file = path.join(temp.dir, 'minimal.kallelse');
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    await backend.services.packages.writePackage(meetingId, file);
    backend.services.meetings.delete(meetingId);
    const news: number[] = [];
    backend.events.on('shell:opened', ({ count }) => news.push(count));

    await backend.services.openedFiles.open([path.join(temp.dir, 'saknas.kallelse'), file]);
    const taken = await backend.dispatch('shell:takeOpened', undefined);
    expect(taken).toEqual({
      ok: true,
      value: [
        {
          file: path.join(temp.dir, 'saknas.kallelse'),
          error: expect.stringMatching(/^Paketet .*saknas\.kallelse finns inte\./),
        },
        { file, meetingId: expect.any(String) },
      ],
    });
    expect(news).toEqual([2]);
    expect(backend.services.openedFiles.take()).toEqual([]);
    expect(fs.existsSync(file)).toBe(true);
    expect(backend.services.meetings.list({})).toHaveLength(1);
  });

  it('a review copy opens as a review session (review mode), not as a second meeting', async () => {
    const file = path.join(temp.dir, 'granskning.kallelse');
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    await backend.services.versions.changeStatus(meetingId, 'granskning');
    await backend.services.review.exportReviewCopy(meetingId, file);

    await backend.services.openedFiles.open([file]);
    const [opened] = backend.services.openedFiles.take();
    expect(opened).toEqual({ file, reviewSessionId: expect.any(String) });
    const session = await backend.dispatch('review:session', {
      sessionId: (opened as { reviewSessionId: string }).reviewSessionId,
    });
    expect(session.ok).toBe(true);
    expect(backend.services.meetings.list({})).toHaveLength(1);
  });
});
