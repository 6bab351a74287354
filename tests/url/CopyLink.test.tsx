import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createEnvoyStore, type EnvoyStore } from '../../src/state/store';
import { StoreContext } from '../../src/state/StoreContext';
import { CopyLinkButton } from '../../src/url/CopyLinkButton';
import { CopyEventLink } from '../../src/url/CopyEventLink';

function renderButton(store: EnvoyStore) {
  return render(
    <StoreContext.Provider value={store}>
      <CopyLinkButton />
      <label>
        Search <input type="search" />
      </label>
      <CopyEventLink eventId="doha-agreement" />
    </StoreContext.Provider>,
  );
}

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  window.history.replaceState(null, '', '/envoy/?synthetic=500');
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('Copy link', () => {
  test('copies the view on screen, under the same path, and says "Link copied"', async () => {
    const store = createEnvoyStore({
      event: 'doha-agreement',
      themes: ['talks'],
      window: [Date.UTC(2019, 0, 1), Date.UTC(2019, 6, 1)],
    });
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/envoy/?synthetic=500&event=doha-agreement&themes=talks&from=2019-01&to=2019-06`,
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Link copied');
  });

  test('Shift+L copies too, but not while typing in a field', async () => {
    renderButton(createEnvoyStore({ event: 'doha-meeting' }));
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }));
    await userEvent.keyboard('{Shift>}L{/Shift}');
    expect(writeText).not.toHaveBeenCalled();
    await userEvent.click(document.body);
    await userEvent.keyboard('{Shift>}L{/Shift}');
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/envoy\/\?synthetic=500&event=doha-meeting$/));
  });

  test('without a clipboard, the link is shown selected in a field to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderButton(createEnvoyStore({ event: 'doha-meeting' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: /Copy this link/ });
    expect(field).toHaveValue(`${window.location.origin}/envoy/?synthetic=500&event=doha-meeting`);
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionEnd).toBe((field as HTMLInputElement).value.length);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /Copy this link/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  });
});

describe('Link to this event', () => {
  test('copies a link to the event alone, whatever the current filters', async () => {
    renderButton(createEnvoyStore({ event: 'doha-meeting', actors: ['taliban'] }));
    await act(async () => screen.getByRole('button', { name: 'Link to this event' }).click());
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/envoy/?synthetic=500&event=doha-agreement`);
  });
});
