import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectEvent } from '../state/selectors';
import { describeEvent } from './core/describe';

/**
 * A visible readout of the selected event under the toolbar, with a way to clear it. The line is always
 * there (a hint when nothing is selected), so selecting never pushes the plot down under the pointer.
 */
export function SelectedCaption() {
  const index = useIndex();
  const id = useEnvoy(selectEvent);
  const actions = useEnvoy(selectActions);
  const i = id ? index.indexOf(id) : -1;
  if (i < 0) {
    return (
      <p className="tl-selected tl-selected--none">
        <span className="tl-selected__text">
          No event selected: click a mark, or focus the timeline and use ← → and Enter.
        </span>
      </p>
    );
  }
  const d = describeEvent(index, i);
  return (
    <p className="tl-selected">
      <span className="tl-selected__text">
        Selected:{' '}
        {d.flags ? (
          <span className="tl-selected__flag" role="img" aria-label={d.flags}>
            ⚑{' '}
          </span>
        ) : null}
        <strong>{d.title}</strong> <span className="tl-selected__date">{d.date}</span>
      </span>
      <button type="button" onClick={() => actions.select(null)} aria-label="Clear selection">
        ×
      </button>
    </p>
  );
}
