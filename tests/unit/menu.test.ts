import { describe, expect, it } from 'vitest';
import { appMenu, commandForKey, type KeyPress, MenuCommand, matchesAccelerator } from '../../shared/menu';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const commandEntries = appMenu.flatMap((s) => s.entries).filter((e) => e.kind === 'command');

describe('the menu definition (shared/menu.ts)', () => {
  it('offers every command exactly once', () => {
    expect(commandEntries.map((e) => e.command).sort()).toEqual([...MenuCommand.options].sort());
  });

  it('never gives two entries the same shortcut', () => {
    const all = appMenu
      .flatMap((s) => s.entries)
      .flatMap((e) =>
        e.kind === 'separator' ? [] : [e.accelerator, ...(e.kind === 'command' ? (e.alsoAccepts ?? []) : [])],
      )
      .filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('matches accelerators with exactly their modifiers, Cmd on macOS and Ctrl elsewhere', () => {
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true }), true)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Plus', press('+', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+,', press(',', { ctrlKey: true }), false)).toBe(true);
  });

  it('maps key presses to commands: the usual shortcuts, redo on both keys, find on Ctrl+F', () => {
    const ctrl = (key: string, shiftKey = false) => commandForKey(press(key, { ctrlKey: true, shiftKey }), false);
    expect(ctrl('n')).toBe('meeting:new');
    expect(ctrl('o')).toBe('package:import');
    expect(ctrl('e')).toBe('pdf:export');
    expect(ctrl('E', true)).toBe('package:export');
    expect(ctrl('p')).toBe('print');
    expect(ctrl('z')).toBe('undo');
    expect(ctrl('Z', true)).toBe('redo');
    expect(ctrl('y')).toBe('redo');
    expect(ctrl('f')).toBe('find');
    expect(ctrl(',')).toBe('settings:open');
    expect(commandForKey(press('n'), false)).toBeNull();
  });
});
