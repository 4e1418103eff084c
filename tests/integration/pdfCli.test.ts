import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuiltCli } from '../helpers/builtCli';
import { copySample, pdfRefs, readJson, sampleDir, samplePackage, writePackage } from '../helpers/packages';
import { pdfInfo, samplesDir } from '../helpers/poppler';

const { run: kallelse, temp } = withBuiltCli();
const run = (...args: string[]) => kallelse('pdf', ...args);

describe('kallelse pdf (command line)', () => {
  it('exports the ANA sample folder and ends with a JSON summary on stdout', () => {
    const out = path.join(temp.dir, 'ana.pdf');
    const r = run(path.join(samplesDir, 'ana-2022-02-23'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(summary).toEqual({ out, pages: Number(pdfInfo(out).Pages), kallelsePages: 2, warnings: 0 });
    expect(r.stderr).toContain('Läser bilagor');
    expect(r.stderr).toContain(`Klar: ${out}`);
    expect(fs.readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints warnings on stderr and still exports, with `Sida n av N` on request', () => {
    const out = path.join(temp.dir, 'minimal.pdf');
    const r = run(path.join(samplesDir, 'minimal'), '--out', out, '--page-numbers', 'sida');
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('Varning: '));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Ansökan från Exempelföreningen');
    expect(JSON.parse(r.stdout.trim()).warnings).toBe(2);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' })).toContain('Sida 1 av 3');
  });

  it('fails with one clear Swedish line: missing --out, unknown input, unwritable output, bad option', () => {
    const cases: [string[], RegExp][] = [
      [[path.join(samplesDir, 'minimal')], /^Fel: Ange vart PDF-filen ska skrivas med --out FIL\.pdf\.$/],
      [
        [path.join(temp.dir, 'finns-inte'), '--out', path.join(temp.dir, 'x.pdf')],
        /^Fel: Paketet .*finns-inte finns inte\./,
      ],
      [
        [path.join(samplesDir, 'minimal'), '--out', '/finns/inte/x.pdf'],
        /^Fel: Kan inte skriva i mappen \/finns\/inte/,
      ],
      [
        [path.join(samplesDir, 'minimal'), '--out', path.join(temp.dir, 'x.pdf'), '--page-numbers', 'romerska'],
        /^Fel: Okänt värde för --page-numbers/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(' ')).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    }
  });

  it('leaves no file behind when the export fails', () => {
    const pkg = samplePackage('minimal');
    pkg.meeting.sections[2]!.items[1]!.documents = [{ type: 'pdf', title: 'Saknas', file: { path: 'saknas.pdf' } }];
    const dir = writePackage(pkg);
    try {
      const out = path.join(temp.dir, 'failed.pdf');
      const r = run(dir.dir, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^Fel: .*”saknas\.pdf”.*ärende 5/);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });

  it('names the bilaga the PDF check refused, though the layout began before the checks ended', () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'refused-bilaga');
    const pkg = readJson(path.join(dir, 'kallelse.json'));
    const broken = pdfRefs(pkg).at(-1)!;
    delete broken.sha256;
    fs.writeFileSync(path.join(dir, broken.path), '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    const out = path.join(temp.dir, 'refused.pdf');
    const r = run(dir, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Sidbryter'); // the layout had begun
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^Fel: Bilagan ”.*” \(.*\) är skadad/);
    expect(last).toContain(broken.path);
    expect(fs.existsSync(out)).toBe(false);

    // A logo that is no image: the render would only warn, but the package is refused as a whole.
    fs.copyFileSync(path.join(sampleDir('ana-2022-02-23'), broken.path), path.join(dir, broken.path));
    fs.writeFileSync(path.join(dir, 'logo.png'), 'ingen bild');
    (pkg.organisation as Record<string, unknown>).logo = { path: 'logo.png' };
    fs.writeFileSync(path.join(dir, 'kallelse.json'), JSON.stringify(pkg));
    const logo = run(dir, '--out', out);
    expect(logo.status).toBe(1);
    expect(logo.stderr.trim().split('\n').at(-1)).toMatch(/^Fel: Logotypen ”logo\.png” .*ingen PNG- eller JPEG-bild/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exports a meeting from the database: the same package as from its folder', () => {
    const db = path.join(temp.dir, 'db', 'kallelse.sqlite');
    const imported = kallelse('import', path.join(samplesDir, 'ana-2022-02-23'), '--db', db);
    expect(imported.status, imported.stderr).toBe(0);
    const { meetingId } = JSON.parse(imported.stdout.trim().split('\n').at(-1)!);
    const fromDb = path.join(temp.dir, 'from-db.pdf');
    const r = run('--db', db, '--meeting', meetingId, '--out', fromDb);
    expect(r.status, r.stderr).toBe(0);
    const fromFolder = path.join(temp.dir, 'from-folder.pdf');
    expect(run(path.join(samplesDir, 'ana-2022-02-23'), '--out', fromFolder).status).toBe(0);
    expect(pdfInfo(fromDb).Pages).toBe(pdfInfo(fromFolder).Pages);
    const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text(fromDb)).toBe(text(fromFolder));

    const unknown = run('--db', db, '--meeting', 'finns-inte', '--out', path.join(temp.dir, 'x.pdf'));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^Fel: Mötet finns inte/);
    const half = run('--db', db, '--out', path.join(temp.dir, 'db.pdf'));
    expect(half.stderr.trim()).toBe('Fel: Export från databasen kräver både --db FIL och --meeting ID.');
  });
});
