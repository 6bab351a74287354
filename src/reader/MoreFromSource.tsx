import './sourceNotes.css';

/** The source file's columns Envoy has no place for (fatalities, admin areas, codes), kept as given. */
export function MoreFromSource({ extra }: { extra: Readonly<Record<string, string>> | undefined }) {
  const entries = extra ? Object.entries(extra).filter(([, v]) => v.trim() !== '') : [];
  if (entries.length === 0) return null;
  return (
    <details className="more-from-source">
      <summary>
        More from the source{' '}
        <span className="more-from-source__count">
          ({entries.length} {entries.length === 1 ? 'column' : 'columns'})
        </span>
      </summary>
      <dl>
        {entries.map(([k, v]) => (
          <div key={k} className="more-from-source__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
