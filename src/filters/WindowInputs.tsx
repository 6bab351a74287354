import { useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { allDatesWindow, coversSpan } from '../data/home';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectWindow } from '../state/selectors';
import {
  EDIT_MESSAGES,
  editWindow,
  formatDayText,
  parseDayText,
  windowDays,
  type Edge,
  type WindowEdit,
} from './core/windowEdit';

type Draft = {
  edge: Edge;
  text: string;
  reason: Exclude<WindowEdit, { ok: true }>['reason'] | null;
  shown: boolean;
} | null;

/**
 * The visible time range as two date boxes (the dataset's home window when the store's is null), written in the
 * house style ("1 July 2018", as everywhere else in Envoy, never the browser's "07/01/2018"); they also read
 * "1 Jul 2018", "July 1, 2018" and ISO days. A valid
 * edit moves the timeline at once (store.window); an invalid one stays in the box as a draft with a message
 * and is not applied. "Show all" shows every date, the same window as the timeline's "Fit all". The window is what
 * is in view, not a filter: it has no chip and "Reset all" leaves it alone.
 */
export function WindowInputs() {
  const index = useIndex();
  const window = useEnvoy(selectWindow);
  const { setWindow } = useEnvoy(selectActions);
  const [draft, setDraft] = useState<Draft>(null);
  const current = window ?? index.home;
  const all = coversSpan(current, index);
  const [fromDay, toDay] = windowDays(current);

  const edit = (edge: Edge, text: string) => {
    const r = editWindow(edge, parseDayText(text), current);
    if (r.ok) {
      // What the person typed stays as typed while they are in the box; it reads in the house style once they leave.
      setDraft({ edge, text, reason: null, shown: false });
      setWindow(r.window);
    } else {
      // A reversed range is clearly wrong at once; a half-typed date is only wrong if the person leaves it so.
      setDraft({ edge, text, reason: r.reason, shown: r.reason === 'reversed' });
    }
  };
  const error = draft?.shown && draft.reason ? EDIT_MESSAGES[draft.reason] : null;
  const input = (edge: Edge, label: string, value: string) => (
    <label className="filters__date">
      <span className="filters__label">{label}</span>
      <input
        type="text"
        className="filters__input"
        value={draft?.edge === edge ? draft.text : formatDayText(value)}
        placeholder="1 July 2018"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error && draft?.edge === edge ? true : undefined}
        aria-describedby={error && draft?.edge === edge ? 'window-error' : undefined}
        onChange={(e) => edit(edge, e.target.value)}
        onBlur={() => setDraft((d) => (d && d.edge === edge ? (d.reason ? { ...d, shown: true } : null) : d))}
      />
    </label>
  );

  return (
    <fieldset className="filters__window">
      <legend className="filters__label">{all ? 'Dates (all)' : 'Dates in view'}</legend>
      <div className="filters__dates">
        {input('from', 'From', fromDay)}
        {input('to', 'To', toDay)}
        <button
          type="button"
          className="filters__small"
          disabled={all}
          onClick={() => {
            setDraft(null);
            // The same window as the timeline's Fit all. With no home of its own, the home view is every date already: keep the link bare.
            setWindow(coversSpan(index.home, index) ? null : allDatesWindow(index.span));
          }}
        >
          Show all
        </button>
      </div>
      {error && (
        <p id="window-error" className="filters__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
