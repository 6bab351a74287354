import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { homeWindow } from '../data/home';
import { useEnvoyStore } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import type { ImageExporter } from '../export/ExportButton';
import type { TimelineImageInput } from '../timeline/exportImage';

// The image renderer loads when an image is asked for, not with the page.
const renderer = () => import('../timeline/exportImage');

const FALLBACK = { width: 1200, height: 420 };

/** The timeline's size on screen now (or a default where it is not drawn, as in the list view). */
function plotSize(): { width: number; height: number } {
  const scroller = document.querySelector<HTMLElement>('.tl__scroller');
  if (!scroller || scroller.clientWidth < 50) return FALLBACK;
  return { width: scroller.clientWidth, height: Math.max(200, scroller.clientHeight) };
}

/** Hands the Export dialog the timeline's image renderer, fed with the view as it is now (the export feature never imports the timeline). */
export function useTimelineImage(): ImageExporter {
  const index = useIndex();
  const filtered = useFilteredEvents();
  const store = useEnvoyStore();
  return useMemo(() => {
    const input = (caption: string): TimelineImageInput => {
      const s = store.getState();
      return {
        index,
        filtered,
        lanes: s.lanes,
        colourBy: s.colorBy,
        // The live window where the timeline is drawn (a zoom is committed to the store when it ends).
        window: window.__envoyTimeline?.window() ?? s.window ?? homeWindow(index),
        ...plotSize(),
        selectedId: s.event,
        title: index.title,
        caption,
      };
    };
    return {
      png: async (caption) => (await renderer()).timelinePng(input(caption)),
      svg: async (caption) => (await renderer()).timelineSvg(input(caption)),
      marks: async () => (await renderer()).imageMarkCount(input('')),
    };
  }, [index, filtered, store]);
}
