import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './modal.css';

interface Props {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  /** The dialog's own class, which sets its width. */
  className: string;
  /** The dialog closed, by Close, Escape or the browser: give focus back, forget what was open. */
  onClose(): void;
  /** Escape: closes the dialog unless this does something else first (cancels a running job). */
  onEscape?(): void;
  children: ReactNode;
}

/** Opens a modal dialog, unless it is open already. */
export function showModal(dialog: HTMLDialogElement | null): void {
  if (dialog && !dialog.open) dialog.showModal();
}

/**
 * A modal <dialog> (shortcuts, Open dataset, Export, Cite): the panel, a head with its title and Close, and keys that
 * stay inside it, so j or Shift+L never act on the page behind.
 */
export function Modal({ dialogRef, title, className, onClose, onEscape, children }: Props) {
  const titleId = useId();
  const close = () => dialogRef.current?.close();
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      (onEscape ?? close)();
    }
  };
  return (
    <dialog
      ref={dialogRef}
      className={`modal ${className}`}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onClose={onClose}
    >
      <div className="modal__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
