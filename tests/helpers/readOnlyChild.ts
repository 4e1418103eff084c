// Opens a data folder that cannot be written and reports what works (tests/integration/hostile/
// readOnlyData.test.ts): run as an unprivileged user, so the folder's modes really apply.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend';

const [dataDir, outDir] = process.argv.slice(2) as [string, string];
const report: Record<string, unknown> = {};
try {
  const backend = createBackend({ dataDir, runtime: 'node', version: '0.0.0-readonly' });
  report.readOnly = backend.services.info().readOnly;
  const list = await backend.dispatch('meetings:list', undefined);
  report.list = list;
  const meetingId = list.ok ? (list.value as { id: string }[])[0]?.id : undefined;
  report.open = meetingId ? (await backend.dispatch('meetings:open', { meetingId })).ok : false;
  if (meetingId) {
    const out = path.join(outDir, 'kallelse.pdf');
    await backend.services.pdf.exportMeeting(meetingId, out);
    report.pdf = fs.readFileSync(out).subarray(0, 5).toString('latin1');
  }
  report.edit = await backend.dispatch('settings:set', { organisation: { name: 'Ändrad' } });
  backend.close();
} catch (error) {
  report.thrown = { message: (error as Error).message, code: (error as { code?: string }).code };
}
process.stdout.write(JSON.stringify(report));
