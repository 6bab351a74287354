import { useId, useState, type FormEvent } from 'react';
import type { ColumnMapping, ImportOutcome } from '../data/import/types';

type NeedsMapping = Extract<ImportOutcome, { kind: 'needs-mapping' }>;
type Role = Exclude<keyof ColumnMapping, 'actorSeparator' | 'themeSeparator'>;

const ROLES: { role: Role; label: string; required?: boolean; hint?: string }[] = [
  { role: 'date', label: 'Date', required: true, hint: 'when it happened, or began' },
  { role: 'endDate', label: 'End date', hint: 'for events that last' },
  { role: 'title', label: 'Title', required: true },
  { role: 'description', label: 'Description' },
  { role: 'actors', label: 'Actors' },
  { role: 'themes', label: 'Themes' },
  { role: 'source', label: 'Source' },
  { role: 'quote', label: 'Quote', hint: 'words quoted from the source' },
  { role: 'place', label: 'Place' },
  { role: 'id', label: 'Id', hint: 'keeps links to events across re-imports' },
];

const SAMPLE_ROWS = 5;

/**
 * The mapping step for a CSV Envoy does not recognise: its first rows, and a column for each role.
 * Opens with the importer's suggestions (or the mapping remembered for this header).
 */
export function MappingStep({
  name,
  outcome,
  initial,
  onApply,
  onCancel,
}: {
  name: string;
  outcome: NeedsMapping;
  initial?: ColumnMapping | null;
  onApply(m: ColumnMapping): void;
  onCancel(): void;
}) {
  const [m, setM] = useState<Partial<ColumnMapping>>(() => ({
    actorSeparator: ';',
    themeSeparator: ';',
    ...outcome.suggested,
    ...initial,
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const { header, sample } = outcome;

  const set = (role: keyof ColumnMapping, value: string) => setM((prev) => ({ ...prev, [role]: value || undefined }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = ROLES.filter((r) => r.required && !m[r.role]).map((r) => r.label.toLowerCase());
    if (missing.length > 0) {
      setProblem(`Choose the column that holds the ${missing.join(' and the ')}.`);
      return;
    }
    const out = Object.fromEntries(
      Object.entries(m).filter(([, v]) => v !== undefined && v !== ''),
    ) as unknown as ColumnMapping;
    if (!out.actors) delete out.actorSeparator;
    if (!out.themes) delete out.themeSeparator;
    onApply(out);
  };

  return (
    <form className="open-mapping" onSubmit={submit} aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Which column is which?</h3>
      <p className="open-muted">
        Envoy does not know the columns of <strong>{name}</strong>. Say which column holds what; Envoy remembers it for
        the next file with the same columns.
      </p>
      <div className="open-mapping__sample" role="region" aria-label="The first rows of the file" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            The first {Math.min(sample.length, SAMPLE_ROWS)} rows of {name}
          </caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col">
                  {h || `(column ${i + 1})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.slice(0, SAMPLE_ROWS).map((row, r) => (
              <tr key={r}>
                {header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="open-mapping__fields">
        {ROLES.map(({ role, label, required, hint }) => (
          <div key={role} className="open-mapping__field">
            <label htmlFor={`${ids}-${role}`}>
              {label}
              {required ? <span aria-hidden="true"> *</span> : null}
              {hint ? <span className="open-muted"> ({hint})</span> : null}
            </label>
            <select
              id={`${ids}-${role}`}
              value={m[role] ?? ''}
              aria-required={required || undefined}
              onChange={(e) => set(role, e.target.value)}
            >
              <option value="">{required ? 'Choose a column' : 'None'}</option>
              {header.map((h, i) => (
                <option key={i} value={h}>
                  {h || `(column ${i + 1})`}
                </option>
              ))}
            </select>
            {role === 'actors' || role === 'themes' ? (
              <label className="open-mapping__sep">
                {role === 'actors' ? 'Actors' : 'Themes'} are separated by
                <input
                  value={m[role === 'actors' ? 'actorSeparator' : 'themeSeparator'] ?? ''}
                  onChange={(e) => set(role === 'actors' ? 'actorSeparator' : 'themeSeparator', e.target.value)}
                  size={3}
                  maxLength={3}
                  disabled={!m[role]}
                />
              </label>
            ) : null}
          </div>
        ))}
      </div>
      {problem ? (
        <p className="open-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="open-actions">
        <button type="submit" className="open-primary">
          Open with these columns
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
