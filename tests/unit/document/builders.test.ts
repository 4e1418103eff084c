import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import type { AgendaBlock, Block, DocModel } from '../../../shared/document/docModel';
import { buildKallelse } from '../../../shared/document/kallelse';
import { planPackage } from '../../../shared/document/packagePlan';
import { KallelsePackage } from '../../../shared/package/model';
import { readSample } from '../../helpers/poppler';

const ana = () => KallelsePackage.parse(readSample('ana-2022-02-23'));

/** All text of a block list, in order, one entry per paragraph/heading/cell. */
function texts(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [b.text.map((r) => r.text).join('')];
      case 'list':
        return b.items.flatMap(texts);
      case 'columns':
        return b.columns.flatMap(texts);
      case 'table':
        return [...(b.header ?? []).map((h) => h.map((r) => r.text).join('')), ...b.rows.flat().flatMap(texts)];
      case 'boxes':
        return b.labels;
      default:
        return [];
    }
  });
}

const agenda = (model: DocModel) => model.blocks.find((b): b is AgendaBlock => b.type === 'agenda')!;

describe('document builders', () => {
  it('builds the kallelse with its header template, Tid/Plats and the sections in order', () => {
    const pkg = ana();
    const model = buildKallelse(pkg, planPackage(pkg), { pageLabels: new Map() });
    expect(model.template.headerFirst).toEqual(['KALLELSE {n}({m})']);
    expect(model.template.continuation?.map((l) => l.map((r) => r.text).join(''))).toEqual([
      'Nämnd för arbetsmarknad, näringsliv och attraktivitet',
      'Tid: 2022-02-23 kl: 09:00-12:00',
    ]);
    expect(model.template.watermark).toBe('UTKAST');
    const t = texts(model.blocks);
    expect(t.slice(0, 4)).toEqual([
      'Nämnd för arbetsmarknad, näringsliv och attraktivitet',
      'Tid: 2022-02-23 kl: 09:00-12:00',
      'Plats: Digitalt',
      'Ärenden',
    ]);
    const rows = agenda(model).rows;
    expect(rows.filter((r) => r.kind === 'section').map((r) => r.kind === 'section' && r.heading)).toEqual([
      'Informationsärenden och aktuellt',
      'Beslutsärenden för nämnden',
      'Övrigt',
    ]);
    expect(rows[0]).toMatchObject({
      kind: 'item',
      number: 1,
      title: 'Upprop och val av protokollsjusterare',
      right: [''],
    });
    expect(rows.find((r) => r.kind === 'item' && r.number === 13)).toMatchObject({
      right: ['2022/258'],
      linkTo: 'item-13-doc-1',
    });
    expect(t).toContain('Ordinarie ledamöter:');
  });

  it('fills the agenda column per setting: dnr, pages, both or none', () => {
    const pkg = ana();
    const labels = new Map([[13, '37 - 46']]);
    const row13 = (column: 'dnr' | 'pages' | 'both' | 'none') => {
      pkg.meeting.agendaColumn = column;
      const a = agenda(buildKallelse(pkg, planPackage(pkg), { pageLabels: labels }));
      return [a.rightColumns, a.rows.find((r) => r.kind === 'item' && r.number === 13)];
    };
    expect(row13('pages')).toMatchObject([['pages'], { right: ['37 - 46'] }]);
    expect(row13('both')).toMatchObject([['dnr', 'pages'], { right: ['2022/258', '37 - 46'] }]);
    expect(row13('none')).toMatchObject([[], { right: [] }]);
  });

  it('builds a protokollsutdrag in the documented block order', () => {
    const pkg = ana();
    const doc = pkg.meeting.sections[2]!.items[0]!.documents![0]!;
    const t = texts(buildDocument(pkg, doc as Exclude<typeof doc, { type: 'pdf' }>).blocks);
    const order = [
      'Presidium - Nämnd för arbetsmarknad, näringsliv och attraktivitet §§ 17-32',
      'Tid: 2022-02-10 kl. 09:00',
      'Plats: Digitalt',
      'Protokollsutdrag, bestyrkande',
      'Justerare, signatur',
      '§ 23',
      'Överenskommelse - interregionalt samarbete ShareMusic and Performing Arts',
      'Diarienummer: RJL 2020/730',
      'Beslut',
      'Presidiet föreslår nämnden',
      'Sammanfattning',
      'Beslutsunderlag',
      'Yrkanden/förslag till beslut på sammanträde',
      'Beslutet skickas till',
      'Beslutets antal sidor',
      '{m}',
    ];
    const positions = order.map((s) => t.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints a plain decision without the heading Beslut, as § 18 does', () => {
    const pkg = ana();
    const doc = pkg.meeting.sections[0]!.items[5]!.documents![0]!;
    const t = texts(buildDocument(pkg, doc as Exclude<typeof doc, { type: 'pdf' }>).blocks);
    expect(t).not.toContain('Beslut');
    expect(t).toContain('Sammanställningen anmäls och läggs till handlingarna.');
  });

  it('gives a tjänsteskrivelse and a missiv their page headers and signature', () => {
    const pkg = ana();
    const [, ts] = pkg.meeting.sections[2]!.items[0]!.documents!;
    const [, missiv] = pkg.meeting.sections[2]!.items[1]!.documents!;
    const tsModel = buildDocument(pkg, ts as Exclude<typeof ts, { type: 'pdf' } | undefined>);
    expect(tsModel.template.headerFirst).toEqual(['TJÄNSTESKRIVELSE {n}({m})', '2022-02-09 RJL 2020/730']);
    expect(tsModel.template.headerRest).toEqual(['TJÄNSTESKRIVELSE {n}({m})', 'RJL 2020/730']);
    const t = texts(tsModel.blocks);
    for (const h of [
      'Förslag till beslut',
      'Sammanfattning',
      'Information i ärendet',
      'Beslutsunderlag',
      'Beslut skickas till',
    ]) {
      expect(t).toContain(h);
    }
    expect(t.slice(-5)).toEqual([
      'REGIONLEDNINGSKONTORET',
      'Karin Hermansson',
      'Regional utvecklingsdirektör',
      'Magnus Jonsson',
      'Kulturutvecklingschef',
    ]);
    const missivModel = buildDocument(pkg, missiv as Exclude<typeof missiv, { type: 'pdf' } | undefined>);
    expect(missivModel.template.headerFirst).toEqual(['MISSIV {n}({m})', '2022-02-02 RJL 2020/2492']);
  });

  it('prints all seven information categories, empty ones too, and the delegation table in stored order', () => {
    const pkg = ana();
    const [info] = pkg.meeting.sections[0]!.items[3]!.documents!;
    const [deleg] = pkg.meeting.sections[0]!.items[4]!.documents!;
    const infoModel = buildDocument(pkg, info as Exclude<typeof info, { type: 'pdf' } | undefined>);
    const t = texts(infoModel.blocks);
    expect(t[0]).toBe(
      'Sammanställning av informationshandlingar nämnd för arbetsmarknad, näringsliv och attraktivitet, 2022-02-23',
    );
    const categories = [
      'Protokoll',
      'Inkomna handlingar',
      'Utgående skrivelser',
      'Regeringsbeslut',
      'Cirkulär från SKR',
      'Beslut från SKR',
      'Övrigt',
    ];
    expect(t.filter((s) => categories.includes(s))).toEqual(categories);
    expect(t).toContain('SKR, 21/00735 Överenskommelse om mobilitetsstöd för folkhögskolorna');
    expect(infoModel.template.footer).toEqual(['RJL 2022/3']);
    const delegModel = buildDocument(pkg, deleg as Exclude<typeof deleg, { type: 'pdf' } | undefined>);
    const table = delegModel.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.repeatHeader).toBe(true);
    expect(texts([table]).slice(0, 5)).toEqual([
      'Ärendetyp',
      'Ärenderubrik',
      'Diarienummer',
      'Beslutsdatum',
      'Beslutsdelegat',
    ]);
    expect(table.rows.map((r) => texts(r[3]!)[0])).toEqual(
      (deleg as { rows: { beslutsdatum: string }[] }).rows.map((r) => r.beslutsdatum),
    );
  });

  it('drops the UTKAST watermark once the meeting is fastställd', () => {
    const pkg = ana();
    pkg.meeting.status = 'faststalld';
    expect(buildKallelse(pkg, planPackage(pkg), { pageLabels: new Map() }).template.watermark).toBeUndefined();
    pkg.meeting.status = 'granskning';
    expect(buildKallelse(pkg, planPackage(pkg), { pageLabels: new Map() }).template.watermark).toBe('UTKAST');
  });
});
