import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KallelsePackage } from '../../shared/package/model';
import { draftProtokoll } from '../../shared/protokoll/fromPackage';
import type { Protokoll } from '../../shared/protokoll/model';
import { root, withBuiltCli } from '../helpers/builtCli';
import { copySample, readJson } from '../helpers/packages';
import { flat, pageTexts, pdfInfo } from '../helpers/poppler';

const { run, temp } = withBuiltCli();
let pkgDir: string;

/** ANA with a justerat protokoll: §§ 17–35, a jäv, a vote, an omedelbart justerad §, a late justering. */
function withProtokoll(dir: string): string {
  const folder = copySample('ana-2022-02-23', dir, 'ana-protokoll');
  const file = path.join(folder, 'kallelse.json');
  const raw = readJson(file) as { meeting: Record<string, unknown> };
  const pkg = KallelsePackage.parse(raw);
  const p: Protokoll = draftProtokoll(pkg, 17);
  p.endTime = '11:45';
  p.secretary = 'Linda Byman';
  p.justerare = ['Olle Moln Teike'];
  p.justeringPlace = 'Regionens hus';
  p.justeringDate = '2022-03-10'; // 15 days after the meeting: a warning
  p.justerad = true;
  p.anslag = { postedDate: '2022-03-11', storagePlace: 'Regionens hus, kansliet' };
  const ledamot = p.attendees.find((a) => a.name === 'Adam Starck')!;
  ledamot.present = false;
  p.attendanceChanges = [{ from: 30, name: 'Gun Lusth', present: false }];
  const par28 = p.paragraphs.find((x) => x.number === 28)!;
  par28.jav = ['Monica Samuelsson'];
  par28.omrostning = {
    proposition: 'Ordföranden ställer presidiets förslag mot avslag och finner att nämnden bifaller förslaget.',
    rows: [
      { name: 'Per Eriksson', party: 'C', vote: 'ja' },
      { name: 'Ulf Svensson', party: 'SD', vote: 'nej' },
      { name: 'Kristina Nero', party: 'V', vote: 'avstar' },
    ],
  };
  par28.reservationer = 'Ulf Svensson (SD) reserverar sig mot beslutet.';
  p.paragraphs.find((x) => x.number === 29)!.omedelbarJustering = true;
  raw.meeting.protokoll = p;
  raw.meeting.status = 'justerad';
  fs.writeFileSync(file, JSON.stringify(raw, null, 2));
  return folder;
}

beforeAll(() => {
  pkgDir = withProtokoll(temp.dir);
});

const pages = (file: string) => pageTexts(file).map(flat);

