import { useEffect } from 'react';
import { useEnvoyStore } from '../state/useEnvoy';

/** The shortcut that copies a link to the current view; browsers bind no action to it. */
export const COPY_LINK_SHORTCUT = 'Shift+L';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  return false;
}

/** Calls `onCopy` on Shift+L anywhere on the page, except while typing in a field or when single-key shortcuts are off. */
export function useCopyShortcut(onCopy: () => void): void {
  const store = useEnvoyStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!store.getState().shortcuts) return;
      if (e.defaultPrevented || e.repeat || !e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
      // By the letter typed, not the key's place, so it is L on every keyboard layout (lower case under Caps Lock).
      if (e.key !== 'L' && e.key !== 'l') return;
      if (isTyping(e.target)) return;
      e.preventDefault();
      onCopy();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onCopy, store]);
}
