import { useEffect, useState } from 'react';
import { FORMAT_WORDS } from '../data/import/types';
import { saveBlob } from '../lib/saveBlob';
import type { OpenedReport } from '../data/openedDataset';
import { problemsCsv, problemWords } from './problemsCsv';
import { fmt, plural } from './words';
import './open.css';

const SHOWN = 200;

/**
 * What opening a dataset found: "Opened <name>: an ACLED export, 9,981 events", the rows skipped (each with
 * row, column and reason, and as a CSV), and warnings. All text from the file is shown as text.
 */
export function ImportReport({ report, events }: { report: OpenedReport; events: number }) {
  const [shown, setShown] = useState(true);
  useEffect(() => setShown(true), [report]);
  if (!shown) return null;
  const { name, format, rows, skipped, skippedCount, warnings } = report;
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  return (
    <div
      className={`notice notice--${skipped.length > 0 || warnings.length > 0 ? 'warning' : 'info'} open-report`}
      role="status"
    >
      <div className="open-report__text">
        <p>
          Opened {name}: {FORMAT_WORDS[format] ?? format}, {plural(events, 'event')}.
          {skippedCount > 0 ? ` Skipped ${fmt(skippedCount)} of ${fmt(rows)} rows.` : ''}
        </p>
        {skipped.length > 0 ? (
          <details className="open-report__details">
            <summary>Which rows were skipped, and why</summary>
            <ul>
              {skipped.slice(0, SHOWN).map((p, i) => (
                <li key={i}>{problemWords(p)}</li>
              ))}
            </ul>
            {skipped.length > SHOWN ? <p>…and {fmt(skipped.length - SHOWN)} more in the list below.</p> : null}
            <button
              type="button"
              onClick={() =>
                saveBlob(
                  new Blob([problemsCsv(skipped)], { type: 'text/csv;charset=utf-8' }),
                  `${base}-skipped-rows.csv`,
                )
              }
            >
              Download the list (CSV)
            </button>
          </details>
        ) : null}
        {warnings.length > 0 ? (
          <ul className="open-report__warnings">
            {warnings.slice(0, 20).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {warnings.length > 20 ? <li>…and {fmt(warnings.length - 20)} more.</li> : null}
          </ul>
        ) : null}
      </div>
      <button type="button" onClick={() => setShown(false)} aria-label="Dismiss notice">
        ×
      </button>
    </div>
  );
}
