import { COLUMNS } from './columns';
import type { SortDir, SortKey } from './sortEvents';

export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** The header row: one button per column; clicking sorts by it, clicking again reverses. */
export function SortHeader({ sort, onSort }: { sort: Sort; onSort(next: Sort): void }) {
  return (
    <div role="rowgroup" className="event-table__head">
      <div role="row" aria-rowindex={1} className="event-table__row event-table__row--head">
        {COLUMNS.map((c, k) => {
          const active = sort.key === c.key;
          return (
            <div
              key={c.key}
              role="columnheader"
              aria-colindex={k + 1}
              aria-sort={active ? sort.dir : 'none'}
              className="event-table__cell"
            >
              <button
                type="button"
                className="event-table__sort"
                onClick={() =>
                  onSort({
                    key: c.key,
                    dir: active ? (sort.dir === 'ascending' ? 'descending' : 'ascending') : c.firstDir,
                  })
                }
              >
                {c.label}
                <span aria-hidden="true" className="event-table__arrow">
                  {active ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
