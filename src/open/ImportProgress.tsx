import type { JobState } from './useImportJob';
import { fmt, sizeWords } from './words';

/** Rows read so far, a bar when the size is known, and Cancel. */
export function ImportProgress({
  state,
  onCancel,
}: {
  state: Extract<JobState, { step: 'reading' }>;
  onCancel(): void;
}) {
  const { name, rows, bytes, totalBytes } = state;
  return (
    <div className="open-progress" role="status" aria-live="polite">
      <p className="open-progress__what">Opening {name}…</p>
      <progress
        className="open-progress__bar"
        aria-label={`Reading ${name}`}
        {...(totalBytes ? { max: totalBytes, value: Math.min(bytes, totalBytes) } : {})}
      />
      <p className="open-progress__rows">
        {fmt(rows)} rows read{totalBytes ? ` · ${sizeWords(bytes)} of ${sizeWords(totalBytes)}` : ''}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
