import { useIndex } from '../data/DatasetContext';
import { useFilteredEvents } from '../state/useFilteredEvents';

/** Placeholder until the filter panel lands. */
export function FilterPanel() {
  const index = useIndex();
  const shown = useFilteredEvents();
  return (
    <div className="panel">
      <h2 className="panel__title">Filters</h2>
      <p>
        Showing {shown.length} of {index.count} events
      </p>
    </div>
  );
}
