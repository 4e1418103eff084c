import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ownAppData, withBuiltCli } from '../helpers/builtCli';
import { copySample, pdfRefs, readJson, sampleDir, sha256File } from '../helpers/packages';

/** Runs the built CLI as a user would, with its data folder (settings) inside the test's temp folder. */
const { run, temp } = withBuiltCli({ temp: 'test', env: ownAppData });

const lastLine = (s: string) => s.trim().split('\n').at(-1)!;
const stderrLines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

describe('kallelse import / export / meetings / demo', () => {
  it('import prints the JSON summary as its last line', () => {
    const db = path.join(temp.dir, 'a.sqlite');
    const r = run('import', sampleDir('ana-2022-02-23'), '--db', db);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const summary = JSON.parse(lastLine(r.stdout));
    expect(Object.keys(summary)).toEqual(['meetingId', 'items', 'documents', 'memberships', 'files', 'cleaned']);
    expect(summary).toEqual({
      meetingId: expect.any(String),
      items: 19,
      documents: 33,
      memberships: 49,
      files: 15,
      cleaned: [],
    });
    expect(r.stdout).toContain('Importerade Nämnd för arbetsmarknad, näringsliv och attraktivitet 2022-02-23');
    // The database and its files are where --db says; nothing went to the app data folder but settings.
    expect(fs.existsSync(db)).toBe(true);
    expect(fs.readdirSync(path.join(temp.dir, 'files')).length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(temp.dir, 'appdata', 'kallelse.sqlite'))).toBe(false);
  });

  it('export → import round trip through the command line, byte-identical files', () => {
    const dbA = path.join(temp.dir, 'a', 'kallelse.sqlite');
    const dbB = path.join(temp.dir, 'b', 'kallelse.sqlite');
    const imported = JSON.parse(lastLine(run('import', sampleDir('ana-2022-02-23'), '--db', dbA).stdout));

    const listed = run('meetings', '--db', dbA);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(`${imported.meetingId}\\s+2022-02-23 09:00\\s+ANA\\s+Utkast\\s+19 ärenden`),
    );

    const zip = path.join(temp.dir, 'ana.kallelse');
    const exported = run('export', imported.meetingId.slice(0, 8), '--db', dbA, '--out', zip);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(JSON.parse(lastLine(exported.stdout))).toMatchObject({
      meetingId: imported.meetingId,
      kind: 'zip',
      files: 15,
    });

    const again = run('import', zip, '--db', dbB);
    expect(again.status).toBe(0);
    const second = JSON.parse(lastLine(again.stdout));
    expect(second).toEqual({ ...imported, meetingId: second.meetingId });

    const folder = path.join(temp.dir, 'ana-folder');
    expect(run('export', second.meetingId, '--db', dbB, '--out', folder).status).toBe(0);
    const sample = readJson(path.join(sampleDir('ana-2022-02-23'), 'kallelse.json'));
    const { exportedAt: _ignored, ...json } = readJson(path.join(folder, 'kallelse.json'));
    // The exporter adds the identity (x-id) of the meeting, items and documents; nothing else differs.
    expect(JSON.parse(JSON.stringify(json, (k, v) => (k === 'x-id' ? undefined : v)))).toEqual(sample);
    for (const ref of pdfRefs(sample)) expect(sha256File(path.join(folder, ref.path))).toBe(ref.sha256);
  });

  it('demo imports the shipped example into a fresh database in the given folder and prints what it imported', () => {
    const dir = path.join(temp.dir, 'demo');
    const r = run('demo', '--dir', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Exempelmötet är importerat till en ny databas.');
    expect(r.stdout).toMatch(/ 16 {2}Verksamhetsberättelse 2025 {2}\[RN 2025\/96, 2 dokument \(6 sidor bilagor\)\]/);
    expect(JSON.parse(lastLine(r.stdout))).toMatchObject({
      items: 17,
      memberships: 36,
      files: 7,
      database: path.join(dir, 'kallelse.sqlite'),
    });
    const db = new Database(path.join(dir, 'kallelse.sqlite'), { readonly: true });
    // The example (17 items) and the meeting before it with its protokoll (10 items).
    expect(db.prepare('SELECT count(*) AS n FROM agenda_items').get()).toEqual({ n: 27 });
    expect(db.prepare('SELECT count(*) AS n FROM meeting_protokoll').get()).toEqual({ n: 1 });
    db.close();
    // A folder that already has a database is refused, in one line.
    const twice = run('demo', '--dir', dir);
    expect(twice.status).not.toBe(0);
    expect(stderrLines(twice.stderr)).toHaveLength(1);
    expect(twice.stderr).toMatch(/^Fel: Mappen .* har redan en databas/);
  });

  it('demo uses a temporary folder when none is given', () => {
    const r = run('demo');
    expect(r.status).toBe(0);
    const out = JSON.parse(lastLine(r.stdout));
    expect(out).toMatchObject({ items: 17, documents: 22, memberships: 36, files: 7 });
    expect(fs.existsSync(out.database)).toBe(true);
    fs.rmSync(path.dirname(out.database), { recursive: true, force: true });
  });

  it('errors: exit code ≠ 0 and one clear Swedish line on stderr', () => {
    const db = path.join(temp.dir, 'e.sqlite');
    const cases: [string[], RegExp][] = [
      [['import', path.join(temp.dir, 'finns-inte'), '--db', db], /^Fel: Paketet .*finns-inte finns inte\./],
      [['export', 'okänt-id', '--db', db, '--out', path.join(temp.dir, 'x')], /^Fel: Mötet finns inte \(id okänt-id\)/],
      [['export', 'abc', '--db', db], /^Ange målet med --out/],
      [['import'], /^Ange exakt ett paket att importera\. Användning: kallelse import/],
      [['demo', '--sample', 'stor'], /^Okänt alternativ: --sample\. Användning: kallelse demo/],
    ];
    const latin1 = copySample('minimal', temp.dir, 'latin1');
    const json = path.join(latin1, 'kallelse.json');
    fs.writeFileSync(json, Buffer.from(fs.readFileSync(json, 'utf8'), 'latin1'));
    cases.push([['import', latin1, '--db', db], /^Fel: kallelse\.json är inte kodad som UTF-8/]);
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(stderrLines(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    }
  });

  it('refuses a database from a newer version in one line, and leaves it alone', () => {
    const db = path.join(temp.dir, 'new.sqlite');
    expect(run('meetings', '--db', db).status).toBe(0);
    const raw = new Database(db);
    raw.pragma('user_version = 42');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha256File(db);
    const r = run('import', sampleDir('minimal'), '--db', db);
    expect(r.status).toBe(1);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^Fel: Databasen .*new\.sqlite är sparad av en nyare version av Kallelse/);
    expect(sha256File(db)).toBe(before);
  });
});
