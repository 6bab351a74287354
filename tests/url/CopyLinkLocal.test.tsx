import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createEnvoyStore } from '../../src/state/store';
import { StoreContext } from '../../src/state/StoreContext';
import { CopyLinkButton } from '../../src/url/CopyLinkButton';

const NOTE = 'This view uses a file that only you have; share the file with the link';
let writeText: ReturnType<typeof vi.fn>;

function renderButton() {
  render(
    <StoreContext.Provider value={createEnvoyStore({ event: 'afg90001' })}>
      <CopyLinkButton />
    </StoreContext.Provider>,
  );
}

beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));

describe('Copy link on a view of a file kept in this browser', () => {
  test('still copies the link, with its data keys, and says in words that the file is only yours', async () => {
    window.history.replaceState(null, '', '/envoy/?local=3d46691e10e3979b');
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/envoy/?local=3d46691e10e3979b&event=afg90001`);
    expect(screen.getByRole('status')).toHaveTextContent(`Link copied. ${NOTE}`);
  });

  test('a dataset from a URL is shareable: the link keeps data= readable and says nothing more', async () => {
    window.history.replaceState(null, '', '/envoy/?data=https://example.org/x/dataset.json');
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/envoy/?data=https://example.org/x/dataset.json&event=afg90001`,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Link copied$/);
  });

  test('without a clipboard, the field to copy by hand says it too', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    window.history.replaceState(null, '', '/envoy/?local=3d46691e10e3979b');
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('textbox', { name: new RegExp(NOTE) })).toHaveValue(
      `${window.location.origin}/envoy/?local=3d46691e10e3979b&event=afg90001`,
    );
  });
});
