import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, sampleDir } from '../helpers/packages';
import {
  anaWithBrokenPdf,
  backend,
  expectRefused,
  firstPdfDoc,
  LAST_PDF,
  registerRefusalHarness,
  start,
  temp,
  variant,
} from '../helpers/refusals';

/** Refused files: paths leaving the package, missing or altered files, broken or encrypted PDFs, size limits, a failing database. Each also proves the database and the content store are unchanged. */
registerRefusalHarness();

describe('refused package files leave the database unchanged', () => {
  it('absolute file path', async () => {
    const dir = variant('ana-2022-02-23', (p) => {
      firstPdfDoc(p).file = { path: '/etc/passwd' };
    });
    const e = await expectRefused(dir, 'BAD_PACKAGE', /sökvägen ”\/etc\/passwd” är absolut/);
    expect(e.detail).toBe('meeting.sections[0].items[5].documents[1].file.path');
  });

  it('file path with ..', async () => {
    const dir = variant('ana-2022-02-23', (p) => {
      firstPdfDoc(p).file = { path: 'bilagor/../../data/kallelse.sqlite' };
    });
    await expectRefused(dir, 'BAD_PACKAGE', /går uppåt ur paketet med ”\.\.”/);
  });

  it('Windows-style path with ..\\ and a drive-letter path', async () => {
    const back = variant('ana-2022-02-23', (p) => {
      firstPdfDoc(p).file = { path: 'bilagor\\..\\..\\hemlig.pdf' };
    });
    await expectRefused(
      back,
      'BAD_PACKAGE',
      /Sökvägen ”bilagor\\\.\.\\\.\.\\hemlig\.pdf” \(ärende 6, meeting\.sections\[0\]\.items\[5\]\.documents\[1\]\.file\.path\) går uppåt/,
    );
    const drive = variant('ana-2022-02-23', (p) => {
      firstPdfDoc(p).file = { path: 'C:/Windows/win.ini' };
    });
    await expectRefused(drive, 'BAD_PACKAGE', /är absolut \(börjar med en enhetsbokstav\)/);
  });

  it('zip entry outside the package root (zip-slip)', async () => {
    const zip = path.join(temp.dir, 'slip.kallelse');
    execFileSync('python3', [
      '-c',
      'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1],"w");z.write(sys.argv[2],"kallelse.json");z.writestr("../../evil.pdf",b"%PDF-1.4 evil");z.close()',
      zip,
      path.join(sampleDir('minimal'), 'kallelse.json'),
    ]);
    await expectRefused(
      zip,
      'BAD_PACKAGE',
      /Zip-filen .*slip\.kallelse innehåller posten ”\.\.\/\.\.\/evil\.pdf” som går uppåt/,
    );
    expect(fs.existsSync(path.join(temp.dir, '..', 'evil.pdf'))).toBe(false);
    expect(fs.existsSync(path.join(temp.dir, 'evil.pdf'))).toBe(false);
  });

  it('zip entry with an absolute name', async () => {
    const zip = path.join(temp.dir, 'abs.kallelse');
    execFileSync('python3', [
      '-c',
      'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1],"w");z.write(sys.argv[2],"kallelse.json");i=zipfile.ZipInfo("x");i.filename="/tmp/evil.pdf";z.writestr(i,b"x");z.close()',
      zip,
      path.join(sampleDir('minimal'), 'kallelse.json'),
    ]);
    await expectRefused(zip, 'BAD_PACKAGE', /posten ”\/tmp\/evil\.pdf” som är absolut/);
  });

  it('symlink in a package folder that leads outside it', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'ana-link');
    const secret = path.join(temp.dir, 'secret.pdf');
    fs.copyFileSync(path.join(dir, LAST_PDF), secret);
    fs.rmSync(path.join(dir, LAST_PDF));
    fs.symlinkSync(secret, path.join(dir, LAST_PDF));
    await expectRefused(dir, 'BAD_PACKAGE', /är en länk som pekar utanför paketet/);
  });

  it('missing file', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'ana-missing');
    fs.rmSync(path.join(dir, LAST_PDF));
    const e = await expectRefused(
      dir,
      'BAD_PACKAGE',
      /Filen ”bilagor\/verksamhetsberattelse-2021-regionledningskontor\.pdf” \(ärende 18, meeting\.sections\[2\]\.items\[7\]\.documents\[2\]\.file\.path\) finns inte i paketet/,
    );
    expect(e.detail).toBe('meeting.sections[2].items[7].documents[2].file.path');
  });

  it('sha256 mismatch', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'ana-sha');
    const file = path.join(dir, LAST_PDF);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /stämmer inte med paketets kontrollsumma: paketet anger sha256 [0-9a-f]{12}…/,
    );
  });

  it('empty PDF', async () => {
    await expectRefused(
      anaWithBrokenPdf(Buffer.alloc(0)),
      'BAD_PDF',
      /Bilagan ”bilagor\/verksamhetsberattelse-2021-regionledningskontor\.pdf” .* är tom \(0 byte\)/,
    );
  });

  it('truncated PDF', async () => {
    const dir = anaWithBrokenPdf((b) => b.subarray(0, Math.floor(b.length / 2)));
    await expectRefused(
      dir,
      'BAD_PDF',
      /\(ärende 18, meeting\.sections\[2\]\.items\[7\]\.documents\[2\]\.file\.path\) är avkortad eller ofullständig/,
    );
  });

  it('non-PDF file named .pdf', async () => {
    const dir = anaWithBrokenPdf(Buffer.from('Det här är en textfil, ingen PDF.\n', 'utf8'));
    await expectRefused(dir, 'BAD_PDF', /är ingen PDF-fil \(den saknar PDF-huvudet %PDF-/);
  });

  it('PDF with a valid header and trailer but a broken body', async () => {
    const dir = anaWithBrokenPdf(
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1'),
    );
    await expectRefused(dir, 'BAD_PDF', /(är skadad|innehåller inga sidor)/);
  });

  it('encrypted PDF (qpdf --encrypt)', async () => {
    const dir = copySample('ana-2022-02-23', temp.dir, 'ana-encrypted');
    const target = path.join(dir, LAST_PDF);
    const locked = path.join(temp.dir, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'hemligt', 'hemligt', '256', '--', target, locked]);
    const dir2 = anaWithBrokenPdf(fs.readFileSync(locked));
    await expectRefused(dir2, 'BAD_PDF', /är krypterad eller lösenordsskyddad/);
  });

  it('file over the size limit (limit lowered for the test)', async () => {
    start({ maxFileBytes: 100_000 });
    const e = await expectRefused(
      sampleDir('ana-2022-02-23'),
      'TOO_LARGE',
      /Filen ”bilagor\/verksamhetsberattelse-2021-regionledningskontor\.pdf” \(.*\) är 176 kB; gränsen är 98 kB per fil/,
    );
    expect(e.detail).toBe('meeting.sections[2].items[7].documents[2].file.path');
  });

  it('package over the total size limit (limit lowered for the test)', async () => {
    start({ maxPackageBytes: 400_000 });
    await expectRefused(sampleDir('ana-2022-02-23'), 'TOO_LARGE', /är större än 391 kB \(gränsen för ett paket\)/);
  });

  it('zip over the total size limit is refused before unpacking', async () => {
    const zip = path.join(temp.dir, 'big.kallelse');
    const a = await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
    await backend.services.packages.writePackage(a.meetingId, zip);
    start({ maxPackageBytes: 200_000 });
    await expectRefused(zip, 'TOO_LARGE', /big\.kallelse är .* gränsen för ett paket är 195 kB/);
  });

  it('a logo that is not an image', async () => {
    const dir = variant('ana-2022-02-23', (p) => {
      p.organisation.logo = { path: 'bilagor/budget-forlangning-instra.pdf' };
    });
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /Logotypen ”bilagor\/budget-forlangning-instra\.pdf” \(organisation\.logo\.path\) är ingen PNG- eller JPEG-bild/,
    );
  });

  it('a database failure halfway through the import rolls everything back, stored files included', async () => {
    // A temporary trigger (not part of the schema) makes the 30th document insert fail.
    backend.db.exec(
      "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.documents WHEN (SELECT count(*) FROM main.documents) >= 30 BEGIN SELECT RAISE(ABORT, 'disken är full (test)'); END",
    );
    await expectRefused(
      sampleDir('ana-2022-02-23'),
      'INTERNAL',
      /avbröts av ett fel i databasen \(disken är full \(test\)\)\. Inget har sparats\./,
    );
    backend.db.exec('DROP TRIGGER temp.fail_late');
    // And the same package imports cleanly afterwards.
    expect((await backend.services.packages.importPackage(sampleDir('ana-2022-02-23'))).files).toBe(15);
  });
});
