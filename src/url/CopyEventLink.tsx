import { CopyFeedback } from './CopyFeedback';
import { eventHref, isLocalView, LOCAL_FILE_NOTE } from './link';
import { useCopy } from './useCopy';
import { useEventPages } from './useEventPages';

/**
 * "Link to this event" for an event card: copies a link that opens Envoy on this event alone
 * (no filters, no window: the timeline opens on the home view and brings the event into view), so whoever
 * opens it sees the event.
 */
export function CopyEventLink({ eventId, className }: { eventId: string; className?: string }) {
  const { state, copy, reset } = useCopy();
  const pages = useEventPages();
  return (
    <span className={`copy-link${className ? ` ${className}` : ''}`}>
      <button type="button" onClick={() => void copy(eventHref(eventId, window.location, pages))}>
        Link to this event
      </button>
      <CopyFeedback state={state} onClose={reset} note={isLocalView() ? LOCAL_FILE_NOTE : undefined} />
    </span>
  );
}
