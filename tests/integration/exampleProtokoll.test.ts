import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { root, withBuiltCli } from '../helpers/builtCli';
import { exampleDir, readJson } from '../helpers/packages';
import { flat, pageTexts } from '../helpers/poppler';

/**
 * The example ships a second package: the meeting before the example meeting, justerad with its
 * protokoll (samples/exempel-protokoll). `npm run demo` imports both, so protokoll, utdrag and
 * anslag print straight away, while the example meeting itself stays an editable draft.
 */
const protokollDir = path.join(root, 'samples/exempel-protokoll');
const { run, temp } = withBuiltCli();

const lastLine = (s: string) => s.trim().split('\n').at(-1)!;

describe('the example meeting before, with its protokoll (samples/exempel-protokoll)', () => {
  it('names only the invented people of the example nämnd', () => {
    const example = readJson(path.join(exampleDir, 'kallelse.json')) as {
      committee: { memberships: { name?: string }[] };
    };
    const known = new Set(example.committee.memberships.map((m) => m.name));
    const previous = readJson(path.join(protokollDir, 'kallelse.json')) as {
      meeting: {
        protokoll: { attendees: { name: string }[]; paragraphs: { omrostning?: { rows: { name: string }[] } }[] };
      };
    };
    const named = [
      ...previous.meeting.protokoll.attendees.map((a) => a.name),
      ...previous.meeting.protokoll.paragraphs.flatMap((p) => p.omrostning?.rows.map((r) => r.name) ?? []),
    ];
    expect(named.filter((n) => !known.has(n))).toEqual([]);
  });

  it('npm run demo, then protokoll, utdrag and anslag from the database print all three', () => {
    const dir = path.join(temp.dir, 'demo');
    const demo = run('demo', '--dir', dir);
    expect(demo.status, demo.stderr).toBe(0);
    const { database, protokollMeetingId, meetingId } = JSON.parse(lastLine(demo.stdout));
    expect(demo.stdout).toContain(`utdrag --db ${database} --meeting ${protokollMeetingId} --paragraph 7,9`);

    const out = (f: string) => path.join(dir, f);
    const from = ['--db', database, '--meeting', protokollMeetingId];
    const p = run('protokoll', ...from, '--out', out('protokoll.pdf'));
    expect(p.status, p.stderr).toBe(0);
    const pages = pageTexts(out('protokoll.pdf'));
    const all = flat(pages.join(' '));
    expect(all).toContain('Sammanträdesdatum 2026-02-11');
    expect(all).toContain('Birgitta Holmsund (S), tjänstgörande ersättare för Sofia Bergsjö');
    expect(all).toContain('Från § 9 tjänstgör Lena Kallvik för Henrik Tjärnström.');
    expect(all).toContain('Elsa Granqvist (V) anmäler jäv');
    expect(all).toContain('Omröstningsresultat: 10 ja, 2 nej, 0 avstår.');
    pages.forEach((text, i) => {
      expect(text).toContain('Justerandes signatur');
      expect(text).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    // "Underskrifter" stays with its signature lines (never alone at the foot of page 1).
    expect(pages[0]).not.toContain('Underskrifter');
    expect(pages[1]).toMatch(/Underskrifter[\s\S]*Sekreterare/);

    const u = run('utdrag', ...from, '--paragraph', '7,9', '--out', out('utdrag.pdf'));
    expect(u.status, u.stderr).toBe(0);
    const utdrag = flat(pageTexts(out('utdrag.pdf')).join(' '));
    expect(utdrag).toContain('§§ 7, 9');
    expect(utdrag).toContain('Rätt utdraget intygar');

    const a = run('anslag', ...from, '--out', out('anslag.pdf'));
    expect(a.status, a.stderr).toBe(0);
    expect(a.stderr).not.toMatch(/Varning/);
    const anslag = flat(pageTexts(out('anslag.pdf')).join(' '));
    expect(anslag).toContain('ANSLAG/BEVIS');
    expect(anslag).toContain('Datum då anslaget sätts upp 2026-02-19');
    expect(anslag).toContain('Datum då anslaget tas ned 2026-03-13');

    // The example meeting is still a draft; held, its protokoll continues the nämnd's series at § 11.
    const backend = createBackend({ dataDir: dir, databasePath: database, runtime: 'node', version: '0' });
    return (async () => {
      try {
        expect(backend.services.meetings.get(protokollMeetingId).status).toBe('justerad');
        expect(backend.services.meetings.get(meetingId).status).toBe('utkast');
        for (const status of ['faststalld', 'utskickad', 'genomford'] as const)
          await backend.services.versions.changeStatus(meetingId, status);
        expect(backend.services.protokoll.create(meetingId).protokoll!.paragraphs[0]!.number).toBe(11);
      } finally {
        backend.close();
      }
    })();
  });

  it('prints from the package folder too (no database)', () => {
    const out = path.join(temp.dir, 'omedelbar.pdf');
    const r = run('protokoll', protokollDir, '--omedelbar', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const text = flat(pageTexts(out).join(' '));
    expect(text).toContain('Regionalt kulturpris 2026');
    expect(text).not.toContain('Kulturstipendier 2026');
  });
});
