import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { ownAppData, withBuiltCli } from '../helpers/builtCli';

const { run, temp } = withBuiltCli({ temp: 'test', env: ownAppData });
let db: string;

beforeEach(() => {
  db = path.join(temp.dir, 'k.sqlite');
  const backend = createBackend({
    dataDir: path.join(temp.dir, 'appdata'),
    databasePath: db,
    runtime: 'node',
    version: 't',
  });
  backend.services.register.createCommittee({
    name: 'Nämnd för arbetsmarknad, näringsliv och attraktivitet',
    shortName: 'ANA',
    organisationName: 'Region Jönköpings län',
  });
  backend.close();
});

/** A sheet as Excel on Windows saves "CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF. */
function excelCsv(name: string, rows: string[]): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'windows-1252'));
  return file;
}

const header = 'Kategori;Namn;Parti;Roll;Titel;Från;Till';
const goodRows = [
  header,
  'Ordinarie ledamöter;Per Eriksson;C;ordf.;;;',
  'Ordinarie ledamot;Monica Samuelsson;KD;1:e vice ordf.;;2023-01-01;',
  'Ersättare;;KD;;;;',
  'Tjänsteman;Jane Ydman;;;regiondirektör;;',
  'Personalrepresentant;Irene Tengberg Herrstedt;;;SACO;;',
  'Regionråd;Åsa Öberg;S;;;;2022-12-31',
];

describe('kallelse register (command line)', () => {
  it('imports a Windows-1252 semicolon file with CRLF line ends and lists the printed lines', () => {
    const file = excelCsv('ledamoter.csv', goodRows);
    expect(fs.readFileSync(file).includes(0xf6)).toBe(true); // ö as one Windows-1252 byte, not UTF-8
    const r = run('register', 'import', file, '--committee', 'ana', '--db', db);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Lade till 6 platser i registret för Nämnd för arbetsmarknad, näringsliv och attraktivitet (Windows-1252, avgränsare semikolon).',
    );
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ committeeId: expect.any(String), added: 6 });

    const list = run('register', 'list', '--committee', 'ANA', '--date', '2023-02-01', '--db', db);
    expect(list.status).toBe(0);
    expect(list.stdout).toBe(
      [
        'Kallade',
        '  Ordinarie ledamöter:',
        '    Per Eriksson (C) ordf.',
        '    Monica Samuelsson (KD) 1:e vice ordf.',
        '  Tjänstemän:',
        '    Jane Ydman, regiondirektör',
        '  Personalrepresentanter:',
        '    Irene Tengberg Herrstedt, SACO',
        'För kännedom',
        '  Ersättare:',
        '    Vakant (KD)',
        '',
      ].join('\n'),
    );
    // Before Monica's seat began, and while the regionråd still sat.
    const json = run('register', 'list', '--committee', 'ANA', '--date', '2022-06-01', '--db', db, '--json');
    const printed = JSON.parse(json.stdout);
    expect(printed.groups.map((g: { label: string }) => g.label)).toEqual(['Kallade', 'För kännedom']);
    expect(printed.groups[0].subgroups[0].lines).toEqual(['Per Eriksson (C) ordf.']);
    expect(printed.groups[1].subgroups.at(-1)).toEqual({
      category: 'regionrad',
      label: 'Regionråd',
      lines: ['Åsa Öberg (S)'],
    });
  });

  it('names every bad row on stderr, exits non-zero and writes nothing', () => {
    const file = excelCsv('fel.csv', [
      ...goodRows.slice(0, 3),
      'Ordinarie ledamotx;Olle Olsson;S;;;;',
      'Ersättare;;;;;;',
      'Ordinarie ledamot;Kim Kassör;V;kassör;;;',
    ]);
    const r = run('register', 'import', file, '--committee', 'ANA', '--db', db);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Rad 4: okänd kategori ”Ordinarie ledamotx”',
      'Rad 5: namn saknas (en vakant plats behöver ett parti)',
      'Rad 6: okänd roll ”kassör” (ordf., 1:e vice ordf., 2:e vice ordf. eller tomt)',
      `Inget importerades: 3 fel i ${file}. Rätta raderna och kör igen.`,
    ]);
    const list = run('register', 'list', '--committee', 'ANA', '--date', '2023-02-01', '--db', db, '--json');
    expect(JSON.parse(list.stdout).groups).toEqual([]);
  });

  it('refuses an unknown committee and a missing date with Swedish messages', () => {
    const file = excelCsv('ok.csv', goodRows);
    const r = run('register', 'import', file, '--committee', 'XYZ', '--db', db);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Fel: Ingen nämnd heter XYZ. Nämnder i registret: ANA.');
    const d = run('register', 'list', '--committee', 'ANA', '--db', db);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('Ange datumet med --date ÅÅÅÅ-MM-DD.');
  });
});
