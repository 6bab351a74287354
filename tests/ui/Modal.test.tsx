import { useRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { Modal, showModal } from '../../src/ui/Modal';
import { polyfillDialogs } from '../app/dialogHelpers';

polyfillDialogs();

function Harness({ onClose, onEscape, onPageKey }: { onClose(): void; onEscape?: () => void; onPageKey(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <div onKeyDown={onPageKey}>
      <button type="button" onClick={() => showModal(ref.current)}>
        Open it
      </button>
      <Modal dialogRef={ref} className="test-dialog" title="A test dialog" onClose={onClose} onEscape={onEscape}>
        <input aria-label="Inside" />
      </Modal>
    </div>
  );
}

describe('Modal', () => {
  test('is named by its title; Close closes it and says so', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} onPageKey={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open it' }));
    const dialog = screen.getByRole('dialog', { name: 'A test dialog' });
    expect(dialog).toHaveAttribute('open');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('keys typed inside never reach the page behind; Escape closes', async () => {
    const onClose = vi.fn();
    const onPageKey = vi.fn();
    render(<Harness onClose={onClose} onPageKey={onPageKey} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open it' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Inside' }), 'jk');
    await userEvent.keyboard('{Escape}');
    expect(onPageKey).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('with onEscape, Escape does that instead of closing', async () => {
    const onClose = vi.fn();
    const onEscape = vi.fn();
    render(<Harness onClose={onClose} onEscape={onEscape} onPageKey={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open it' }));
    screen.getByRole('textbox', { name: 'Inside' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'A test dialog' })).toHaveAttribute('open');
  });
});
