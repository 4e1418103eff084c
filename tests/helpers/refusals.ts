import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import type { PackageLimits } from '../../electron/package/limits';
import { copySample, readJson, sampleDir, sha256File, stateOf } from './packages';
import { makeTempDir } from './tempDir';

/**
 * Harness for the refused-package tests (packageRefusals.*.test.ts): every refused package
 * must give the right code, a Swedish message naming the file or field, and proof that nothing
 * was written — same rows in every table, same files in the content store. The database
 * already holds the minimal sample, so "unchanged" is not just "empty".
 */

export let temp: ReturnType<typeof makeTempDir>;
export let backend: Backend;

export const LAST_PDF = 'bilagor/verksamhetsberattelse-2021-regionledningskontor.pdf';

export function start(limits?: Partial<PackageLimits>) {
  backend?.close();
  backend = createBackend({
    dataDir: path.join(temp.dir, 'data'),
    runtime: 'node',
    version: '0.0.0-test',
    ...(limits ? { packageLimits: limits } : {}),
  });
}

/** Registers the per-test database (holding the minimal sample) in the calling test file. */
export function registerRefusalHarness(): void {
  beforeEach(async () => {
    temp = makeTempDir();
    start();
    await backend.services.packages.importPackage(sampleDir('minimal'));
  });
  afterEach(() => {
    backend.close();
    temp.cleanup();
  });
}

/** Imports `input`, expects a refusal, and proves the database and the content store are untouched. */
export async function expectRefused(input: string, code: string, message: RegExp) {
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
export type Json = Record<string, any>;

/** A copy of a sample whose kallelse.json is edited by `edit`. */
export function variant(name: 'ana-2022-02-23' | 'minimal', edit: (pkg: Json) => void): string {
  const dir = copySample(name, temp.dir, `${name}-${Math.random().toString(36).slice(2)}`);
  const file = path.join(dir, 'kallelse.json');
  const pkg = readJson(file) as Json;
  edit(pkg);
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
  return dir;
}

/** ANA copy with one bilaga replaced by `bytes` (and its sha256 updated, so the PDF check is what refuses). */
export function anaWithBrokenPdf(bytes: Buffer | ((original: Buffer) => Buffer), rel = LAST_PDF): string {
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

export const firstPdfDoc = (pkg: Json): Json => pkg.meeting.sections[0].items[5].documents[1];
