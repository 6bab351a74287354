import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectEvent } from '../state/selectors';
import { describeEvent } from './describe';

/** A visible readout of the selected event under the toolbar, with a way to clear it. */
export function SelectedCaption() {
  const index = useIndex();
  const id = useEnvoy(selectEvent);
  const actions = useEnvoy(selectActions);
  const i = id ? index.indexOf(id) : -1;
  if (i < 0) return null;
  const d = describeEvent(index, i);
  return (
    <p className="tl-selected">
      <span className="tl-selected__text">
        Selected: <strong>{d.title}</strong> <span className="tl-selected__date">{d.date}</span>
      </span>
      <button type="button" onClick={() => actions.select(null)} aria-label="Clear selection">
        ×
      </button>
    </p>
  );
}
