import { useState, type ReactNode } from 'react';
import { RegionBoundary } from './RegionBoundary';

import type { PanelId as RegionId } from '../state/store';

const REGIONS: { id: RegionId; label: string; tab: string }[] = [
  { id: 'filters', label: 'Filters', tab: 'Filters' },
  { id: 'timeline', label: 'Timeline', tab: 'Timeline' },
  { id: 'reader', label: 'Source article', tab: 'Article' },
];

/**
 * The three panels side by side; below 900 px wide they become tabs.
 * Each panel is a named landmark with its own error boundary.
 */
export function Layout(props: Record<RegionId, ReactNode> & { activeTab?: RegionId; onTab?: (t: RegionId) => void }) {
  const [localTab, setLocalTab] = useState<RegionId>('timeline');
  const tab = props.activeTab ?? localTab;
  const setTab = props.onTab ?? setLocalTab;
  return (
    <div className="layout" data-tab={tab}>
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
      {REGIONS.map((r) => (
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
