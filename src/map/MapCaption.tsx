import { useIndex } from '../data/DatasetContext';
import { placeColumns, placeTrail } from '../data/places';
import { useEnvoy } from '../state/useEnvoy';
import { selectEvent } from '../state/selectors';

/** Where the selected event happened, in words, or that its sources give no place (so the map shows none); else the box hint. */
export function MapCaption() {
  const index = useIndex();
  const id = useEnvoy(selectEvent);
  const i = id ? index.indexOf(id) : -1;
  if (i < 0) return <span className="map-toolbar__hint">Shift+drag a box to filter to the places inside it</span>;
  const cols = placeColumns(index);
  const k = cols.placeOf[i]!;
  const title = index.event(i).title;
  return (
    <p
      className="map-caption"
      data-testid="map-caption"
      title={k >= 0 ? `${title} — ${placeTrail(cols, k)}` : undefined}
    >
      {k >= 0 ? (
        <>
          <span className="map-caption__swatch" aria-hidden="true" /> <strong>{placeTrail(cols, k)}</strong>: {title}
        </>
      ) : (
        <>No place in its sources: {title}</>
      )}
    </p>
  );
}
