import { useEffect, useRef } from 'react';
import { useIndex } from '../data/DatasetContext';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import { selectColorBy, selectLanes } from '../state/selectors';
import { hoverOf } from '../state/hoverChannel';
import { wantSearchDensity } from '../state/searchAnswer';
import { oneLaneRows } from './core/densityPyramid';
import { windowsClose } from './core/windows';
import { TimelineEngine, type TimelineElements } from './engine/TimelineEngine';
import { AXIS_H } from './draw/axis';
import { OVERVIEW_H } from './draw/overview';
import { badgesOf, drawnIds, marksOf, pointOf, rowSpansOf } from './engine/debugHook';
import { EdgeHints } from './EdgeHints';
import { formatCount } from '../lib/formatCount';

declare global {
  interface Window {
    /** Read-only debug and test hook: where an event's mark is drawn, and the visible window. */
    __envoyTimeline?: {
      pointOf(id: string): { x: number; y: number } | null;
      badges(): { x: number; y: number; w: number; count: number }[];
      drawnIds(): string[];
      rowSpans(): { id: string; lane: number; row: number; x0: number; end: number; cut: boolean }[];
      marks(): ReturnType<typeof marksOf>;
      window(): [number, number];
      drawTimes(): number[];
    };
  }
}

/**
 * The canvas timeline's React adapter. React renders these elements once; the engine draws into them imperatively,
 * so zooming and panning re-render no React tree. This component owns the store subscription: it feeds the engine
 * the store's window, selection and hover, and writes back what the engine reports through its callbacks.
 */
export function TimelineView() {
  const index = useIndex();
  const filtered = useFilteredEvents();
  const lanes = useEnvoy(selectLanes);
  const colourBy = useEnvoy(selectColorBy);
  const store = useEnvoyStore();
  const refs = {
    root: useRef<HTMLDivElement>(null),
    scroller: useRef<HTMLDivElement>(null),
    content: useRef<HTMLDivElement>(null),
    sticky: useRef<HTMLDivElement>(null),
    canvas: useRef<HTMLCanvasElement>(null),
    axis: useRef<SVGSVGElement>(null),
    laneLabels: useRef<HTMLDivElement>(null),
    tooltip: useRef<HTMLDivElement>(null),
    live: useRef<HTMLDivElement>(null),
    status: useRef<HTMLParagraphElement>(null),
    overviewCanvas: useRef<HTMLCanvasElement>(null),
    overviewSvg: useRef<SVGSVGElement>(null),
  };
  const engine = useRef<TimelineEngine | null>(null);

  useEffect(() => {
    const els = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, r.current])) as unknown as TimelineElements;
    const hover = hoverOf(store);
    const { actions } = store.getState();
    const e = new TimelineEngine(els, {
      onCommitWindow(w) {
        const cur = store.getState().window;
        if (w === null ? cur === null : cur !== null && windowsClose(cur, w)) return;
        actions.setWindow(w);
      },
      onSelect: (id) => actions.select(id),
      onHover: (id) => hover.event.set(id),
      onError: (message) => actions.notify({ id: 'timeline-draw', tone: 'error', message }),
    });
    engine.current = e;
    const s0 = store.getState();
    e.showWindow(s0.window);
    e.select(s0.event, false);
    e.setHover(hover.event.get());
    e.setPlaceHover(hover.place.get());
    const stops = [
      store.subscribe((s, prev) => {
        if (s.window !== prev.window) e.showWindow(s.window);
        // A selection made elsewhere (the reader, the list) is brought into view, unless a link moved the window too.
        if (s.event !== prev.event) e.select(s.event, s.window === prev.window);
      }),
      hover.event.subscribe((id) => e.setHover(id)),
      hover.place.subscribe((id) => e.setPlaceHover(id)),
    ];
    window.__envoyTimeline = {
      pointOf: (id) => pointOf(e, id),
      badges: () => badgesOf(e),
      drawnIds: () => drawnIds(e),
      rowSpans: () => rowSpansOf(e),
      marks: () => marksOf(e),
      window: () => e.window,
      drawTimes: () => [...e.drawMs].filter((x) => !Number.isNaN(x)),
    };
    return () => {
      for (const stop of stops) stop();
      e.destroy();
      engine.current = null;
      delete window.__envoyTimeline;
    };
    // The elements and store live as long as this component: create the engine once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    engine.current?.setData({ index, filtered, lanes, colourBy });
  }, [index, filtered, lanes, colourBy]);

  // A search's answer from the data worker brings the density of its matches in the layout shown here.
  useEffect(() => {
    wantSearchDensity(index, oneLaneRows(lanes, colourBy === 'theme'));
    return () => wantSearchDensity(index, null);
  }, [index, lanes, colourBy]);

  const n = filtered.length;
  return (
    <div className="tl">
      <div ref={refs.root} className="tl__surface">
        <svg ref={refs.axis} className="tl__axis" height={AXIS_H} aria-hidden="true" />
        {/* The lanes' scroll box is the one tab stop, so keyboard users reach what it scrolls too. */}
        <div
          ref={refs.scroller}
          className="tl__scroller"
          tabIndex={0}
          role="application"
          aria-roledescription="timeline"
          aria-label={`Timeline of ${formatCount(n)} events. Left and right arrows move between events in time order, Enter selects, Shift with arrows pans, plus and minus zoom, Home shows every date, 0 returns to the opening view, up and down scroll the lanes.`}
        >
          <div ref={refs.content} className="tl__content">
            <div ref={refs.sticky} className="tl__sticky">
              <canvas ref={refs.canvas} className="tl__canvas" data-testid="timeline-canvas" aria-hidden="true" />
              <div ref={refs.tooltip} className="tl__tooltip" role="presentation" hidden />
              {n === 0 && <p className="tl__empty">No events match the filters. Clear a filter to see events again.</p>}
            </div>
            <div ref={refs.laneLabels} className="tl__lane-labels" aria-hidden="true" />
          </div>
        </div>
        <EdgeHints />
        <div className="tl__overview" aria-hidden="true">
          <canvas ref={refs.overviewCanvas} className="tl__overview-canvas" />
          <svg ref={refs.overviewSvg} className="tl__overview-svg" height={OVERVIEW_H} />
        </div>
      </div>
      <p ref={refs.status} className="tl__status" aria-live="polite" />
      <div
        ref={refs.live}
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="timeline-announcement"
      />
    </div>
  );
}
