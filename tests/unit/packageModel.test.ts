import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KallelsePackage } from '../../shared/package/model';

const samples = path.resolve(import.meta.dirname, '../fixtures/samples');
const read = (name: string) => JSON.parse(readFileSync(path.join(samples, name, 'kallelse.json'), 'utf8'));

describe('kallelse-package model', () => {
  it('parses both samples', () => {
    const ana = KallelsePackage.parse(read('ana-2022-02-23'));
    expect(ana.meeting.sections.flatMap((s) => s.items)).toHaveLength(19);
    expect(ana.committee.memberships).toHaveLength(49);
    const minimal = KallelsePackage.parse(read('minimal'));
    expect(minimal.meeting.sections.flatMap((s) => s.items)).toHaveLength(6);
  });

  it('refuses an impossible time and a missing meeting place', () => {
    const pkg = read('minimal');
    pkg.meeting.startTime = '25:00';
    expect(KallelsePackage.safeParse(pkg).success).toBe(false);
    const pkg2 = read('minimal');
    delete pkg2.meeting.place;
    expect(KallelsePackage.safeParse(pkg2).success).toBe(false);
  });
});

describe('the project copy of the JSON Schema', () => {
  it('is valid draft 2020-12 and the v1 format with optional additions only', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../shared/package/kallelse-package.schema.json'), 'utf8'),
    );
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    const upstream = JSON.parse(readFileSync(path.join(samples, '../formats/kallelse-package.schema.json'), 'utf8'));
    // Everything v1 says is still said the same way (required lists, types, limits); the
    // project may only add (optional properties, new definitions), so v1 packages still import.
    expect(additionsOnly(upstream, schema)).toEqual([]);
  });
});

/** Paths where `project` changes or drops something `upstream` has; additions are allowed. */
function additionsOnly(upstream: unknown, project: unknown, at = '#'): string[] {
  if (upstream && typeof upstream === 'object' && !Array.isArray(upstream)) {
    if (!project || typeof project !== 'object' || Array.isArray(project)) return [at];
    return Object.entries(upstream).flatMap(([k, v]) =>
      additionsOnly(v, (project as Record<string, unknown>)[k], `${at}/${k}`),
    );
  }
  return JSON.stringify(upstream) === JSON.stringify(project) ? [] : [at];
}
