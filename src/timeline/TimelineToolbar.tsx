import { useIndex } from '../data/DatasetContext';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { homeWindow } from '../data/home';
import {
  selectActions,
  selectColorBy,
  selectLanes,
  selectMapShown,
  selectMode,
  selectWindow,
} from '../state/selectors';
import type { ColorBy, LaneMode, ViewMode } from '../state/viewState';
import { clampWindow, fullWindow, MIN_WINDOW_MS, windowOrHome } from './core/limits';

const LANES: { value: LaneMode; label: string }[] = [
  { value: 'single', label: 'One lane' },
  { value: 'actor', label: 'By actor' },
  { value: 'theme', label: 'By theme' },
];

/**
 * Zoom buttons (in, out, Fit all = every date, Reset = the opening home view), lane and colour switches,
 * and the Timeline | List toggle. Zoom goes through the store window; null is the home view.
 */
export function TimelineToolbar() {
  const index = useIndex();
  const store = useEnvoyStore();
  const actions = useEnvoy(selectActions);
  const lanes = useEnvoy(selectLanes);
  const mode = useEnvoy(selectMode);
  const colorBy = useEnvoy(selectColorBy);
  const stored = useEnvoy(selectWindow);
  const atHome = stored === null;
  const mapShown = useEnvoy(selectMapShown);
  const full = fullWindow(index.span);
  const home = homeWindow(index);
  const zoom = (factor: number) => {
    const [from, to] = store.getState().window ?? home;
    const mid = (from + to) / 2;
    const half = (to - from) / factor / 2;
    actions.setWindow(windowOrHome(clampWindow([mid - half, mid + half], full), home));
  };
  // Disabled where the button would change nothing: every date already shown, or the shortest window.
  const shownDur = (stored ?? home)[1] - (stored ?? home)[0];
  const atWidest = shownDur >= (full[1] - full[0]) * 0.999;
  const atNarrowest = shownDur <= MIN_WINDOW_MS * 1.001;
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
      {/* Below 900 px the map is its own tab, so the switch is hidden there (timeline.css). */}
      <div className="tl-toolbar__group tl-toolbar__map" role="group" aria-label="Map">
        <button type="button" aria-pressed={mapShown} onClick={() => actions.setMapShown(!mapShown)}>
          Map
        </button>
      </div>
      {mode === 'timeline' && (
        <>
          <div className="tl-toolbar__group" role="group" aria-label="Zoom">
            <button
              type="button"
              aria-label="Zoom in"
              title="Zoom in (+)"
              disabled={atNarrowest}
              onClick={() => zoom(2)}
            >
              +
            </button>
            <button
              type="button"
              aria-label="Zoom out"
              title="Zoom out (−)"
              disabled={atWidest}
              onClick={() => zoom(0.5)}
            >
              −
            </button>
            <button
              type="button"
              title="Show every date (Home)"
              onClick={() => actions.setWindow(windowOrHome(full, home))}
            >
              Fit all
            </button>
            {/* Disabled rather than hidden at home, so the toolbar does not jump as the view moves. */}
            <button
              type="button"
              aria-label="Reset view"
              title="Back to the opening view (0)"
              disabled={atHome}
              onClick={() => actions.setWindow(null)}
            >
              Reset
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
            <select value={colorBy} onChange={(e) => actions.setColorBy(e.target.value as ColorBy)}>
              <option value="theme">by theme</option>
              <option value="actor">by actor</option>
            </select>
          </label>
        </>
      )}
    </div>
  );
}
