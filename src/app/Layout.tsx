import { useState, type ReactNode } from 'react';
import { RegionBoundary } from './RegionBoundary';

import type { PanelId as RegionId } from '../state/store';

const ALL_REGIONS: { id: RegionId; label: string; tab: string }[] = [
  { id: 'filters', label: 'Filters', tab: 'Filters' },
  { id: 'timeline', label: 'Timeline', tab: 'Timeline' },
  { id: 'map', label: 'Map', tab: 'Map' },
  { id: 'reader', label: 'Source article', tab: 'Article' },
];
/** On a wide screen the map sits above the timeline in the centre column, so it comes first there. */
const WIDE_ORDER: RegionId[] = ['filters', 'map', 'timeline', 'reader'];

type LayoutProps = Record<Exclude<RegionId, 'map'>, ReactNode> & {
  /** The map panel; with it, a fourth tab below 900 px, and on a wide screen the top of the centre column when `mapShown`. */
  map?: ReactNode;
  mapShown?: boolean;
  activeTab?: RegionId;
  onTab?: (t: RegionId) => void;
};

/**
 * The three panels side by side; below 900 px wide they become tabs.
 * Each panel is a named landmark with its own error boundary.
 */
export function Layout(props: LayoutProps) {
  const REGIONS = ALL_REGIONS.filter((r) => r.id !== 'map' || props.map !== undefined);
  const sections = WIDE_ORDER.map((id) => REGIONS.find((r) => r.id === id)).filter((r) => r !== undefined);
  const [localTab, setLocalTab] = useState<RegionId>('timeline');
  const tab = props.activeTab ?? localTab;
  const setTab = props.onTab ?? setLocalTab;
  return (
    <div className="layout" data-tab={tab} data-map={props.map !== undefined && props.mapShown ? 'shown' : 'hidden'}>
      <div className="layout__tabs" role="tablist" aria-label="Panels">
        {REGIONS.map((r) => (
          <button
            key={r.id}
            type="button"
            role="tab"
            id={`tab-${r.id}`}
            aria-selected={tab === r.id}
            aria-controls={`region-${r.id}`}
            tabIndex={tab === r.id ? 0 : -1}
            onClick={() => setTab(r.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = REGIONS.findIndex((x) => x.id === tab);
              const next = REGIONS[(i + (e.key === 'ArrowRight' ? 1 : REGIONS.length - 1)) % REGIONS.length]!;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {r.tab}
          </button>
        ))}
      </div>
      {sections.map((r) => (
        <section
          key={r.id}
          id={`region-${r.id}`}
          className={`region region--${r.id}`}
          data-region={r.id}
          aria-label={r.label}
          tabIndex={-1}
        >
          <RegionBoundary name={r.label}>{props[r.id]}</RegionBoundary>
        </section>
      ))}
    </div>
  );
}
