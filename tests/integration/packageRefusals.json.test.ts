import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample } from '../helpers/packages';
import { expectRefused, registerRefusalHarness, temp, variant } from '../helpers/refusals';

/** Refused kallelse.json: schema, dates, numbering, encoding, syntax. Each also proves the database and the content store are unchanged. */
registerRefusalHarness();

describe('refused package descriptions leave the database unchanged', () => {
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
      /kallelse\.json är inte kodad som UTF-8 \(ogiltiga byte [0-9A-F]{2}( [0-9A-F]{2})* vid byte \d+, rad \d+; troligen Latin-1/,
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
});
