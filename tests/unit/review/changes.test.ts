import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KallelsePackage } from '../../../shared/package/model';
import { type Change, compareMeetings } from '../../../shared/review/changes';

const anaFile = path.resolve(import.meta.dirname, '../../fixtures/samples/ana-2022-02-23/kallelse.json');
const ana = (): KallelsePackage => KallelsePackage.parse(JSON.parse(readFileSync(anaFile, 'utf8')));

/** Renumbers 1..N in agenda order, as the exporter of a draft does. */
function renumber(pkg: KallelsePackage): void {
  let n = 1;
  for (const s of pkg.meeting.sections) for (const i of s.items) i.number = n++;
}

const items = (pkg: KallelsePackage) => pkg.meeting.sections.flatMap((s) => s.items);
const kinds = (changes: Change[]) => changes.map((c) => c.kind).sort();

describe('the change report between two versions of a meeting', () => {
  it('reports nothing for the same meeting', () => {
    expect(compareMeetings(ana(), ana()).changes).toEqual([]);
  });

  it('reports exactly the five changes made to a copy of ANA, nothing else', () => {
    const before = ana();
    const after = ana();
    const sections = after.meeting.sections;
    // 1. Move "Projekt - Unga akademiker" (16) to the top of Beslutsärenden.
    const beslut = sections[2]!;
    const unga = beslut.items.splice(5, 1)[0]!;
    expect(unga.title).toBe('Projekt - Unga akademiker');
    beslut.items.unshift(unga);
    // 2. Retitle "Regional biblioteksplan".
    sections[1]!.items[1]!.title = 'Regional biblioteksplan 2023–2026';
    // 3. Replace a PDF bilaga with a longer one (new file, new sha256).
    const growing = beslut.items.find((i) => i.title === 'Projekt - Growing green')!;
    const pdf = growing.documents!.find((d) => d.type === 'pdf')!;
    if (pdf.type !== 'pdf') throw new Error('fixture');
    const oldSha = pdf.file.sha256!;
    const newSha = 'f'.repeat(64);
    pdf.file = { path: 'bilagor/growing-green-v2.pdf', sha256: newSha };
    // 4. Add an item.
    beslut.items.push({ title: 'Yttrande över regional utvecklingsstrategi', dnr: 'RJL 2022/300', kind: 'beslut' });
    // 5. Edit a sentence in a tjänsteskrivelse.
    const ts = unga.documents!.find((d) => d.type === 'tjansteskrivelse')!;
    if (ts.type !== 'tjansteskrivelse') throw new Error('fixture');
    const sentence = ts.sammanfattning!.split('.')[0]!;
    ts.sammanfattning = ts.sammanfattning!.replace(sentence, `${sentence} under tre år`);
    renumber(after);

    const report = compareMeetings(before, after, {
      old: new Map([[oldSha, 3]]),
      new: new Map([[newSha, 7]]),
    });
    expect(kinds(report.changes)).toEqual(
      ['document-replaced', 'document-text-changed', 'item-added', 'item-moved', 'item-retitled'].sort(),
    );
    const byKind = Object.fromEntries(report.changes.map((c) => [c.kind, c]));
    expect(byKind['item-moved']).toMatchObject({
      item: { number: 11, title: 'Projekt - Unga akademiker' },
      from: { number: 16 },
    });
    expect(byKind['item-retitled']).toMatchObject({ from: 'Regional biblioteksplan', item: { number: 9 } });
    expect(byKind['document-replaced']).toMatchObject({
      fromPages: 3,
      toPages: 7,
      item: { title: 'Projekt - Growing green' },
    });
    expect(byKind['item-added']).toMatchObject({
      item: { number: 19, title: 'Yttrande över regional utvecklingsstrategi' },
    });
    const text = byKind['document-text-changed'];
    if (text?.kind !== 'document-text-changed') throw new Error('no text change');
    expect(text.field).toBe('Sammanfattning');
    expect(text.words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['under tre år']);
    expect(text.words.some((w) => w.removed)).toBe(false);
    // Items 12–16 shifted down by one as a consequence of the move; the last by the addition.
    expect(report.renumberedItems).toBeGreaterThan(0);
  });

  it('reports removals, dnr changes and documents added or removed', () => {
    const before = ana();
    const after = ana();
    const beslut = after.meeting.sections[2]!;
    const removed = beslut.items.splice(0, 1)[0]!;
    beslut.items[0]!.dnr = 'RJL 2020/9999';
    const docs = beslut.items[1]!.documents!;
    docs.pop();
    items(after)[0]!.documents = [
      { type: 'pdf', title: 'Närvarolista', file: { path: 'bilagor/n.pdf', sha256: 'a'.repeat(64) } },
    ];
    renumber(after);
    const report = compareMeetings(before, after);
    expect(kinds(report.changes)).toEqual(['dnr-changed', 'document-added', 'document-removed', 'item-removed'].sort());
    expect(report.changes.find((c) => c.kind === 'item-removed')).toMatchObject({ item: { title: removed.title } });
    expect(report.changes.find((c) => c.kind === 'dnr-changed')).toMatchObject({
      from: 'RJL 2020/2492',
      to: 'RJL 2020/9999',
    });
  });

  it('with frozen numbers, a number changed by hand is a renumbering; an extra item at the end is not', () => {
    const before = ana();
    const after = ana();
    const list = items(after);
    list[9]!.number = 25;
    after.meeting.sections[3]!.items.push({ number: 20, title: 'Extra ärende: Lokalfrågan' });
    const report = compareMeetings(before, after);
    expect(kinds(report.changes)).toEqual(['item-added', 'item-renumbered']);
    expect(report.changes.find((c) => c.kind === 'item-renumbered')).toMatchObject({
      fromNumber: 10,
      item: { number: 25 },
    });
  });

  it('matches items by x-id before anything else, so a retitled item with a new dnr is still the same item', () => {
    const before = ana();
    const after = ana();
    const tag = (pkg: KallelsePackage) => {
      items(pkg).forEach((i, k) => {
        (i as Record<string, unknown>)['x-id'] = `item-${k}`;
      });
    };
    tag(before);
    tag(after);
    const it13 = items(after)[12]!;
    it13.title = 'Helt ny rubrik';
    it13.dnr = 'RJL 2022/1';
    const report = compareMeetings(before, after);
    expect(kinds(report.changes)).toEqual(['dnr-changed', 'item-retitled']);
  });
});

describe('word changes in context', () => {
  it('keeps a few words around each change and cuts the rest with an ellipsis', async () => {
    const { inContext } = await import('../../../shared/review/changesDocument');
    const long = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ');
    const parts = inContext([{ value: `${long} ` }, { value: 'nytt', added: true }, { value: ` ${long}` }], 3);
    expect(parts.map((p) => p.value).join('')).toBe('… ord27 ord28 ord29 nytt ord0 ord1 ord2 …');
  });
});
