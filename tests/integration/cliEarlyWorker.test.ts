import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuiltCli } from '../helpers/builtCli';
import { pdfInfo, samplesDir } from '../helpers/poppler';

// The command line's entry starts the PDF worker for `pdf` of a package before the bundle loads
// (electron/files/pdfWorkerStart.ts); the inspector takes that worker over instead of starting one.
const { run: kallelse, temp } = withBuiltCli({ env: () => ({ KALLELSE_PDF_WORKER_DEBUG: '1' }) });

function run(...args: string[]) {
  const r = kallelse(...args);
  return { ...r, worker: /^kallelse-pdf-worker: (.*)$/m.exec(r.stderr)?.[1] };
}

describe('the PDF worker started by the entry', () => {
  it('is the one that checks and assembles the bilagor of `pdf`', () => {
    const out = path.join(temp.dir, 'ana.pdf');
    const r = run('pdf', path.join(samplesDir, 'ana-2022-02-23'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.worker).toBe('taken');
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toMatchObject({ pages: 169 });
    expect(pdfInfo(out).Pages).toBe('169');
  });

  it('is not started for other commands, nor for a meeting from a database', () => {
    expect(run('version').worker).toBe('none');
    const db = run(
      'pdf',
      '--db',
      path.join(temp.dir, 'saknas.db'),
      '--meeting',
      'm1',
      '--out',
      path.join(temp.dir, 'x.pdf'),
    );
    expect(db.status).toBe(1);
    expect(db.worker).toBe('none');
  });

  it('leaves with the command when the command fails before it is needed', () => {
    // A folder for --out that does not exist is refused before the package is read.
    const r = run('pdf', path.join(samplesDir, 'minimal'), '--out', path.join(temp.dir, 'finns-inte', 'y.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/finns-inte/);
    expect(r.worker).toBe('not taken');
  });
});
