import type { CliCommand } from '../types';
import { changesCommand } from './changes';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { gcCommand } from './gc';
import { importCommand } from './import';
import { meetingsCommand } from './meetings';
import { pdfCommand } from './pdf';
import { anslagCommand, protokollCommand, utdragCommand } from './protokoll';
import { registerCommand } from './register';
import { versionCommand } from './version';

/** Every command of the headless entry; each is a thin shell over the same services as the app. */
export const commands: CliCommand[] = [
  versionCommand,
  importCommand,
  exportCommand,
  meetingsCommand,
  demoCommand,
  pdfCommand,
  registerCommand,
  changesCommand,
  protokollCommand,
  utdragCommand,
  anslagCommand,
  gcCommand,
];
