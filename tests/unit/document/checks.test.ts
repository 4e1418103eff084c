import { describe, expect, it } from 'vitest';
import { checkPackage, matchesAttachment } from '../../../shared/document/checks';
import { KallelsePackage, type PackageDocument } from '../../../shared/package/model';
import { readSample } from '../../helpers/poppler';

const ana = () => KallelsePackage.parse(readSample('ana-2022-02-23'));
const item = (pkg: KallelsePackage, n: number) => pkg.meeting.sections.flatMap((s) => s.items)[n - 1]!;

describe('checks before export', () => {
  it('finds nothing to warn about in the ANA package', () => {
    expect(checkPackage(ana())).toEqual([]);
  });

  it('warns about an item without title', () => {
    const pkg = ana();
    item(pkg, 10).title = '  ';
    expect(checkPackage(pkg)).toEqual(['Ärende 10 saknar rubrik. Skriv en rubrik i dagordningen.']);
  });

  it('warns when a document has another dnr than its item, ignoring prefix, case and spaces', () => {
    const pkg = ana();
    const docs = item(pkg, 12).documents!;
    const missiv = docs.find((d) => d.type === 'missiv')!;
    if (missiv.type !== 'missiv') throw new Error('no missiv');
    missiv.dnr = 'rjl 2020/2492';
    expect(checkPackage(pkg)).toEqual([]);
    missiv.dnr = 'RJL 2020/2942';
    const warnings = checkPackage(pkg);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Ärende 12: diarienumret RJL 2020\/2942 i missivet ”Uppföljning av intern kontrollplan 2021” skiljer sig från ärendets RJL 2020\/2492/,
    );
  });

  it('warns about a tjänsteskrivelse without signatory', () => {
    const pkg = ana();
    const ts = item(pkg, 13).documents!.find((d) => d.type === 'tjansteskrivelse')!;
    if (ts.type !== 'tjansteskrivelse') throw new Error('no ts');
    ts.signatories = [];
    expect(checkPackage(pkg)).toEqual([
      'Ärende 13: tjänsteskrivelsen ”Stöttning av besöksnäringen 2022 – nationell marknadsföring” saknar undertecknare. Lägg till namn och titel.',
    ]);
  });

  it('warns when Beslutsunderlag names a document that is not attached', () => {
    const pkg = ana();
    const it13 = item(pkg, 13);
    it13.documents = it13.documents!.filter((d) => d.type !== 'pdf');
    const warnings = checkPackage(pkg);
    expect(warnings).toHaveLength(2); // the extract and the tjänsteskrivelse both name the application
    expect(warnings[0]).toContain('beslutsunderlaget ”Ansökan från Smålands Turism” i protokollsutdraget § 29');
  });

  it('matches Beslutsunderlag lines to attachments the way the ANA package words them', () => {
    const pdf = (title: string): PackageDocument => ({ type: 'pdf', title, file: { path: 'x.pdf' } });
    const ts: PackageDocument = { type: 'tjansteskrivelse', date: '2022-01-26', title: 'Projekt' };
    expect(matchesAttachment('Tjänsteskrivelse daterad 2022-01-26', [ts])).toBe(true);
    expect(matchesAttachment('Missiv/Tjänsteskrivelse daterad 2022-02-09', [ts])).toBe(true);
    expect(matchesAttachment('Tjänsteskrivelse daterad 2022-01-26', [pdf('Ansökan')])).toBe(false);
    expect(matchesAttachment('Projektmedelsansökan', [pdf('Ansökan om stöd – Yrkestrainee (Handelskammaren)')])).toBe(
      true,
    );
    expect(
      matchesAttachment('Uppföljning av intern kontrollplan 2021, sammanfattande rapport.', [
        pdf('Sammanfattning - intern kontrollplan 2021'),
      ]),
    ).toBe(true);
    // 2021: the TS names the Utbildning och kultur report, but Länstrafiken's was attached.
    expect(
      matchesAttachment('Verksamhetsberättelse 2020 Utbildning och kultur', [
        pdf('Verksamhetsberättelse 2020 Länstrafiken'),
      ]),
    ).toBe(false);
    expect(matchesAttachment('Protokoll ANA 2021-01-13 RJL 2020/2290', [pdf('Ansökan om stöd')])).toBe(false);
  });
});
