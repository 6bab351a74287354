import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import type { CslItem } from '../data/cite/cslItem';
import { Modal, showModal } from '../ui/Modal';
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
  const setCancel = useCallback((cancel: (() => void) | null) => {
    cancelRef.current = cancel;
  }, []);
  const open = () => {
    setOpen(true);
    showModal(dialogRef.current);
  };
  // Escape cancels a running export, then closes.
  const onEscape = () => (cancelRef.current ? cancelRef.current() : dialogRef.current?.close());
  return (
    <>
      <button type="button" ref={buttonRef} onClick={open} aria-haspopup="dialog">
        Export…
      </button>
      <Modal
        dialogRef={dialogRef}
        className="export-dialog"
        title="Export"
        onEscape={onEscape}
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        {isOpen ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ExportPanel {...props} setCancel={setCancel} />
          </Suspense>
        ) : null}
      </Modal>
    </>
  );
}
