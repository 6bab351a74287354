import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectThemeMode, selectThemes } from '../state/selectors';
import { FacetRow } from './FacetRow';
import { MatchMode } from './MatchMode';

/** Themes with the timeline's colours, counts in view, "only this", any/all and clear. */
export function ThemeSection(props: { counts: Uint32Array }) {
  const index = useIndex();
  const selected = useEnvoy(selectThemes);
  const mode = useEnvoy(selectThemeMode);
  const a = useEnvoy(selectActions);
  return (
    <section className="facet" aria-labelledby="facet-themes">
      <div className="facet__head">
        <h3 id="facet-themes" className="facet__title">
          Themes
          {selected.length > 0 && <span className="facet__n"> ({selected.length})</span>}
        </h3>
        <MatchMode label="Theme match" noun="theme" value={mode} onChange={a.setThemeMode} />
        <button
          type="button"
          className="filters__small"
          aria-label="Clear themes"
          disabled={selected.length === 0}
          onClick={a.clearThemes}
        >
          Clear
        </button>
      </div>
      <ul className="facet__list" aria-labelledby="facet-themes">
        {index.themes.map((t, k) => (
          <FacetRow
            key={t.id}
            domId={`theme-${k}`}
            name={t.label}
            colour={t.color}
            meta={null}
            hint={`${t.label}: ${t.description}`}
            checked={selected.includes(t.id)}
            count={props.counts[k] ?? 0}
            onToggle={() => a.toggleTheme(t.id)}
            onOnly={() => a.onlyTheme(t.id)}
          />
        ))}
      </ul>
    </section>
  );
}
