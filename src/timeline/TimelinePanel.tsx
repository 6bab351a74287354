import { useEnvoy } from '../state/useEnvoy';
import { selectMode } from '../state/selectors';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineView } from './TimelineView';
import { TimelineLegend } from './TimelineLegend';
import { SelectedCaption } from './SelectedCaption';
import { EventTable } from './list/EventTable';
import './timeline.css';

/** The timeline panel: toolbar, the selected event, and either the canvas timeline or the list view. */
export function TimelinePanel() {
  const mode = useEnvoy(selectMode);
  return (
    <div className="tl-panel">
      <TimelineToolbar />
      <SelectedCaption />
      {mode === 'list' ? (
        <EventTable />
      ) : (
        <>
          <TimelineView />
          <TimelineLegend />
        </>
      )}
    </div>
  );
}
