import { useIndex } from '../data/DatasetContext';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { selectActions, selectLanes, selectMode } from '../state/selectors';
import type { EnvoyState } from '../state/store';
import type { LaneMode, ViewMode } from '../state/viewState';
import { clampWindow, fullWindow } from './core/limits';

const selectColorBy = (s: EnvoyState) => s.colorBy;

const LANES: { value: LaneMode; label: string }[] = [
  { value: 'single', label: 'One lane' },
  { value: 'actor', label: 'By actor' },
  { value: 'theme', label: 'By theme' },
];

/** Zoom buttons, lane and colour switches, and the Timeline | List toggle. Zoom goes through the store window. */
export function TimelineToolbar() {
  const index = useIndex();
  const store = useEnvoyStore();
  const actions = useEnvoy(selectActions);
  const lanes = useEnvoy(selectLanes);
  const mode = useEnvoy(selectMode);
  const colorBy = useEnvoy(selectColorBy);
  const zoom = (factor: number) => {
    const full = fullWindow(index.span);
    const [from, to] = store.getState().window ?? full;
    const mid = (from + to) / 2;
    const half = (to - from) / factor / 2;
    const w = clampWindow([mid - half, mid + half], full);
    actions.setWindow(w[1] - w[0] >= (full[1] - full[0]) * 0.995 ? null : w);
  };
  const views: { value: ViewMode; label: string }[] = [
    { value: 'timeline', label: 'Timeline' },
    { value: 'list', label: 'List' },
  ];
  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline controls">
      <div className="tl-toolbar__group" role="group" aria-label="View">
        {views.map((v) => (
          <button key={v.value} type="button" aria-pressed={mode === v.value} onClick={() => actions.setMode(v.value)}>
            {v.label}
          </button>
        ))}
      </div>
      {mode === 'timeline' && (
        <>
          <div className="tl-toolbar__group" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoom(2)}>
              +
            </button>
            <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoom(0.5)}>
              −
            </button>
            <button type="button" title="Show everything (0)" onClick={() => actions.setWindow(null)}>
              Fit all
            </button>
          </div>
          <label className="tl-toolbar__select">
            Lanes{' '}
            <select value={lanes} onChange={(e) => actions.setLanes(e.target.value as LaneMode)}>
              {LANES.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label className="tl-toolbar__select">
            Colour{' '}
            <select value={colorBy} onChange={(e) => actions.setColorBy(e.target.value as 'theme' | 'actor')}>
              <option value="theme">by theme</option>
              <option value="actor">by actor</option>
            </select>
          </label>
        </>
      )}
    </div>
  );
}
