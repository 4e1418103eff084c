import type { CliCommand } from '../types';
import { pdfCommand } from './pdf';
import { versionCommand } from './version';

/** Every command of the headless entry; each is a thin shell over the same services as the app. */
export const commands: CliCommand[] = [versionCommand, pdfCommand];
