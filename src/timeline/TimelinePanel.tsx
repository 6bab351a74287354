import { useEnvoy } from '../state/useEnvoy';
import { selectMode } from '../state/selectors';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineView } from './TimelineView';
import { TimelineLegend } from './TimelineLegend';
import { SelectedCaption } from './SelectedCaption';
import './timeline.css';

/** The timeline panel: toolbar, the selected event, and either the canvas timeline or the list view. */
export function TimelinePanel() {
  const mode = useEnvoy(selectMode);
  return (
    <div className="tl-panel">
      <TimelineToolbar />
      <SelectedCaption />
      {mode === 'list' ? (
        <p className="tl-panel__pending">The list view is on its way.</p>
      ) : (
        <>
          <TimelineView />
          <TimelineLegend />
        </>
      )}
    </div>
  );
}
