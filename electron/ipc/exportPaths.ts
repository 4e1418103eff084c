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

const protokollFiles = {
  protokoll: { title: 'Spara protokollet som PDF', suffix: 'protokoll' },
  omedelbar: { title: 'Spara de omedelbart justerade paragraferna som PDF', suffix: 'protokoll-omedelbar-justering' },
  utdrag: { title: 'Spara protokollsutdraget som PDF', suffix: 'protokollsutdrag' },
  anslag: { title: 'Spara anslagsbeviset som PDF', suffix: 'anslag' },
} as const;

/** Save dialog for one of the documents after the meeting: `<short name>-<date>-protokoll.pdf`. */
export function chooseProtokollTarget(
  services: Services,
  meetingId: string,
  document: keyof typeof protokollFiles,
): Promise<string | null> {
  const { title, suffix } = protokollFiles[document];
  const defaultPath = exportPath(services, meetingId, 'pdf').replace(/-kallelse\.pdf$/, `-${suffix}.pdf`);
  return services.dialogs.chooseSave({ title, filters: [{ name: 'PDF', extensions: ['pdf'] }], defaultPath });
}
