import { useCallback } from 'react';
import { useEnvoyStore } from '../state/useEnvoy';
import { CopyFeedback } from './CopyFeedback';
import { currentLink, isLocalView, LOCAL_FILE_NOTE } from './link';
import { useCopy } from './useCopy';
import { COPY_LINK_SHORTCUT, useCopyShortcut } from './useCopyShortcut';
import { useEventPages } from './useEventPages';

/** "Copy link" for the header: copies a link to the whole current view, also on Shift+L. */
export function CopyLinkButton() {
  const store = useEnvoyStore();
  const { state, copy, reset } = useCopy();
  const note = isLocalView() ? LOCAL_FILE_NOTE : undefined;
  const pages = useEventPages();
  const onCopy = useCallback(
    () => void copy(currentLink(store.getState(), window.location, pages)),
    [copy, store, pages],
  );
  useCopyShortcut(onCopy);
  return (
    <span className="copy-link">
      <CopyFeedback state={state} onClose={reset} note={note} />
      <button
        type="button"
        onClick={onCopy}
        aria-keyshortcuts={COPY_LINK_SHORTCUT}
        title={`Copy a link to this view (${COPY_LINK_SHORTCUT})${note ? `. ${note}` : ''}`}
      >
        Copy link
      </button>
    </span>
  );
}
