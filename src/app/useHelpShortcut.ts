import { useEffect, useRef } from 'react';
import { useEnvoyStore } from '../state/useEnvoy';

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];

/** True while "?" would type into a field (a checkbox or button does not count). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.includes(target.type);
  return target.closest('[role="textbox"], [role="combobox"], [role="searchbox"]') !== null;
}

/** "?" anywhere on the page calls `open`, unless typing in a field or the single-key shortcuts are off. */
export function useHelpShortcut(open: () => void): void {
  const store = useEnvoyStore();
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!store.getState().shortcuts) return;
      if (e.key !== '?' || e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
