import { useIndex } from '../data/DatasetContext';
import { placeColumns, placeTrail } from '../data/places';
import { useEnvoy } from '../state/useEnvoy';
import { selectEvent } from '../state/selectors';

/** Where the selected event happened, in words, or that its sources give no place (so the map shows none). */
export function MapCaption() {
  const index = useIndex();
  const id = useEnvoy(selectEvent);
  const i = id ? index.indexOf(id) : -1;
  if (i < 0) return null;
  const cols = placeColumns(index);
  const k = cols.placeOf[i]!;
  const title = index.event(i).title;
  return (
    <p className="map-caption" data-testid="map-caption">
      {k >= 0 ? (
        <>
          <span className="map-caption__swatch" aria-hidden="true" /> Selected: {title} — <strong>{placeTrail(cols, k)}</strong>
        </>
      ) : (
        <>Selected: {title} — its sources give no place.</>
      )}
    </p>
  );
}
