import * as z from 'zod';

/**
 * The app's commands, their Swedish menu labels and keyboard shortcuts — defined once. Main
 * builds the native menu from `appMenu` (electron/menu.ts); a click sends `menu:command` to the
 * renderer. The renderer's shortcut hook matches key presses against the same accelerators
 * (`commandForKey`) and runs the same command, so menu and keyboard cannot drift apart.
 * Accelerators use Electron's syntax; `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere.
 */
export const MenuCommand = z.enum([
  'meeting:new',
  'package:import',
  'pdf:export',
  'package:export',
  'print',
  'undo',
  'redo',
  'find',
  'item:add',
  'preview:refresh',
  'settings:open',
  'help:about',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Menu entries Electron implements itself (clipboard, zoom, window); never sent to the renderer. */
export type MenuRole =
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'quit';

export type MenuEntry =
  | {
      kind: 'command';
      command: MenuCommand;
      label: string;
      accelerator?: string;
      /** Further shortcuts the renderer also accepts (a native menu item shows only one). */
      alsoAccepts?: string[];
      /** Not offered yet: shown greyed out so the shortcut is reserved. */
      disabled?: boolean;
    }
  | { kind: 'role'; role: MenuRole; label: string; accelerator?: string }
  | { kind: 'separator' };

export interface MenuSection {
  label: string;
  entries: MenuEntry[];
}

const separator: MenuEntry = { kind: 'separator' };

export const appMenu: MenuSection[] = [
  {
    label: 'Arkiv',
    entries: [
      { kind: 'command', command: 'meeting:new', label: 'Nytt sammanträde…', accelerator: 'CmdOrCtrl+N' },
      { kind: 'command', command: 'package:import', label: 'Importera mötespaket…', accelerator: 'CmdOrCtrl+O' },
      separator,
      { kind: 'command', command: 'pdf:export', label: 'Exportera PDF…', accelerator: 'CmdOrCtrl+E' },
      {
        kind: 'command',
        command: 'package:export',
        label: 'Exportera mötespaket…',
        accelerator: 'CmdOrCtrl+Shift+E',
      },
      { kind: 'command', command: 'print', label: 'Skriv ut…', accelerator: 'CmdOrCtrl+P' },
      separator,
      { kind: 'command', command: 'settings:open', label: 'Inställningar…', accelerator: 'CmdOrCtrl+,' },
      separator,
      { kind: 'role', role: 'quit', label: 'Avsluta Kallelse', accelerator: 'CmdOrCtrl+Q' },
    ],
  },
  {
    label: 'Redigera',
    entries: [
      { kind: 'command', command: 'undo', label: 'Ångra', accelerator: 'CmdOrCtrl+Z' },
      {
        kind: 'command',
        command: 'redo',
        label: 'Gör om',
        accelerator: 'CmdOrCtrl+Shift+Z',
        alsoAccepts: ['CmdOrCtrl+Y'],
      },
      separator,
      { kind: 'role', role: 'cut', label: 'Klipp ut', accelerator: 'CmdOrCtrl+X' },
      { kind: 'role', role: 'copy', label: 'Kopiera', accelerator: 'CmdOrCtrl+C' },
      { kind: 'role', role: 'paste', label: 'Klistra in', accelerator: 'CmdOrCtrl+V' },
      { kind: 'role', role: 'selectAll', label: 'Markera allt', accelerator: 'CmdOrCtrl+A' },
      separator,
      // Sök i sammanträdet: items by number, title, dnr, föredragande or document title.
      { kind: 'command', command: 'find', label: 'Sök…', accelerator: 'CmdOrCtrl+F' },
    ],
  },
  {
    label: 'Visa',
    entries: [
      { kind: 'role', role: 'zoomIn', label: 'Zooma in', accelerator: 'CmdOrCtrl+Plus' },
      { kind: 'role', role: 'zoomOut', label: 'Zooma ut', accelerator: 'CmdOrCtrl+-' },
      { kind: 'role', role: 'resetZoom', label: 'Återställ zoom', accelerator: 'CmdOrCtrl+0' },
      separator,
      { kind: 'role', role: 'togglefullscreen', label: 'Helskärm', accelerator: 'F11' },
    ],
  },
  {
    label: 'Möte',
    entries: [
      { kind: 'command', command: 'item:add', label: 'Lägg till ärende', accelerator: 'CmdOrCtrl+Shift+N' },
      { kind: 'command', command: 'preview:refresh', label: 'Uppdatera förhandsvisningen', accelerator: 'CmdOrCtrl+R' },
    ],
  },
  {
    label: 'Hjälp',
    entries: [{ kind: 'command', command: 'help:about', label: 'Om Kallelse…' }],
  },
];

/** The key press as the renderer sees it (a KeyboardEvent's fields), without the DOM type. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const keyNames: Record<string, string> = { plus: '+', minus: '-', space: ' ', esc: 'escape' };

/** Whether a key press is the accelerator (Electron syntax) on this platform. */
export function matchesAccelerator(accelerator: string, press: KeyPress, mac: boolean): boolean {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" names the key; a trailing "+" would split into an empty part.
  const keyName = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantCtrl =
    mods.has('ctrl') || mods.has('control') || (!mac && (mods.has('cmdorctrl') || mods.has('commandorcontrol')));
  const wantMeta =
    mods.has('cmd') || mods.has('command') || (mac && (mods.has('cmdorctrl') || mods.has('commandorcontrol')));
  const wantShift = mods.has('shift');
  const wantAlt = mods.has('alt') || mods.has('option');
  const key = keyNames[keyName] ?? keyName;
  const pressed = press.key.toLowerCase();
  // With Shift held, '+' may arrive as '+' or '=' depending on the layout; Plus accepts either.
  const keyMatches = pressed === key || (key === '+' && pressed === '=');
  const shiftMatches = key === '+' ? true : press.shiftKey === wantShift;
  return (
    keyMatches && shiftMatches && press.ctrlKey === wantCtrl && press.metaKey === wantMeta && press.altKey === wantAlt
  );
}

/** The enabled command a key press triggers, if any. */
export function commandForKey(press: KeyPress, mac: boolean): MenuCommand | null {
  for (const section of appMenu) {
    for (const entry of section.entries) {
      if (entry.kind !== 'command' || entry.disabled) continue;
      const accelerators = [entry.accelerator, ...(entry.alsoAccepts ?? [])].filter((a): a is string => !!a);
      if (accelerators.some((a) => matchesAccelerator(a, press, mac))) return entry.command;
    }
  }
  return null;
}
