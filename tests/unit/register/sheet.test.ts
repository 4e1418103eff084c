import { describe, expect, it } from 'vitest';
import { groupMemberLines, memberLine } from '../../../shared/document/members';
import { periodsOverlap, roleConflict } from '../../../shared/register/rules';
import { detectDelimiter, draftAsMembership, parseRegisterSheet } from '../../../shared/register/sheet';
import { parseCategory, parseRole } from '../../../shared/register/vocabulary';

describe('register sheet parser', () => {
  it('reads a tab-separated paste with the columns in any order and any case', () => {
    const text = [
      'kategori\tNAMN\tParti\tRoll\tTitel\tfrån\tTill',
      'Ordinarie ledamot\tPer Eriksson\tC\tordf.\t\t2023-01-01\t',
      'ordinarie ledamöter\tMonica Samuelsson\tKD\t1:e vice ordf.\t\t\t',
      'Ersättare\t\tKD\t\t\t\t',
      'Tjänsteman\tJane Ydman\t\t\tregiondirektör\t\t',
      'PERSONALREPRESENTANTER\tIrene Tengberg Herrstedt\t\t\tSACO\t\t2026-12-31',
      'regionråd\tRachel De Basso\tS\t\t\t\t',
    ].join('\n');
    const r = parseRegisterSheet(text);
    expect(r.errors).toEqual([]);
    expect(r.delimiter).toBe('\t');
    expect(r.rows.map((d) => [d.row, d.category, memberLine(draftAsMembership(d))])).toEqual([
      [2, 'ordinarie', 'Per Eriksson (C) ordf.'],
      [3, 'ordinarie', 'Monica Samuelsson (KD) 1:e vice ordf.'],
      [4, 'ersattare', 'Vakant (KD)'],
      [5, 'tjansteman', 'Jane Ydman, regiondirektör'],
      [6, 'personalrepresentant', 'Irene Tengberg Herrstedt, SACO'],
      [7, 'regionrad', 'Rachel De Basso (S)'],
    ]);
    expect(r.rows[0]).toMatchObject({ validFrom: '2023-01-01', validTo: null });
    expect(r.rows[2]).toMatchObject({ vacant: true, name: null, party: 'KD' });
    expect(r.rows[4]).toMatchObject({ validTo: '2026-12-31' });
  });

  it('detects semicolon and comma separators from the header row, and quoted fields with separators', () => {
    expect(detectDelimiter('Namn;Kategori\r\nA;B')).toBe(';');
    expect(detectDelimiter('\n\nNamn,Kategori')).toBe(',');
    const r = parseRegisterSheet('Namn,Kategori,Titel\r\n"Ydman, Jane",Tjänsteman,"regiondirektör, tf."\r\n');
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ name: 'Ydman, Jane', title: 'regiondirektör, tf.' });
  });

  it('reports every bad row in Swedish with its spreadsheet row number', () => {
    const text = [
      'Namn;Parti;Kategori;Roll;Från;Till',
      'Per Eriksson;C;Ordinarie ledamot;ordf.;;',
      ';;Ersättare;;;',
      'Anna A;M;Ordinarie ledamot;kassör;;',
      'Olle O;S;Ordinarie ledamotx;;;',
      'Eva E;L;Ersättare;ordf.;;',
      'Lars L;MP;Ordinarie ledamot;;2022-02-30;',
      'Kim K;V;Ordinarie ledamot;;2023-05-01;2023-01-01',
      'Stina S;KD;Ordinarie ledamot;ordf.;;',
    ].join('\n');
    const r = parseRegisterSheet(text);
    expect(r.errors).toEqual([
      'Rad 3: namn saknas (en vakant plats behöver ett parti)',
      'Rad 4: okänd roll ”kassör” (ordf., 1:e vice ordf., 2:e vice ordf. eller tomt)',
      'Rad 5: okänd kategori ”Ordinarie ledamotx”',
      'Rad 6: rollen ordf. kan bara ges en ordinarie ledamot',
      'Rad 7: från: 2022-02-30 finns inte (februari 2022 har 28 dagar)',
      'Rad 8: till-datumet 2023-01-01 ligger före från-datumet 2023-05-01',
      expect.stringMatching(/^Rad 9: Rollen ordf\. innehas redan av Per Eriksson \(utan tidsgräns\).*\(rad 2\)$/),
    ]);
  });

  it('refuses unknown or missing header columns before reading any row', () => {
    expect(parseRegisterSheet('Namn\tParti\tTelefon\nA\tB\t1').errors).toEqual([
      'Rad 1: okänd kolumn ”Telefon”. Kända kolumner: Namn, Parti, Kategori, Roll, Titel, Från, Till.',
      'Rad 1: kolumnen Kategori saknas i rubrikraden.',
    ]);
    expect(parseRegisterSheet('   \n').errors).toEqual(['Texten är tom. Klistra in en rubrikrad och minst en rad.']);
    expect(parseRegisterSheet('Namn;Kategori\n\n').errors).toEqual(['Det finns inga rader under rubrikraden.']);
  });

  it('skips blank rows but keeps the row numbers of the sheet', () => {
    const r = parseRegisterSheet('Namn;Kategori\n\nA;Ersättare\n;;\nB;Regionråd\n');
    expect(r.rows.map((d) => d.row)).toEqual([3, 5]);
  });

  it('knows the categories and roles in singular and plural, any case, with or without the printed colon', () => {
    expect(parseCategory('Ordinarie ledamöter:')).toBe('ordinarie');
    expect(parseCategory('tjänstemän')).toBe('tjansteman');
    expect(parseCategory('Regionråd')).toBe('regionrad');
    expect(parseCategory('Ordinarie ledamotx')).toBeNull();
    expect(parseRole('')).toBeNull();
    expect(parseRole('1:E VICE ORDF.')).toBe('forste_vice_ordforande');
    expect(parseRole('vice')).toBeUndefined();
  });
});

