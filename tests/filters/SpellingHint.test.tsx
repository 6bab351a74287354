import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderPanel } from './renderPanel';
import { decode, encode, MAX_SEARCH } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/state/viewState';

const summary = () => screen.getByText(/^Showing/, { selector: 'p' });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search events' });
const hintText = () => document.getElementById('event-search-hint')!;

describe('the spelling hint under the event search', () => {
  afterEach(() => vi.useRealTimers());

  test('a name spelled another way ("Zalmai") finds no events, and the hint offers the actor instead', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel();
    await user.type(searchBox(), 'Zalmai');
    expect(summary()).toHaveTextContent('Showing 0 of 7 events');
    const go = await screen.findByRole('button', { name: "Show Zalmay Khalilzad's events" }, { timeout: 2000 });
    expect(hintText()).toHaveTextContent('No events mention “Zalmai”. Did you mean Zalmay Khalilzad?');
    expect(hintText()).toHaveAttribute('aria-live', 'polite');
    expect(searchBox()).toHaveAccessibleDescription('No events mention “Zalmai”. Did you mean Zalmay Khalilzad?');
    await user.click(go);
    expect(store.getState().actors).toEqual(['khalilzad']);
    expect(store.getState().search).toBe('');
    expect(summary()).toHaveTextContent('Showing 3 of 7 events');
    expect(
      within(screen.getByRole('list', { name: 'Active filters' })).getByRole('button', {
        name: 'Remove actor filter: Zalmay Khalilzad',
      }),
    ).toBeInTheDocument();
    // The hint is gone and the keyboard is back in the (now empty) search box.
    expect(screen.queryByRole('button', { name: /^Show .*'s events$/ })).toBeNull();
    expect(hintText()).toBeEmptyDOMElement();
    expect(searchBox()).toHaveFocus();
  });

  test('the hint waits until typing pauses, so it is announced once and never for a half-typed word', () => {
    vi.useFakeTimers();
    const { store } = renderPanel();
    const type = (text: string) => act(() => store.getState().actions.setSearch(text));
    type('Zalm');
    act(() => vi.advanceTimersByTime(300));
    type('Zalma');
    act(() => vi.advanceTimersByTime(300));
    type('Zalmai');
    act(() => vi.advanceTimersByTime(300));
    expect(hintText()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(200));
    expect(hintText()).toHaveTextContent('Did you mean Zalmay Khalilzad?');
    // Typing again hides the old hint at once, before the next pause.
    type('Zalmai x');
    expect(hintText()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: "Show Zalmay Khalilzad's events" })).toBeNull();
  });

  test('an alias no event uses ("Zabiullah") offers the spokesman, replacing other ticked actors', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel({ actors: ['pakistan'], search: 'Zabiullah' });
    const go = await screen.findByRole('button', { name: "Show Zabihullah Mujahid's events" }, { timeout: 2000 });
    expect(hintText()).toHaveTextContent('No events mention “Zabiullah”. Did you mean Zabihullah Mujahid?');
    await user.click(go);
    expect(store.getState().actors).toEqual(['mujahid']);
    expect(summary()).toHaveTextContent('Showing 1 of 7 events');
  });

  test('a search that finds nothing says which word found nothing, once typing pauses', () => {
    vi.useFakeTimers();
    for (const [search, why] of [
      ['Napoleon', 'No event has a word starting with “napoleon”.'],
      ['Khalilzad Napoleon', 'No event has a word starting with “napoleon”; every word must match.'],
      ['Khalilzad Eid', 'Each word is found, but no event has both together.'],
    ]) {
      const { unmount } = renderPanel({ search });
      act(() => vi.advanceTimersByTime(500));
      expect(summary()).toHaveTextContent('Showing 0 of 7 events');
      expect(hintText()).toHaveTextContent(why!);
      expect(searchBox()).toHaveAccessibleDescription(why!);
      unmount();
    }
  });

  test('words that are in the events get no hint and the search is unchanged', () => {
    vi.useFakeTimers();
    for (const search of ['Khalilzad', 'prisoners', 'Taliban Khalilzad']) {
      const { unmount, store } = renderPanel({ search });
      act(() => vi.advanceTimersByTime(500));
      expect(hintText()).toBeEmptyDOMElement();
      expect(screen.queryByRole('button', { name: /'s events$/ })).toBeNull();
      expect(store.getState().search).toBe(search);
      unmount();
    }
  });
});

describe('the search box and links agree on length', () => {
  test('typing or pasting past the link limit keeps the first 200 characters (emoji count as one) and says so', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel();
    const long = '😀'.repeat(150) + 'a'.repeat(100);
    searchBox().focus();
    await user.paste(long);
    expect([...store.getState().search].length).toBe(MAX_SEARCH);
    expect(store.getState().search).toBe([...long].slice(0, MAX_SEARCH).join(''));
    expect(searchBox()).toHaveValue(store.getState().search);
    expect(
      screen.getByText(`A search holds at most ${MAX_SEARCH} characters; the rest was left out.`),
    ).toBeInTheDocument();
    // What the box holds is exactly what a link reopens.
    expect(decode(encode({ ...DEFAULT_VIEW, search: store.getState().search })).view.search).toBe(
      store.getState().search,
    );
  });
});
