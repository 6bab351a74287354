import { useFilteredEvents } from '../state/useFilteredEvents';

/** Placeholder until the timeline lands. */
export function TimelinePanel() {
  const shown = useFilteredEvents();
  return (
    <div className="panel">
      <h2 className="panel__title">Timeline</h2>
      <p>{shown.length} events</p>
    </div>
  );
}
