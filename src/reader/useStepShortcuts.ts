import { useEffect, useRef } from 'react';
import { useEnvoyStore } from '../state/useEnvoy';

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];

/** True while the key would type into a field (a checkbox or button does not count). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.includes(target.type);
  return target.closest('[role="textbox"], [role="combobox"], [role="searchbox"]') !== null;
}

/**
 * j or ] steps to the next event, k or [ to the previous one; ignored while typing in a field, with a
 * modifier held, or when the single-key shortcuts are turned off (the store's `shortcuts`).
 */
export function useStepShortcuts(step: (direction: 1 | -1) => void): void {
  const store = useEnvoyStore();
  const latest = useRef(step);
  useEffect(() => {
    latest.current = step;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!store.getState().shortcuts) return;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const direction = e.key === 'j' || e.key === ']' ? 1 : e.key === 'k' || e.key === '[' ? -1 : 0;
      if (direction === 0) return;
      e.preventDefault();
      latest.current(direction);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
