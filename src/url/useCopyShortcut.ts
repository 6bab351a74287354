import { useSingleKeyShortcut } from '../state/useSingleKeyShortcut';

/** The shortcut that copies a link to the current view; browsers bind no action to it. */
export const COPY_LINK_SHORTCUT = 'Shift+L';

// By the letter typed, not the key's place, so it is L on every keyboard layout (lower case under Caps Lock).
const matchCopy = (e: KeyboardEvent) => (e.shiftKey && (e.key === 'L' || e.key === 'l') ? true : null);

/** Calls `onCopy` on Shift+L anywhere on the page, except while typing in a field or when single-key shortcuts are off. */
export function useCopyShortcut(onCopy: () => void): void {
  useSingleKeyShortcut(matchCopy, onCopy);
}
