import type { MoveKey } from './keyboardOrder';

/** What a key press on the timeline does. */
export type KeyAction =
  | { kind: 'move'; key: MoveKey }
  | { kind: 'pan'; fraction: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'home' }
  | { kind: 'select' }
  | { kind: 'lane'; delta: number }
  | { kind: 'clear' }
  | null;

/**
 * The timeline's keys. Arrows move between events in time order; Shift+arrows pan; + and − zoom;
 * Home fits everything (back to 1996 on the bundled data), 0 returns to the opening (home) view; End goes to the last
 * event; Page keys jump ten events; Up/Down scroll lanes;
 * Enter or Space selects; Escape leaves the event focus.
 */
export function keyAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
      return e.shiftKey ? { kind: 'pan', fraction: -0.2 } : { kind: 'move', key: 'next' };
    case 'ArrowLeft':
      return e.shiftKey ? { kind: 'pan', fraction: 0.2 } : { kind: 'move', key: 'prev' };
    case 'PageDown':
      return { kind: 'move', key: 'pageNext' };
    case 'PageUp':
      return { kind: 'move', key: 'pagePrev' };
    case 'End':
      return { kind: 'move', key: 'last' };
    case 'Home':
      return { kind: 'fit' };
    case '0':
      return { kind: 'home' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 0.5 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'ArrowDown':
      return { kind: 'lane', delta: 1 };
    case 'ArrowUp':
      return { kind: 'lane', delta: -1 };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
