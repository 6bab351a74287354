import { lazy, Suspense, useCallback, useLayoutEffect, type ReactNode } from 'react';
import { DatasetGate } from './DatasetGate';
import { PhoneReadBar } from './PhoneReadBar';
import { SkipLinks } from './SkipLinks';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { selectMapShown, selectPanel } from '../state/selectors';
import { Header } from './Header';
import { Layout } from './Layout';
import { Notices } from './Notices';
import { useDataSource } from './useDataSource';
import { useIndex } from '../data/DatasetContext';
import { useOpened } from '../data/OpenedContext';
import { BUNDLED_DATASET } from '../data/source';
import { FilterPanel, PanelSuspense, ReaderPanel, TimelinePanel } from './panels';
import { MapSlot } from './MapSlot';
import { useUrlSync } from '../url/useUrlSync';
import { usePageTitle } from '../url/usePageTitle';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { CopyEventLink } from '../url/CopyEventLink';
import { ShortcutsDialog } from './ShortcutsDialog';
import { OpenDatasetButton } from '../open/OpenDatasetButton';
import { OpenDialog } from '../open/OpenDialog';
import { DropZone } from '../open/DropZone';
import { ImportReport } from '../open/ImportReport';
import { useOpenDataset } from '../open/useOpenDataset';
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

function Loaded({ openButton }: { openButton: ReactNode }) {
  const index = useIndex();
  const opened = useOpened();
  const store = useEnvoyStore();
  const panel = useEnvoy(selectPanel);
  const mapShown = useEnvoy(selectMapShown);
  const timelineImage = useTimelineImage();
  useUrlSync();
  usePageTitle();
  // Declared after useUrlSync, so it runs once the link's view is applied: a link to an event opens on its source.
  useLayoutEffect(() => {
    if (store.getState().event) store.getState().actions.showPanel('reader');
    // A link with view=map opened on a phone opens on the Map tab.
    else if (store.getState().mapShown && window.matchMedia?.('(max-width: 899px)').matches)
      store.getState().actions.showPanel('map');
  }, [store]);
  return (
    <>
      <SkipLinks />
      <Header
        title={index.title}
        actions={
          <>
            {openButton}
            <ExportButton image={timelineImage} renderCitations={renderCitations} />
            <ShortcutsDialog />
            <CopyLinkButton />
          </>
        }
      />
      <Notices />
      {opened ? <ImportReport report={opened} events={index.count} /> : null}
      <main className="main">
        <Layout
          activeTab={panel}
          onTab={store.getState().actions.showPanel}
          map={<MapSlot />}
          mapShown={mapShown}
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

/** The whole page: header, notices, and the three panels once the dataset is loaded; a dataset can be opened from anywhere. */
export function App() {
  const { source, switchTo } = useDataSource();
  const opener = useOpenDataset(switchTo);
  const bundled = useCallback(() => {
    opener.close();
    switchTo({ kind: 'bundled', id: BUNDLED_DATASET });
  }, [opener, switchTo]);
  const openButton = <OpenDatasetButton onClick={opener.show} />;
  const brought = source.kind === 'url' || source.kind === 'local';
  return (
    <div className="app">
      <DatasetGate
        source={source}
        actions={
          brought ? (
            <>
              {openButton}
              <button type="button" onClick={bundled}>
                Open Envoy’s own dataset
              </button>
            </>
          ) : null
        }
      >
        <Loaded openButton={openButton} />
      </DatasetGate>
      <OpenDialog
        open={opener.open}
        onClose={opener.close}
        job={opener.job}
        currentLocalId={source.kind === 'local' ? source.id : null}
        onBundled={source.kind === 'bundled' ? undefined : bundled}
      />
      <DropZone onDrop={opener.drop} />
    </div>
  );
}
