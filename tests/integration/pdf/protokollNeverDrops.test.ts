import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendPerTest } from '../../helpers/backendPerTest';
import { sampleDir } from '../../helpers/packages';
import { pageTexts } from '../../helpers/poppler';

/**
 * Issue 16, "limits that agree", for the protokoll's §§: what the protokoll model accepts prints
 * in full (a 500-character title, a 100-character dnr, a markdown table whose header is taller
 * than a page, 500 list items, 500 beslutsunderlag lines, 20 list levels),
 * and a list nested deeper than the shared limit is refused with the Swedish reason instead of
 * being cut by markdown-it at 100 token levels.
 */
const t = backendPerTest();
const { call, refused } = t;

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join(' ');
const printedWords = (file: string) => new Set(pageTexts(file).join(' ').split(/\s+/));
function expectAll(printed: Set<string>, n: number, prefix: string) {
  const missing = Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).filter((w) => !printed.has(w));
  expect(missing, `words ${prefix}… not printed`).toEqual([]);
}

async function protokoll() {
  const { meetingId } = await t.backend.services.packages.importPackage(sampleDir('ana-2022-02-23'));
  for (const status of ['faststalld', 'utskickad', 'genomford'])
    await call('meetings:setStatus', { meetingId, status });
  const p = (await call('protokoll:create', { meetingId })).protokoll!;
  return { meetingId, p };
}

describe('the protokoll prints every word of a § at the limits', () => {
  it('title, dnr, a table with a header taller than a page, 500 items, 500 beslutsunderlag, 20 levels', async () => {
    const { meetingId, p } = await protokoll();
    const dnr = `${'W'.repeat(99)}Z`;
    const table = `| ${words(1500, 'rubrik')} | B |\n|---|---|\n| ${words(1500, 'cell')} | x |`;
    const list = Array.from({ length: 500 }, (_, i) => `- punkt${i + 1}`).join('\n');
    const nested = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- nivå${i + 1}`).join('\n');
    const par = {
      ...p.paragraphs[10]!,
      title: `${'W'.repeat(490)} SLUTORDET`,
      dnr,
      beslut: `${table}\n\n${list}\n\n${nested}`,
      beslutsunderlag: Array.from({ length: 500 }, (_, i) => `underlag${i + 1} ${'x'.repeat(180)}`),
    };
    const saved = await call('protokoll:update', {
      meetingId,
      protokoll: { ...p, paragraphs: p.paragraphs.map((x, i) => (i === 10 ? par : x)) },
    });
    expect(saved.protokoll!.paragraphs[10]!.dnr).toBe(dnr);
    const out = path.join(t.temp.dir, 'protokoll.pdf');
    t.dialogs.answerNext(out);
    await call('protokoll:export', { meetingId, document: 'protokoll' });
    const text = pageTexts(out).join('').replace(/\s+/g, '');
    expect(text).toContain('SLUTORDET');
    expect(text).toContain(dnr);
    const printed = printedWords(out);
    for (const prefix of ['rubrik', 'cell']) expectAll(printed, 1500, prefix);
    expectAll(printed, 500, 'punkt');
    expectAll(printed, 500, 'underlag');
    expectAll(printed, 20, 'nivå');
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  }, 120_000);

  it('a list nested deeper than 20 levels is refused with the reason, not cut', async () => {
    const { meetingId, p } = await protokoll();
    const deep = `${'- '.repeat(500)}djupast`;
    const error = await refused('protokoll:update', {
      meetingId,
      protokoll: { ...p, paragraphs: p.paragraphs.map((x, i) => (i === 10 ? { ...x, beslut: deep } : x)) },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/nästlade högst 20 nivåer/);
  }, 60_000);
});
