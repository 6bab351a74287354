import { useSingleKeyShortcut } from '../state/useSingleKeyShortcut';

const matchStep = (e: KeyboardEvent): 1 | -1 | null =>
  e.key === 'j' || e.key === ']' ? 1 : e.key === 'k' || e.key === '[' ? -1 : null;

/**
 * j or ] steps to the next event, k or [ to the previous one (held down, it keeps stepping); ignored while
 * typing in a field, with a modifier held, or when the single-key shortcuts are turned off.
 */
export function useStepShortcuts(step: (direction: 1 | -1) => void): void {
  useSingleKeyShortcut(matchStep, step, { repeat: true });
}
