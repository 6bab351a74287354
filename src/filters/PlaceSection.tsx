import { useMemo, useState, type CSSProperties } from 'react';
import { useIndex } from '../data/DatasetContext';
import { placeColumns, type PlaceColumns } from '../data/places';
import { useEnvoy } from '../state/useEnvoy';
import { usePlaceCounts } from '../state/usePlaceCounts';
import { selectActions, selectPlaces } from '../state/selectors';
import { FacetRow } from './FacetRow';
import { VIRTUALISE_FROM } from './ActorList';
import { VirtualPlaceList, type PlaceRow } from './VirtualPlaceList';

/** Lists this long start with every group open; longer ones (generated or imported data) open a group on request. */
const OPEN_ALL_UNDER = 60;
const KIND: Record<string, string> = {
  site: 'site',
  town: 'town',
  district: 'district',
  province: 'province',
  country: 'country',
  region: 'region',
};

function childrenOf(cols: PlaceColumns): number[][] {
  const kids: number[][] = Array.from({ length: cols.places.length + 1 }, () => []);
  cols.places.forEach((_, k) => kids[cols.parent[k]! >= 0 ? cols.parent[k]! : cols.places.length]!.push(k));
  const byName = (a: number, b: number) => cols.places[a]!.name.localeCompare(cols.places[b]!.name);
  for (const list of kids) list.sort(byName);
  return kids;
}

/** The rows a reader sees, in order: each place, then the toggle of what lies within it, then (when open) that. */
function flatRows(
  kids: number[][],
  open: ReadonlySet<number>,
  list: number[],
  depth = 0,
  out: PlaceRow[] = [],
): PlaceRow[] {
  for (const k of list) {
    out.push({ kind: 'place', k, depth });
    if (kids[k]!.length === 0) continue;
    out.push({ kind: 'toggle', k, depth });
    if (open.has(k)) flatRows(kids, open, kids[k]!, depth + 1, out);
  }
  return out;
}

/**
 * Places with a checkbox and a live count each (events in view under the other filters, contents included),
 * grouped by containment: country › province › town. The map's full non-visual counterpart.
 */
export function PlaceSection() {
  const index = useIndex();
  const cols = placeColumns(index);
  const counts = usePlaceCounts();
  const selected = useEnvoy(selectPlaces);
  const a = useEnvoy(selectActions);
  const kids = useMemo(() => childrenOf(cols), [cols]);
  const [open, setOpen] = useState<Set<number>>(
    () => new Set(cols.places.length < OPEN_ALL_UNDER ? cols.places.keys() : []),
  );
  const flat = useMemo(() => flatRows(kids, open, kids[cols.places.length]!), [kids, open, cols]);
  if (cols.places.length === 0) return null;

  const placeRow = (k: number, style?: CSSProperties, at?: { index: number; pos: [number, number] }) => {
    const p = cols.places[k]!;
    return (
      <FacetRow
        key={p.id}
        domId={`place-${k}`}
        name={p.name}
        colour="#c8ccd2"
        meta={KIND[p.kind] ?? p.kind}
        hint={`${p.name} (${KIND[p.kind]})${p.source ? `. Coordinates: ${p.source}` : ''}`}
        checked={selected.includes(p.id)}
        count={counts[k] ?? 0}
        onToggle={() => a.togglePlace(p.id)}
        onOnly={() => a.onlyPlace(p.id)}
        style={style}
        index={at?.index}
        pos={at?.pos}
      />
    );
  };
  const toggle = (k: number) => {
    const inner = kids[k]!;
    const isOpen = open.has(k);
    return (
      <button
        type="button"
        className="ptree__toggle"
        aria-expanded={isOpen}
        onClick={() =>
          setOpen((s) => {
            const next = new Set(s);
            if (next.has(k)) next.delete(k);
            else next.add(k);
            return next;
          })
        }
      >
        {isOpen ? '▾' : '▸'} {inner.length} {inner.length === 1 ? 'place' : 'places'} in {cols.places[k]!.name}
      </button>
    );
  };

  const rows = (list: number[]) =>
    list.map((k) => {
      const p = cols.places[k]!;
      return [
        placeRow(k),
        kids[k]!.length > 0 && (
          <li key={`${p.id}-in`} className="ptree__group">
            {toggle(k)}
            {open.has(k) && (
              <ul className="facet__list ptree__list" aria-label={`Places in ${p.name}`}>
                {rows(kids[k]!)}
              </ul>
            )}
          </li>
        ),
      ];
    });

  return (
    <section className="facet" aria-labelledby="facet-places">
      <div className="facet__head">
        <h3 id="facet-places" className="facet__title">
          Places
          {selected.length > 0 && <span className="facet__n"> ({selected.length})</span>}
        </h3>
        <button
          type="button"
          className="filters__small"
          aria-label="Clear places"
          disabled={selected.length === 0}
          onClick={a.clearPlaces}
        >
          Clear
        </button>
      </div>
      {flat.length >= VIRTUALISE_FROM ? (
        <VirtualPlaceList
          rows={flat}
          render={(row, i, style, pos) =>
            row.kind === 'place' ? (
              placeRow(row.k, style, { index: i, pos })
            ) : (
              <li
                key={`${cols.places[row.k]!.id}-in`}
                className="ptree__group"
                style={style}
                data-index={i}
                aria-posinset={pos[0]}
                aria-setsize={pos[1]}
              >
                {toggle(row.k)}
              </li>
            )
          }
        />
      ) : (
        <ul className="facet__list" aria-labelledby="facet-places">
          {rows(kids[cols.places.length]!)}
        </ul>
      )}
      <p className="filters__note">
        A place includes the places within it. Events whose sources give no place match no place.
      </p>
    </section>
  );
}
