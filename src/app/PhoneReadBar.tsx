import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectEvent, selectPanel } from '../state/selectors';

/**
 * On narrow screens the panels are tabs, so a selection made on the timeline or in the list would
 * leave its source one tab away: this bar names the selected event and opens the article.
 */
export function PhoneReadBar() {
  const index = useIndex();
  const id = useEnvoy(selectEvent);
  const panel = useEnvoy(selectPanel);
  const { showPanel } = useEnvoy(selectActions);
  const i = id ? index.indexOf(id) : -1;
  if (panel === 'reader') return null;
  // The bar is there before anything is selected too (with a hint), so a tap that selects never shrinks the plot under the finger.
  if (i < 0) {
    return (
      <div className="phone-read phone-read--none">
        <span className="phone-read__hint">Tap an event to read its source.</span>
      </div>
    );
  }
  const title = index.event(i).title;
  return (
    <div className="phone-read">
      <span className="phone-read__title" id="phone-read-title">
        {title}
      </span>
      <button
        type="button"
        onClick={() => {
          showPanel('reader');
          // This button goes away with the switch: hand focus to the event's heading in the article panel.
          requestAnimationFrame(() =>
            document
              .querySelector<HTMLElement>('#region-reader h2[tabindex], #region-reader h3[tabindex]')
              ?.focus({ preventScroll: true }),
          );
        }}
        aria-describedby="phone-read-title"
      >
        Read the source
      </button>
    </div>
  );
}
