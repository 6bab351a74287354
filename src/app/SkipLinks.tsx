import type { PanelId } from '../state/store';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions } from '../state/selectors';

const TARGETS: { panel: PanelId; label: string; focus: string }[] = [
  { panel: 'timeline', label: 'Skip to the timeline', focus: '#region-timeline [role="application"]' },
  { panel: 'reader', label: 'Skip to the article', focus: '#region-reader' },
];

/** Links that appear on the first Tab, so a keyboard user need not walk through every filter to reach the timeline or the article. */
export function SkipLinks() {
  const { showPanel } = useEnvoy(selectActions);
  return (
    <div className="skip-links">
      {TARGETS.map((t) => (
        <a
          key={t.panel}
          href={`#region-${t.panel}`}
          onClick={(e) => {
            e.preventDefault();
            showPanel(t.panel);
            requestAnimationFrame(() =>
              (document.querySelector<HTMLElement>(t.focus) ?? document.getElementById(`region-${t.panel}`))?.focus(),
            );
          }}
        >
          {t.label}
        </a>
      ))}
    </div>
  );
}
