import { useSingleKeyShortcut } from '../state/useSingleKeyShortcut';

const matchHelp = (e: KeyboardEvent) => (e.key === '?' ? true : null);

/** "?" anywhere on the page calls `open`, unless typing in a field or the single-key shortcuts are off. */
export function useHelpShortcut(open: () => void): void {
  useSingleKeyShortcut(matchHelp, open);
}
