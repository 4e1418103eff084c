import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './services/dialogs';

/** The real dialogs, attached to the focused window. */
export const nativeDialogs: Dialogs = {
  async chooseOpen({ title, filters, folders }) {
    const window = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions = {
      title,
      properties: folders ? ['openDirectory'] : ['openFile'],
      ...(filters ? { filters } : {}),
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseOpenMany({ title, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions = {
      title,
      properties: ['openFile', 'multiSelections'],
      ...(filters ? { filters } : {}),
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  },
  async chooseSave({ title, defaultPath, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options: Electron.SaveDialogOptions = { title, defaultPath, ...(filters ? { filters } : {}) };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
};
