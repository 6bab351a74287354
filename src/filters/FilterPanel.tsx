import { useFacetCounts } from '../state/useFacetCounts';
import { useFilteredEvents } from '../state/useFilteredEvents';
import { ActorSection } from './ActorSection';
import { EventSearch } from './EventSearch';
import { FilterChips } from './FilterChips';
import { FilterSummary } from './FilterSummary';
import { FlaggedSection } from './FlaggedSection';
import { StatusFilter } from './StatusFilter';
import { ThemeSection } from './ThemeSection';
import { PlaceSection } from './PlaceSection';
import { WindowInputs } from './WindowInputs';
import './filters.css';

/** The left panel: what is shown (summary and chips), then search, dates, themes and actors. */
export function FilterPanel() {
  const counts = useFacetCounts();
  const shown = useFilteredEvents();
  return (
    <div className="panel filters">
      <h2 className="panel__title">Filters</h2>
      <FilterSummary counts={counts} matchingAllDates={shown.length} />
      <FilterChips />
      <EventSearch />
      <StatusFilter />
      <WindowInputs />
      <p className="filters__note">Numbers: events in view for each actor or theme, with the other filters applied.</p>
      <FlaggedSection counts={counts} />
      <ThemeSection counts={counts.themes} />
      <ActorSection counts={counts.actors} />
      <PlaceSection />
    </div>
  );
}
