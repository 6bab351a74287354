import { useCallback, useRef } from 'react';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { selectShortcuts } from '../state/selectors';
import { Modal, showModal } from '../ui/Modal';
import { useHelpShortcut } from './useHelpShortcut';

type Row = readonly [keys: string, what: string];

const GROUPS: readonly { title: string; rows: readonly Row[] }[] = [
  {
    title: 'Anywhere on the page (single keys, can be turned off)',
    rows: [
      ['j or ]', 'Next event'],
      ['k or [', 'Previous event'],
      ['Shift+L', 'Copy a link to this view'],
      ['?', 'Show these shortcuts'],
    ],
  },
  {
    title: 'On the timeline (when it has focus)',
    rows: [
      ['← →', 'Move between events in time order'],
      ['Enter', 'Select the focused event'],
      ['Shift+← →', 'Pan'],
      ['+ −', 'Zoom in, zoom out'],
      ['Home', 'Show every date (Fit all)'],
      ['0', 'Return to the opening view (Reset view)'],
      ['Page Up / Down', 'Jump ten events'],
      ['End', 'Go to the last event'],
      ['↑ ↓', 'Scroll the lanes'],
      ['Escape', 'Leave the event focus'],
    ],
  },
  {
    title: 'In the list view (when a row has focus)',
    rows: [
      ['↑ ↓', 'Move between rows'],
      ['Home / End', 'First row, last row'],
      ['Page Up / Down', 'Jump a page of rows'],
      ['Enter', 'Select the event'],
    ],
  },
];

/** "Keyboard shortcuts" for the header: a button (and "?") opening a modal list with the single-key switch. */
export function ShortcutsDialog() {
  const store = useEnvoyStore();
  const on = useEnvoy(selectShortcuts);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const open = useCallback(() => showModal(dialogRef.current), []);
  useHelpShortcut(open);

  return (
    <>
      {/* The name holds the visible words at either width ("Shortcuts" on a phone). */}
      <button
        type="button"
        ref={buttonRef}
        onClick={open}
        aria-label="Keyboard shortcuts"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
      >
        <span className="shortcuts-button__long">Keyboard shortcuts</span>
        <span className="shortcuts-button__short">Shortcuts</span>
      </button>
      <Modal
        dialogRef={dialogRef}
        className="shortcuts"
        title="Keyboard shortcuts"
        onClose={() => buttonRef.current?.focus()}
      >
        <label className="shortcuts__switch">
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => store.getState().actions.setShortcuts(e.target.checked)}
          />
          Single-key shortcuts (j, k, [, ], Shift+L, ?)
        </label>
        {GROUPS.map((group) => (
          <table key={group.title} className="shortcuts__table">
            <caption>{group.title}</caption>
            <tbody>
              {group.rows.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </Modal>
    </>
  );
}
