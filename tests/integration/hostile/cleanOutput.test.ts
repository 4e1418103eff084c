import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { activeContentPdf } from '../../helpers/hostileFiles';
import { copySample, readJson, sha256File } from '../../helpers/packages';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Finding 2 of issue 16: a bilaga with JavaScript (open action, page and annotation /AA), a
 * full-page Launch link, a SubmitForm link and an embedded file must reach the members'
 * kallelse with none of it; its https link and its link to its own second page stay.
 */
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
let qdf: string;
let summary: Awaited<ReturnType<Backend['services']['packages']['importPackage']>>;
const BILAGA = 'bilagor/verksamhetsberattelse-2021-regionledningskontor.pdf';

beforeAll(async () => {
  temp = makeTempDir('kallelse-clean-');
  const dir = copySample('ana-2022-02-23', temp.dir, 'aktiv');
  fs.writeFileSync(path.join(dir, BILAGA), activeContentPdf());
  const json = readJson(path.join(dir, 'kallelse.json'));
  const text = JSON.stringify(json).replace(
    new RegExp(`("path":"${BILAGA}","sha256":")[0-9a-f]{64}`),
    `$1${sha256File(path.join(dir, BILAGA))}`,
  );
  fs.writeFileSync(path.join(dir, 'kallelse.json'), text);
  backend = createBackend({ dataDir: path.join(temp.dir, 'data'), runtime: 'node', version: '0.0.0-test' });
  summary = await backend.services.packages.importPackage(dir);
  const out = path.join(temp.dir, 'kallelse.pdf');
  await backend.services.pdf.exportMeeting(summary.meetingId, out);
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', out, path.join(temp.dir, 'qdf.pdf')]);
  qdf = fs.readFileSync(path.join(temp.dir, 'qdf.pdf'), 'latin1');
});
afterAll(() => {
  backend?.close();
  temp.cleanup();
});

describe('imported pages are sanitised when merged', () => {
  it('leaves no JavaScript, Launch, SubmitForm, embedded file, open action or additional action', () => {
    for (const bad of [
      '/JavaScript',
      '/JS ',
      '/Launch',
      '/SubmitForm',
      '/ImportData',
      '/EmbeddedFile',
      '/FileAttachment',
      '/OpenAction',
      '/AA',
      'calc.exe',
      'evil.example',
    ]) {
      expect(qdf, bad).not.toContain(bad);
    }
  });

  it('keeps the https link and the internal link, pointing at a page of the kallelse', () => {
    expect(qdf).toContain('/URI (https://www.example.se/rapport)');
    const goTo = /\/A <<\s*\/D \[\s*(\d+) 0 R\s*\/Fit\s*\]\s*\/S \/GoTo/.exec(qdf);
    expect(goTo, 'internal link kept').not.toBeNull();
    // The target is a page in the page tree: qpdf --qdf labels every page object "Page N".
    expect(qdf).toMatch(new RegExp(`%% Page \\d+\\n%% Original object ID: \\d+ 0\\n${goTo![1]} 0 obj`));
  });

  it('says in the import summary what was removed from which file', () => {
    expect(summary.cleaned).toEqual([
      {
        file: BILAGA,
        removed: expect.stringMatching(
          /JavaScript.*programstart \(Launch\).*formulärsändning.*inbäddade? fil.*öppningsåtgärd.*automatisk/,
        ),
      },
    ]);
  });
});
