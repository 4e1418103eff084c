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
  it('is valid draft 2020-12 and equal to the shared format', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../shared/package/kallelse-package.schema.json'), 'utf8'),
    );
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    const upstream = JSON.parse(readFileSync(path.join(samples, '../formats/kallelse-package.schema.json'), 'utf8'));
    expect(schema).toEqual(upstream);
  });
});
