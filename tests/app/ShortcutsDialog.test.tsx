import { useState } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { ShortcutsDialog } from '../../src/app/ShortcutsDialog';
import { useStepShortcuts } from '../../src/reader/useStepShortcuts';
import { CopyLinkButton } from '../../src/url/CopyLinkButton';
import { createEnvoyStore, SHORTCUTS_KEY } from '../../src/state/store';
import { polyfillDialogs } from './dialogHelpers';

polyfillDialogs();

/** Counts j/k steps the way the reader does. */
function Stepper() {
  const [at, setAt] = useState(0);
  useStepShortcuts((d) => setAt((n) => n + d));
  return <p>Step {at}</p>;
}

function renderShell(store = createEnvoyStore()) {
  render(
    <Providers store={store}>
      <ShortcutsDialog />
      <CopyLinkButton />
      <Stepper />
    </Providers>,
  );
  return store;
}

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  localStorage.clear();
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

const openButton = () => screen.getByRole('button', { name: 'Keyboard shortcuts' });

describe('Keyboard shortcuts dialog', () => {
  test('the header button opens a dialog listing every shortcut; Escape closes it and focus returns to the button', async () => {
    renderShell();
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(openButton());
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const keys of [
      'j or ]',
      'k or [',
      'Shift+L',
      '?',
      '← →',
      'Shift+← →',
      '+ −',
      'Home',
      '0',
      'Page Up / Down',
      'End',
      'Escape',
      'Home / End',
      'Enter',
    ]) {
      expect(within(dialog).getAllByRole('rowheader', { name: keys }).length).toBeGreaterThan(0);
    }
    expect(within(dialog).getByRole('table', { name: /timeline/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('table', { name: /list view/ })).toBeInTheDocument();
    within(dialog).getByRole('checkbox', { name: 'Single-key shortcuts (j, k, [, ], Shift+L, ?)' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(openButton()).toHaveFocus();
  });

  test('"?" opens it from anywhere, but not while the switch is off', async () => {
    renderShell();
    await userEvent.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Single-key shortcuts/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('turning the switch off stops j from stepping and Shift+L from copying; on again, both work', async () => {
    renderShell();
    await userEvent.keyboard('j');
    expect(screen.getByText('Step 1')).toBeInTheDocument();
    await userEvent.click(openButton());
    const box = screen.getByRole('checkbox', { name: /Single-key shortcuts/ });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(box).not.toBeChecked();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('jj]{Shift>}L{/Shift}');
    expect(screen.getByText('Step 1')).toBeInTheDocument();
    expect(writeText).not.toHaveBeenCalled();
    await userEvent.click(openButton());
    await userEvent.click(screen.getByRole('checkbox', { name: /Single-key shortcuts/ }));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('k{Shift>}L{/Shift}');
    expect(screen.getByText('Step 0')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  test('keys pressed inside the open dialog never act on the page behind it', async () => {
    renderShell();
    await userEvent.click(openButton());
    screen.getByRole('checkbox', { name: /Single-key shortcuts/ }).focus();
    await userEvent.keyboard('j{Shift>}L{/Shift}');
    expect(screen.getByText('Step 0')).toBeInTheDocument();
    expect(writeText).not.toHaveBeenCalled();
  });

  test('the choice is remembered in localStorage and read by the next store', async () => {
    const store = renderShell();
    await userEvent.click(openButton());
    await userEvent.click(screen.getByRole('checkbox', { name: /Single-key shortcuts/ }));
    expect(store.getState().shortcuts).toBe(false);
    expect(localStorage.getItem(SHORTCUTS_KEY)).toBe('false');
    expect(createEnvoyStore().getState().shortcuts).toBe(false);
    act(() => store.getState().actions.setShortcuts(true));
    expect(createEnvoyStore().getState().shortcuts).toBe(true);
  });

  test('storage that throws leaves the shortcuts on and the switch still works', () => {
    const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    try {
      const store = createEnvoyStore();
      expect(store.getState().shortcuts).toBe(true);
      store.getState().actions.setShortcuts(false);
      expect(store.getState().shortcuts).toBe(false);
    } finally {
      get.mockRestore();
      set.mockRestore();
    }
  });
});
