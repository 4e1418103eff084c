import { Menu, type MenuItemConstructorOptions } from 'electron';
import { appMenu, type MenuCommand, type MenuEntry } from '../shared/menu';

/**
 * The native menu, built from the one definition in shared/menu.ts. Our commands keep their
 * shortcut off the OS (`registerAccelerator: false`): the renderer's shortcut hook handles the
 * keys (so Ctrl+Z in a text field stays the field's own undo) and the menu only shows them.
 * Electron's roles (clipboard, zoom, quit) keep their native shortcuts.
 */
export function menuTemplate(send: (command: MenuCommand) => void, mac: boolean): MenuItemConstructorOptions[] {
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return {
          role: entry.role,
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        };
      case 'command':
        return {
          id: entry.command,
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}),
          enabled: !entry.disabled,
          click: () => send(entry.command),
        };
    }
  };
  const sections = appMenu.map((section) => ({ label: section.label, submenu: section.entries.map(item) }));
  // macOS puts the application's own menu (Om, Göm, Avsluta) first.
  return mac ? [{ role: 'appMenu' as const }, ...sections] : sections;
}

export function installAppMenu(send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')));
}
