import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import type { PackageLimits } from '../../electron/package/limits';
import { copySample, readJson, sampleDir, sha256File, stateOf } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

/**
 * Every refused package: the right code, a Swedish message naming the file or field, and
 * proof that nothing was written — same rows in every table, same files in the content store.
 * The database already holds the minimal sample, so "unchanged" is not just "empty".
 */

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

const LAST_PDF = 'bilagor/verksamhetsberattelse-2021-regionledningskontor.pdf';

function start(limits?: Partial<PackageLimits>) {
  backend?.close();
  backend = createBackend({
    dataDir: path.join(temp.dir, 'data'),
    runtime: 'node',
    version: '0.0.0-test',
    ...(limits ? { packageLimits: limits } : {}),
  });
}

beforeEach(async () => {
  temp = makeTempDir();
  start();
  await backend.services.packages.importPackage(sampleDir('minimal'));
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

/** Imports `input`, expects a refusal, and proves the database and the content store are untouched. */
async function expectRefused(input: string, code: string, message: RegExp) {
  const before = stateOf(backend.db, backend.store.root);
  const error = await backend.services.packages.importPackage(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the import should have been refused').toMatchObject({ code });
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain('\n');
  const after = stateOf(backend.db, backend.store.root);
  expect(after).toEqual(before);
  return error as Error & { detail?: string };
}

// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit arbitrary places of kallelse.json
type Json = Record<string, any>;

/** A copy of a sample whose kallelse.json is edited by `edit`. */
function variant(name: 'ana-2022-02-23' | 'minimal', edit: (pkg: Json) => void): string {
  const dir = copySample(name, temp.dir, `${name}-${Math.random().toString(36).slice(2)}`);
  const file = path.join(dir, 'kallelse.json');
  const pkg = readJson(file) as Json;
  edit(pkg);
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
  return dir;
}

/** ANA copy with one bilaga replaced by `bytes` (and its sha256 updated, so the PDF check is what refuses). */
function anaWithBrokenPdf(bytes: Buffer | ((original: Buffer) => Buffer), rel = LAST_PDF): string {
  const dir = copySample('ana-2022-02-23', temp.dir, `ana-${Math.random().toString(36).slice(2)}`);
  const target = path.join(dir, rel);
  const next = typeof bytes === 'function' ? bytes(fs.readFileSync(target)) : bytes;
  fs.writeFileSync(target, next);
  const jsonFile = path.join(dir, 'kallelse.json');
  const pkg = readJson(jsonFile) as Json;
  for (const s of pkg.meeting.sections)
    for (const i of s.items)
      for (const d of i.documents ?? []) if (d.file?.path === rel) d.file.sha256 = sha256File(target);
  fs.writeFileSync(jsonFile, JSON.stringify(pkg, null, 2));
  return dir;
}

const firstPdfDoc = (pkg: Json): Json => pkg.meeting.sections[0].items[5].documents[1];

describe('refused packages leave the database unchanged', () => {
  it('schema violation: a required field is missing', async () => {
    const dir = variant('minimal', (p) => {
      delete p.meeting.place;
    });
    const e = await expectRefused(
      dir,
      'BAD_PACKAGE',
      /kallelse\.json vid meeting: det obligatoriska fältet ”place” saknas/,
    );
    expect(e.detail).toBe('meeting.place');
  });

  it('schema violation: an unknown property that is not x-', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.sections[2].items[0].colour = 'röd';
    });
    await expectRefused(dir, 'BAD_PACKAGE', /meeting\.sections\[2\]\.items\[0\] \(ärende 4\): okänt fält ”colour”/);
  });

  it('schema violation inside a document: the branch of its type is reported', async () => {
    const dir = variant('minimal', (p) => {
      delete p.meeting.sections[2].items[0].documents[1].date;
    });
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /meeting\.sections\[2\]\.items\[0\]\.documents\[1\] \(ärende 4\): det obligatoriska fältet ”date” saknas/,
    );
  });

  it('schema violation: an unknown document type', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.sections[2].items[0].documents[0].type = 'memo';
    });
    await expectRefused(dir, 'BAD_PACKAGE', /documents\[0\]\.type \(ärende 4\): dokumenttypen ”memo” finns inte/);
  });

  it('schema violation: a malformed time', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.startTime = '9.00';
    });
    await expectRefused(dir, 'BAD_PACKAGE', /meeting\.startTime: ”9\.00” är ingen tid på formen TT:MM/);
  });

  it('impossible date: 2022-02-30', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.date = '2022-02-30';
    });
    const e = await expectRefused(
      dir,
      'BAD_PACKAGE',
      /meeting\.date: 2022-02-30 finns inte \(februari 2022 har 28 dagar\)/,
    );
    expect(e.detail).toBe('meeting.date');
  });

  it('impossible date inside a document row', async () => {
    const dir = variant('ana-2022-02-23', (p) => {
      p.meeting.sections[0].items[4].documents[0].rows[2].beslutsdatum = '2022-04-31';
    });
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /documents\[0\]\.rows\[2\]\.beslutsdatum \(ärende 5\): 2022-04-31 finns inte/,
    );
  });

  it('end time before start time', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.endTime = '12:30';
    });
    await expectRefused(dir, 'BAD_PACKAGE', /meeting\.endTime: sluttiden 12:30 måste vara senare än starttiden 13:00/);
  });

  it('item number that is not its position', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.sections[2].items[1].number = 7;
    });
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /meeting\.sections\[2\]\.items\[1\]\.number \(ärende 5\): ärendet har nummer 7/,
    );
  });

  it('membership valid to before valid from', async () => {
    const dir = variant('minimal', (p) => {
      p.committee.memberships[3].validFrom = '2024-01-01';
      p.committee.memberships[3].validTo = '2023-12-31';
    });
    await expectRefused(dir, 'BAD_PACKAGE', /committee\.memberships\[3\]\.validTo: giltig till 2023-12-31 ligger före/);
  });

  it('protocol extract outside the presidium §§ range', async () => {
    const dir = variant('minimal', (p) => {
      p.meeting.sections[2].items[0].documents[0].paragraph = 15;
    });
    await expectRefused(dir, 'BAD_PACKAGE', /§ 15 ligger utanför presidiets protokoll \(§§ 10-14/);
  });

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

  it('malformed JSON', async () => {
    const dir = copySample('minimal', temp.dir, 'broken-json');
    const file = path.join(dir, 'kallelse.json');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('"place": "Exempelhuset, sal 1",', '"place": "Exempelhuset, sal 1"'),
    );
    await expectRefused(dir, 'BAD_PACKAGE', /kallelse\.json är inte giltig JSON: syntaxfel på rad \d+, kolumn \d+/);
  });

  it('kallelse.json in UTF-16', async () => {
    const dir = copySample('minimal', temp.dir, 'utf16');
    const file = path.join(dir, 'kallelse.json');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expectRefused(dir, 'BAD_PACKAGE', /kallelse\.json är sparad som UTF-16; formatet kräver UTF-8/);
  });

  it('kallelse.json in Latin-1', async () => {
    const dir = copySample('minimal', temp.dir, 'latin1');
    const file = path.join(dir, 'kallelse.json');
    fs.writeFileSync(file, Buffer.from(fs.readFileSync(file, 'utf8'), 'latin1'));
    await expectRefused(
      dir,
      'BAD_PACKAGE',
      /kallelse\.json är inte kodad som UTF-8 \(ogiltig byte 0x[0-9A-F]{2} på rad \d+; troligen Latin-1/,
    );
  });

  it('folder without kallelse.json', async () => {
    const dir = path.join(temp.dir, 'empty');
    fs.mkdirSync(dir);
    await expectRefused(dir, 'BAD_PACKAGE', /saknar kallelse\.json i sin rot/);
  });

  it('a file that is not a zip given as a package', async () => {
    const file = path.join(temp.dir, 'not-a-zip.kallelse');
    fs.writeFileSync(file, 'hej');
    await expectRefused(file, 'BAD_PACKAGE', /är ingen \.kallelse-fil \(ingen zip-fil\)/);
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
