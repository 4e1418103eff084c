import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry, root, withBuiltCli } from '../helpers/builtCli';
import { samplesDir } from '../helpers/poppler';

// The command line tells zod not to compile its schemas (electron/cli/zodJitless.ts). zod makes
// that choice when a schema is made, so the setting must come before the first schema: a compiled
// fast path is a `new Function`, and a `pdf` run must make none.
const { temp } = withBuiltCli();

describe('zod in the command line', () => {
  it('compiles no schema: a pdf export makes no function from a string', () => {
    const hook = path.join(temp.dir, 'count-functions.mjs');
    fs.writeFileSync(
      hook,
      `const F = globalThis.Function; const made = [];
globalThis.Function = new Proxy(F, {
  construct: (t, a) => (made.push(String(a.at(-1)).slice(0, 80)), Reflect.construct(t, a)),
  apply: (t, self, a) => (made.push(String(a.at(-1)).slice(0, 80)), Reflect.apply(t, self, a)),
});
process.on('exit', () => process.stderr.write('functions made: ' + JSON.stringify(made) + '\\n'));
`,
    );
    const out = path.join(temp.dir, 'minimal.pdf');
    const r = spawnSync(
      process.execPath,
      ['--import', hook, cliEntry, 'pdf', path.join(samplesDir, 'minimal'), '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(/^functions made: (.*)$/m.exec(r.stderr)?.[1]).toBe('[]');
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });
});
