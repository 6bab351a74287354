import { FORMAT_WORDS } from '../data/import/types';
import type { RecentFile } from '../data/recentFiles';
import { plural, sizeWords } from './words';

// Made when first needed: an Intl formatter costs the page's first script several ms to build.
let dayFormat: Intl.DateTimeFormat | undefined;
const day = () => (dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));

/** "Recent datasets": the files kept in this browser, each with Open and Remove. */
export function RecentList({
  recent,
  currentId,
  onOpen,
  onRemove,
}: {
  recent: RecentFile[];
  currentId: string | null;
  onOpen(r: RecentFile): void;
  onRemove(r: RecentFile): void;
}) {
  if (recent.length === 0) {
    return (
      <p className="open-muted">
        None yet. Files you open are kept in this browser and listed here until you remove them.
      </p>
    );
  }
  return (
    <ul className="open-recent">
      {recent.map((r) => (
        <li key={r.id} className="open-recent__item">
          <div className="open-recent__about">
            <span className="open-recent__name">{r.name}</span>
            <span className="open-muted">
              {sizeWords(r.size)} · {FORMAT_WORDS[r.format] ?? r.format} · {plural(r.events, 'event')} · opened{' '}
              {day().format(r.openedAt)}
              {r.id === currentId ? ' · open now' : ''}
            </span>
          </div>
          <button type="button" onClick={() => onOpen(r)} aria-label={`Open ${r.name}`}>
            Open
          </button>
          <button type="button" onClick={() => onRemove(r)} aria-label={`Remove ${r.name}`}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
