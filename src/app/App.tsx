import { useLayoutEffect } from 'react';
import { DatasetGate } from './DatasetGate';
import { PhoneReadBar } from './PhoneReadBar';
import { SkipLinks } from './SkipLinks';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { selectPanel } from '../state/selectors';
import { Header } from './Header';
import { Layout } from './Layout';
import { Notices } from './Notices';
import { useDataSource } from './useDataSource';
import { useIndex } from '../data/DatasetContext';
import { FilterPanel, PanelSuspense, ReaderPanel, TimelinePanel } from './panels';
import { useUrlSync } from '../url/useUrlSync';
import { usePageTitle } from '../url/usePageTitle';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { CopyEventLink } from '../url/CopyEventLink';
import { ShortcutsDialog } from './ShortcutsDialog';
import { lazy, Suspense } from 'react';
import { ExportButton } from '../export/ExportButton';
import type { CslItem } from '../data/cite/cslItem';
import { useTimelineImage } from './useTimelineImage';

const linkToEvent = (eventId: string) => <CopyEventLink key={eventId} eventId={eventId} />;
// The reader's citation panel, for the Export dialog's "Cite this view"; loaded with the dialog.
const CitationPanel = lazy(() => import('../reader/CitationPanel').then((m) => ({ default: m.CitationPanel })));
const renderCitations = (items: CslItem[], label: string) => (
  <Suspense fallback={null}>
    <CitationPanel items={items} label={label} />
  </Suspense>
);

function Loaded() {
  const index = useIndex();
  const store = useEnvoyStore();
  const panel = useEnvoy(selectPanel);
  const timelineImage = useTimelineImage();
  useUrlSync();
  usePageTitle();
  // Declared after useUrlSync, so it runs once the link's view is applied: a link to an event opens on its source.
  useLayoutEffect(() => {
    if (store.getState().event) store.getState().actions.showPanel('reader');
  }, [store]);
  return (
    <>
      <SkipLinks />
      <Header title={index.title} actions={
          <>
            <ExportButton image={timelineImage} renderCitations={renderCitations} />
            <ShortcutsDialog />
            <CopyLinkButton />
          </>
        } />
      <Notices />
      <main className="main">
        <Layout
          activeTab={panel}
          onTab={store.getState().actions.showPanel}
          filters={
            <PanelSuspense name="filters">
              <FilterPanel />
            </PanelSuspense>
          }
          timeline={
            <PanelSuspense name="timeline">
              <TimelinePanel />
            </PanelSuspense>
          }
          reader={
            <PanelSuspense name="article reader">
              <ReaderPanel linkToEvent={linkToEvent} />
            </PanelSuspense>
          }
        />
        <PhoneReadBar />
      </main>
    </>
  );
}

/** The whole page: header, notices, and the three panels once the dataset is loaded. */
export function App() {
  const source = useDataSource();
  return (
    <div className="app">
      <DatasetGate source={source}>
        <Loaded />
      </DatasetGate>
    </div>
  );
}
