import { useId, useState } from 'react';
import type { CslItem } from '../data/cite/cslItem';
import { FORMAT_LABELS, formatCitations, type CitationFormat } from '../data/cite/formats';
import { CopyFeedback } from '../url/CopyFeedback';
import { useCopy } from '../url/useCopy';
import './cite.css';

const FORMATS = Object.keys(FORMAT_LABELS) as CitationFormat[];
const SHORT: Record<CitationFormat, string> = {
  plain: 'plain text',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** The given references in one format at a time (APA-style plain text, BibTeX, RIS, CSL-JSON), each copyable as plain text. */
export function CitationPanel({ items, label }: { items: readonly CslItem[]; label: string }) {
  const [format, setFormat] = useState<CitationFormat>('plain');
  const { state, copy, reset } = useCopy();
  const textId = useId();
  const text = formatCitations(items, format);
  return (
    <div className="cite-panel">
      <fieldset className="cite-panel__formats">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name={`${textId}-format`}
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {FORMAT_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <pre
        className="cite-panel__text"
        id={textId}
        tabIndex={0}
        role="region"
        aria-label={`${label}, ${FORMAT_LABELS[format]}`}
      >
        {text}
      </pre>
      <span className="copy-link cite-panel__copy">
        <button type="button" aria-describedby={textId} onClick={() => void copy(text)}>
          Copy {SHORT[format]}
        </button>
        <CopyFeedback state={state} onClose={reset} copiedText={`${SHORT[format]} copied`} />
      </span>
    </div>
  );
}
