import os from 'node:os';
import path from 'node:path';
import type { Services } from '../backend';

/** Suggested file for a save dialog: `<export folder>/<committee short name>-<date>[-kallelse].<ext>`. */
function exportPath(services: Services, meetingId: string, extension: 'kallelse' | 'pdf'): string {
  const meeting = services.meetings.get(meetingId);
  const folder = services.settings.get().exportFolder ?? path.join(os.homedir(), 'Documents');
  const name = (meeting.committee.shortName ?? meeting.committee.name).replace(/[\\/:*?"<>|]+/g, '-');
  const suffix = extension === 'pdf' ? '-kallelse' : '';
  return path.join(folder, `${name}-${meeting.date}${suffix}.${extension}`);
}

/** The next save dialog opens where the user saved last. */
export function rememberExportFolder(services: Services, savedFile: string): void {
  services.settings.set({ exportFolder: path.dirname(savedFile) });
}

const saveDialogs = {
  pdf: { title: 'Spara kallelsen som PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  kallelse: { title: 'Exportera mötespaket', filters: [{ name: 'Mötespaket', extensions: ['kallelse'] }] },
};

/** Asks main's save dialog where to export; null when the user cancels. */
export function chooseExportTarget(
  services: Services,
  meetingId: string,
  kind: 'kallelse' | 'pdf',
): Promise<string | null> {
  return services.dialogs.chooseSave({ ...saveDialogs[kind], defaultPath: exportPath(services, meetingId, kind) });
}
