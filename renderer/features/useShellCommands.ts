import { useEffect } from 'react';
import { commandForKey } from '../../shared/menu';
import { onEvent } from '../api';
import { useStore } from '../state/store';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/**
 * Keyboard shortcuts and native menu clicks, both from shared/menu.ts, run the same store
 * command. Also opens files the OS handed to main, now and whenever main says more arrived.
 */
export function useShellCommands(): void {
  useEffect(() => {
    const mac = navigator.userAgent.includes('Mac');
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e, mac);
      if (!command) return;
      // Ctrl+Z / Ctrl+Y inside a text field stay the field's own undo and redo.
      if ((command === 'undo' || command === 'redo') && isTextField(e.target)) return;
      e.preventDefault();
      void useStore.getState().runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = onEvent?.['menu:command'](({ command }) => void useStore.getState().runCommand(command));
    const offOpened = onEvent?.['shell:opened'](() => void useStore.getState().openFromOs());
    void useStore.getState().openFromOs();
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu?.();
      offOpened?.();
    };
  }, []);
}
