import { lazy, Suspense, useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CslItem } from '../data/cite/cslItem';
import './export.css';

/** The timeline drawn as an image, provided by the app (the export feature never imports the timeline). */
export interface ImageExporter {
  png(caption: string): Promise<Blob>;
  svg(caption: string): Promise<string>;
  /** Marks the image would hold now; an SVG is offered up to SVG_MARK_LIMIT (ExportPanel). */
  marks(): Promise<number>;
}

export interface ExportProps {
  image?: ImageExporter;
  /** Renders a citation panel for the given references (the reader's), for "Cite this view". */
  renderCitations?(items: CslItem[], label: string): ReactNode;
}

// The dialog's content (CSV writer, zip, citations) loads on first open, not with the page.
const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

/** "Export…" in the header: a button opening the Export dialog. */
export function ExportButton(props: ExportProps) {
  const [isOpen, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const titleId = useId();
  const setCancel = useCallback((cancel: (() => void) | null) => {
    cancelRef.current = cancel;
  }, []);
  const close = () => dialogRef.current?.close();
  const open = () => {
    setOpen(true);
    if (dialogRef.current && !dialogRef.current.open) dialogRef.current.showModal();
  };
  // Keys pressed in the dialog stay in it (j or Shift+L never act on the page behind); Escape cancels a running export, then closes.
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (cancelRef.current) cancelRef.current();
      else close();
    }
  };
  return (
    <>
      <button type="button" ref={buttonRef} onClick={open} aria-haspopup="dialog">
        Export…
      </button>
      <dialog
        ref={dialogRef}
        className="export-dialog"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        <div className="export-dialog__head">
          <h2 id={titleId}>Export</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        {isOpen ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ExportPanel {...props} setCancel={setCancel} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
