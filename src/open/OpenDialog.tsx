import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { rememberedMapping } from '../data/columnMappings';
import { Modal, showModal } from '../ui/Modal';
import type { ImportJob } from './useImportJob';
import { ImportProgress } from './ImportProgress';
import { MappingStep } from './MappingStep';
import { RecentList } from './RecentList';
import { inputFromFiles } from './pickedFiles';
import { useRecent } from './useRecent';
import './open.css';

export const ACCEPT = '.json,.csv,.tsv,.txt,.zip';

/** The made-up files in public/samples/, opened by URL so a link to them works for anyone. */
const SAMPLES: readonly [file: string, words: string][] = [
  ['acled-sample.csv', 'An ACLED export'],
  ['ucdp-ged-sample.csv', 'A UCDP GED export'],
  ['events-spreadsheet.csv', 'A spreadsheet of events'],
];

interface Props {
  open: boolean;
  onClose(): void;
  job: ImportJob;
  /** The kept file on screen now, if any (marked "open now" in Recent datasets). */
  currentLocalId: string | null;
  /** Offered when another dataset is open: back to the one Envoy comes with. */
  onBundled?: () => void;
}

/** "Open dataset": a file (or a folder's files), a dataset URL, or a recent dataset; then progress, the mapping step or the message. */
export function OpenDialog({ open, onClose, job, currentLocalId, onBundled }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const ids = useId();
  const { recent, remove } = useRecent();
  const { state } = job;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open) showModal(dialog);
    else if (dialog.open) dialog.close();
  }, [open]);
  // React has no prop for it: the folder picker.
  useEffect(() => folderRef.current?.setAttribute('webkitdirectory', ''), []);

  // Escape cancels a running import, then closes.
  const onEscape = () => (state.step === 'reading' ? job.cancel() : onClose());

  const pick = (files: FileList | null, input: HTMLInputElement) => {
    const chosen = inputFromFiles(files ? [...files] : []);
    // Cleared, so choosing the same file again opens it again.
    input.value = '';
    if (chosen) job.start(chosen);
  };

  const openUrl = (e: FormEvent) => {
    e.preventDefault();
    const u = url.trim();
    if (u) job.start({ kind: 'url', url: u });
  };

  let body;
  if (state.step === 'reading') {
    body = <ImportProgress state={state} onCancel={job.cancel} />;
  } else if (state.step === 'mapping') {
    body = (
      <MappingStep
        name={state.name}
        outcome={state.outcome}
        initial={rememberedMapping(state.outcome.header, (state.outcome as { headerKey?: string }).headerKey)}
        onApply={job.applyMapping}
        onCancel={job.cancel}
      />
    );
  } else {
    body = (
      <>
        {state.step === 'failed' ? (
          <div className="open-problem" role="alert">
            <p>
              <strong>{state.name} could not be opened.</strong> {state.message}
            </p>
            {state.details.length > 0 ? (
              <ul>
                {state.details.slice(0, 20).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            <p className="open-muted">The dataset that was open is still open.</p>
          </div>
        ) : null}
        <section className="open-way" aria-labelledby={`${ids}-file`}>
          <h3 id={`${ids}-file`}>From your computer</h3>
          <p className="open-muted">
            An Envoy dataset (JSON, or a .zip or folder with dataset.json and articles/), an ACLED or UCDP GED export, a
            TimelineJS sheet, or any CSV or TSV of events. It stays on your computer: nothing is uploaded.
          </p>
          <div className="open-pickers">
            <label className="open-picker">
              <span>Choose a file</span>
              <input type="file" accept={ACCEPT} multiple onChange={(e) => pick(e.target.files, e.target)} />
            </label>
            <label className="open-picker">
              <span>Choose a folder</span>
              <input type="file" ref={folderRef} onChange={(e) => pick(e.target.files, e.target)} />
            </label>
          </div>
          <p className="open-muted">Or drop a file or folder anywhere on the page.</p>
        </section>
        <section className="open-way" aria-labelledby={`${ids}-url`}>
          <h3 id={`${ids}-url`}>From the web</h3>
          <form className="open-url" onSubmit={openUrl}>
            <label htmlFor={`${ids}-url-field`}>Dataset URL</label>
            <div className="open-url__row">
              <input
                id={`${ids}-url-field`}
                type="text"
                inputMode="url"
                autoComplete="url"
                spellCheck={false}
                placeholder="https://example.org/data/dataset.json"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                aria-describedby={`${ids}-url-hint`}
              />
              <button type="submit" disabled={url.trim() === ''}>
                Open URL
              </button>
            </div>
            <p id={`${ids}-url-hint`} className="open-muted">
              Absolute, or relative to this page. Another site must allow it (CORS). The link to the view keeps the
              address, so it can be shared.
            </p>
          </form>
        </section>
        <section className="open-way" aria-labelledby={`${ids}-samples`}>
          <h3 id={`${ids}-samples`}>Try a sample</h3>
          <p className="open-muted">Small made-up files that come with Envoy (not real events).</p>
          <div className="open-samples">
            {SAMPLES.map(([file, words]) => (
              <button key={file} type="button" onClick={() => job.start({ kind: 'url', url: `samples/${file}` })}>
                {words}
              </button>
            ))}
          </div>
        </section>
        <section className="open-way" aria-labelledby={`${ids}-recent`}>
          <h3 id={`${ids}-recent`}>Recent datasets</h3>
          <RecentList
            recent={recent}
            currentId={currentLocalId}
            onOpen={(r) => void job.startRecent(r)}
            onRemove={(r) => void remove(r.id)}
          />
          {onBundled ? (
            <p>
              <button type="button" className="open-linkish" onClick={onBundled}>
                Back to Envoy’s own dataset
              </button>
            </p>
          ) : null}
        </section>
      </>
    );
  }

  return (
    <Modal dialogRef={ref} className="open-dialog" title="Open dataset" onEscape={onEscape} onClose={onClose}>
      {body}
    </Modal>
  );
}
