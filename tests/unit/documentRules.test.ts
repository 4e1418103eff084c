import { describe, expect, it } from 'vitest';
import { defaultPosition } from '../../shared/domain/documents';
import { infinitiveHint, suggestBeslutsunderlag, suggestParagraph } from '../../shared/domain/documentTemplates';
import { parseDelegationRows, parseInformationRows, splitPastedTable } from '../../shared/domain/tablePaste';

describe('default order of an item’s documents (anatomy §8 req. 2)', () => {
  it('puts a new document after the last of its rank: extract → TS/missiv → compilations → bilagor', () => {
    expect(defaultPosition([], 'pdf')).toBe(0);
    expect(defaultPosition(['tjansteskrivelse', 'pdf', 'pdf'], 'protokollsutdrag')).toBe(0);
    expect(defaultPosition(['protokollsutdrag', 'pdf'], 'missiv')).toBe(1);
    expect(defaultPosition(['protokollsutdrag', 'tjansteskrivelse', 'pdf'], 'pdf')).toBe(3);
    // A user's own order is respected: a bilaga moved first stays first; the new TS goes after the last lower rank.
    expect(defaultPosition(['pdf', 'protokollsutdrag'], 'tjansteskrivelse')).toBe(2);
  });
});

describe('suggestions', () => {
  const meeting = (paragraphs: number[], from: number | null = 10, to: number | null = 14) => ({
    presidiumMeeting:
      from === null
        ? null
        : { id: 'p', date: '2024-03-06', startTime: '08:30', place: 'Digitalt', paragraphFrom: from, paragraphTo: to },
    sections: [{ id: 's', heading: null, items: [{ documents: paragraphs.map((p) => ({ paragraph: p })) }] }],
  });
  it('suggests the first free § of the presidium range', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a partial meeting is enough for the rule
    expect(suggestParagraph(meeting([10, 11]) as any)).toBe(12);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    expect(suggestParagraph(meeting([]) as any)).toBe(10);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    expect(suggestParagraph(meeting([], null) as any)).toBe(1);
  });
  it('suggests Beslutsunderlag: the TS itself, then attached beslutsunderlag by title', () => {
    expect(
      suggestBeslutsunderlag({ type: 'missiv', date: '2022-02-02' }, [
        { type: 'pdf', title: 'Rapport', role: 'beslutsunderlag', date: null },
        { type: 'pdf', title: 'Nyhetsbrev', role: 'for_information', date: null },
        { type: 'protokollsutdrag', title: '§ 3', role: null, date: null },
      ]),
    ).toEqual(['Missiv daterat 2022-02-02', 'Rapport']);
  });
  it('hints the infinitive for decision points written in the present tense', () => {
    expect(infinitiveHint('Godkänner överenskommelsen')).toMatch(/”Godkänna”/);
    expect(infinitiveHint('Beviljar Smålands Turism AB')).toMatch(/”Bevilja”/);
    expect(infinitiveHint('Godkänna överenskommelsen')).toBeNull();
    expect(infinitiveHint('')).toBeNull();
  });
});

describe('paste from a spreadsheet', () => {
  it('splits tab-separated rows, quoted cells with tabs and newlines, CRLF', () => {
    expect(splitPastedTable('a\tb\r\n"c\td"\t"e\nf"\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['c\td', 'e\nf'],
    ]);
    // One cell with commas stays one cell; a Swedish CSV (semicolons) splits.
    expect(splitPastedTable('Protokoll, arbetsutskottet, 2026-01-10')).toEqual([
      ['Protokoll, arbetsutskottet, 2026-01-10'],
    ]);
    expect(splitPastedTable('2026-01-10;Avtal;"Dnr 1; 2"')).toEqual([['2026-01-10', 'Avtal', 'Dnr 1; 2']]);
  });
  it('reads informationshandlingar rows with a category per row or as a heading row', () => {
    const r = parseInformationRows(
      'Ärendetyp\tÄrenderubrik\nProtokoll\t\tProtokoll nämnden 2022-01-26\nutgående skrivelser\tRJL 2022/89\tSvar till Kreativa Sverige\nBeslut från SKR\n• SKR, 21/00735 Överenskommelse\n',
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        { category: 'Protokoll', text: 'Protokoll nämnden 2022-01-26' },
        { category: 'Utgående skrivelser', reference: 'RJL 2022/89', text: 'Svar till Kreativa Sverige' },
        { category: 'Beslut från SKR', text: 'SKR, 21/00735 Överenskommelse' },
      ],
    });
    const bad = parseInformationRows('Okänd kategori\tText');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem).toMatch(/Rad 1: ”Okänd kategori” är ingen av de sju kategorierna/);
  });
  it('reads delegationsbeslut in five columns, keeps the order, refuses impossible dates naming the row', () => {
    const r = parseDelegationRows(
      'ANA 4.2.1\tLindström Jonason Musik HB\tAvtal 22/44\t2022-01-18\tUlrika Josefsson\nANA 4.5.3\tServicebidrag\t\t2022-01-19\tKarin Hermansson',
    );
    expect(r.ok && r.rows.map((x) => x.beslutsdatum)).toEqual(['2022-01-18', '2022-01-19']);
    expect(r.ok && r.rows[1]).toEqual({
      arendetyp: 'ANA 4.5.3',
      rubrik: 'Servicebidrag',
      beslutsdatum: '2022-01-19',
      delegat: 'Karin Hermansson',
    });
    const bad = parseDelegationRows('a\tb\tc\t2022-02-30\te');
    expect(!bad.ok && bad.problem).toMatch(/Rad 1, beslutsdatum: 2022-02-30 finns inte/);
    const short = parseDelegationRows('a\tb');
    expect(!short.ok && short.problem).toMatch(/Rad 1 har 2 kolumner/);
  });
});