describe('presidium role rule', () => {
  const seat = (name: string, validFrom: string | null, validTo: string | null) => ({
    id: name,
    name,
    presidiumRole: 'ordforande' as const,
    validFrom,
    validTo,
  });

  it('periods with inclusive ends overlap when they share a day; open ends reach forever', () => {
    expect(periodsOverlap({ validFrom: null, validTo: '2022-12-31' }, { validFrom: '2023-01-01', validTo: null })).toBe(
      false,
    );
    expect(periodsOverlap({ validFrom: null, validTo: '2023-01-01' }, { validFrom: '2023-01-01', validTo: null })).toBe(
      true,
    );
    expect(periodsOverlap({ validFrom: null, validTo: null }, { validFrom: '2030-01-01', validTo: null })).toBe(true);
  });

  it('finds the other holder of the same role in an overlapping period, never the seat itself', () => {
    const holders = [seat('Per', null, '2022-12-31'), seat('Eva', '2023-01-01', null)];
    expect(roleConflict(seat('Ny', '2024-01-01', null), holders)?.name).toBe('Eva');
    expect(roleConflict(seat('Eva', '2023-01-01', null), holders)).toBeUndefined();
    expect(roleConflict({ ...seat('Ny', null, null), presidiumRole: null }, holders)).toBeUndefined();
  });
});

describe('printed lines preview', () => {
  it('groups as the kallelse prints: Kallade then För kännedom, presidium first', () => {
    const groups = groupMemberLines([
      { name: 'Anna', category: 'ordinarie', party: 'M', order: 0 },
      { name: 'Per', category: 'ordinarie', party: 'C', presidiumRole: 'ordforande', order: 1 },
      { vacant: true, category: 'ersattare', party: 'KD', order: 2 },
      { name: 'Jane Ydman', category: 'tjansteman', title: 'regiondirektör', order: 3 },
    ]);
    expect(groups).toEqual([
      {
        group: 'kallade',
        label: 'Kallade',
        subgroups: [
          { category: 'ordinarie', label: 'Ordinarie ledamöter:', lines: ['Per (C) ordf.', 'Anna (M)'] },
          { category: 'tjansteman', label: 'Tjänstemän:', lines: ['Jane Ydman, regiondirektör'] },
        ],
      },
      {
        group: 'for_kannedom',
        label: 'För kännedom',
        subgroups: [{ category: 'ersattare', label: 'Ersättare:', lines: ['Vakant (KD)'] }],
      },
    ]);
  });
});