describe('kallelse protokoll, utdrag and anslag (command line)', () => {
  it('prints the protokoll: first page labels, the §§ range, signature lines, initials boxes and Sida n av N on every page', () => {
    const out = path.join(temp.dir, 'protokoll.pdf');
    const r = run('protokoll', pkgDir, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Varning: Justeringen 2022-03-10 är 15 dagar efter sammanträdet/);
    const texts = pages(out);
    const first = texts[0]!;
    for (const label of [
      'PROTOKOLL',
      'Sammanträdesdatum 2022-02-23',
      '§§ 17–35',
      'Plats och tid',
      'Digitalt, 2022-02-23 kl. 09:00–11:45',
      'Beslutande',
      'Övriga deltagande',
    ]) {
      expect(first).toContain(label);
    }
    const all = texts.join(' ');
    expect(all).toMatch(/tjänstgörande ersättare för Adam Starck/);
    expect(all).toContain('Frånvarande Adam Starck (S)');
    expect(all).toContain('Utses att justera Olle Moln Teike');
    expect(all).toContain('Justeringens plats och tid Regionens hus, 2022-03-10');
    expect(all).toContain('Paragrafer §§ 17–35');
    expect(all).toMatch(
      /Underskrifter Sekreterare Ordförande _+ _+ Linda Byman Per Eriksson Justerande _+ Olle Moln Teike/,
    );
    expect(all).toContain('Från § 30 deltar Gun Lusth inte.');
    expect(all).toContain('Monica Samuelsson (KD) anmäler jäv och deltar inte i handläggningen av ärendet.');
    for (const cell of ['Omröstning', 'Ledamot', 'Ja', 'Nej', 'Avstår', 'Summa', 'Ulf Svensson (SD)'])
      expect(all).toContain(cell);
    expect(all).toContain('Omröstningsresultat: 1 ja, 1 nej, 1 avstår.');
    expect(all).toContain('Reservationer Ulf Svensson (SD) reserverar sig mot beslutet.');
    expect(all).toContain('Nämnden beslutar att');
    texts.forEach((t, i) => {
      expect(t).toContain(`Sida ${i + 1} av ${texts.length}`);
      expect(t.match(/Justerandes signatur/g)?.length, `sidan ${i + 1}`).toBe(2);
      expect(t).toContain('Utdragsbestyrkande');
    });
    expect(pdfInfo(out).Title).toBe('Protokoll Nämnd för arbetsmarknad, näringsliv och attraktivitet 2022-02-23');
  });

  it('prints the omedelbart justerade §§ as their own protokoll, marked as such', () => {
    const out = path.join(temp.dir, 'omedelbar.pdf');
    expect(run('protokoll', pkgDir, '--out', out, '--omedelbar').status).toBe(0);
    const all = pages(out).join(' ');
    expect(all).toContain('PROTOKOLL – OMEDELBAR JUSTERING');
    expect(all).toContain('Paragrafer § 29');
    expect(all).toContain('Omedelbar justering vid sammanträdet 2022-02-23');
    expect(all).not.toContain('§ 28');
  });

  it('prints an utdrag of two §§ with its certification', () => {
    const out = path.join(temp.dir, 'utdrag.pdf');
    const r = run('utdrag', pkgDir, '--paragraph', '28,23', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const all = pages(out).join(' ');
    for (const label of [
      'PROTOKOLL',
      '§§ 23, 28',
      'Protokollsutdrag, bestyrkande',
      'Justerare, signatur',
      'Beslutets antal sidor',
      'Rätt utdraget intygar',
      'Linda Byman, sekreterare',
    ]) {
      expect(all).toContain(label);
    }
    expect(all.indexOf('§ 23')).toBeLessThan(all.indexOf('§ 28'));
    const missing = run('utdrag', pkgDir, '--paragraph', '99', '--out', out);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/Protokollet har ingen § 99; det har §§ 17–35/);
  });

  it('prints the anslagsbevis with the take-down date three weeks on', () => {
    const out = path.join(temp.dir, 'anslag.pdf');
    const r = run('anslag', pkgDir, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const all = pages(out).join(' ');
    for (const label of [
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
      'Organ Nämnd för arbetsmarknad, näringsliv och attraktivitet',
      'Sammanträdesdatum 2022-02-23',
      'Datum då anslaget sätts upp 2022-03-11',
      'Datum då anslaget tas ned 2022-04-02',
      'Förvaringsplats för protokollet Regionens hus, kansliet',
      'Underskrift',
    ]) {
      expect(all).toContain(label);
    }
  });

  it('travels in the package: imported into a database and printed from there, the same pages', () => {
    const db = path.join(temp.dir, 'db', 'kallelse.sqlite');
    const imported = run('import', pkgDir, '--db', db);
    expect(imported.status, imported.stderr).toBe(0);
    const { meetingId } = JSON.parse(imported.stdout.trim().split('\n').at(-1)!);
    const fromDb = path.join(temp.dir, 'db.pdf');
    const r = run('protokoll', '--db', db, '--meeting', meetingId, '--out', fromDb);
    expect(r.status, r.stderr).toBe(0);
    const fromPkg = path.join(temp.dir, 'pkg.pdf');
    run('protokoll', pkgDir, '--out', fromPkg);
    expect(pages(fromDb)).toEqual(pages(fromPkg));
  });

  it('a meeting without a protokoll says how to get one; --draft prints the pre-filled draft', () => {
    const ana = path.join(root, 'tests/fixtures/samples/ana-2022-02-23');
    const out = path.join(temp.dir, 'x.pdf');
    const r = run('protokoll', ana, '--out', out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/har inget protokoll ännu.*--draft/);
    expect(run('protokoll', ana, '--out', out, '--draft').status).toBe(0);
    expect(pages(out).join(' ')).toContain('Dagordningen fastställs.');
  });
});
