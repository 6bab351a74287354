import { PAGE_ROWS } from './columns';
import { formatCount } from '../../lib/formatCount';

/** Moves between pages of PAGE_ROWS rows; shown only for lists longer than one page. */
export function PageNav({ page, total, onPage }: { page: number; total: number; onPage(page: number): void }) {
  const pages = Math.ceil(total / PAGE_ROWS);
  if (pages <= 1) return null;
  const from = page * PAGE_ROWS + 1;
  const to = Math.min(total, (page + 1) * PAGE_ROWS);
  return (
    <nav className="event-table__pages" aria-label="Pages of events">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous rows
      </button>
      <span>
        Rows {formatCount(from)}–{formatCount(to)} of {formatCount(total)}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next rows
      </button>
    </nav>
  );
}
