import { useEffect, useRef } from 'react';
import type { CopyState } from './useCopy';
import './copyLink.css';

/**
 * Says "Link copied" in a live region, or, when the clipboard is out of reach, shows the link
 * selected in a text field so it can be copied by hand.
 */
export function CopyFeedback({
  state,
  onClose,
  copiedText = 'Link copied',
  note,
}: {
  state: CopyState;
  onClose: () => void;
  copiedText?: string;
  note?: string;
}) {
  const field = useRef<HTMLInputElement>(null);
  const manual = state.status === 'manual';
  useEffect(() => {
    if (!manual) return undefined;
    // Focus the field with the link selected, so Ctrl+C copies it; give focus back on close.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    field.current?.focus();
    field.current?.select();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [manual]);
  return (
    <>
      <span className={`copy-status${note ? ' copy-status--note' : ''}`} role="status" aria-live="polite">
        {state.status === 'copied' ? (note ? `${copiedText}. ${note}` : copiedText) : ''}
      </span>
      {state.status === 'manual' ? (
        <div className="copy-manual" role="group" aria-label="Copy the link by hand">
          <label>
            <span>The clipboard is not available here. Copy this link (Ctrl+C or ⌘C):{note ? ` ${note}` : ''}</span>
            <input
              ref={field}
              readOnly
              value={state.text}
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => {
                if (e.key === 'Escape') onClose();
              }}
            />
          </label>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      ) : null}
    </>
  );
}
