import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dayToMs } from '../../src/lib/days';
import { renderPanel } from './renderPanel';
import { fixtureDataset } from './fixture';
import { allDatesWindow } from '../../src/data/home';
import { indexOf } from '../fixtures/dataset';

const summary = () => screen.getByText(/^Showing/, { selector: 'p' });
const actorBox = (name: string) =>
  within(screen.getByRole('region', { name: /^Actors/ })).getByRole('checkbox', { name });
const themeBox = (name: string) =>
  within(screen.getByRole('region', { name: /^Themes/ })).getByRole('checkbox', { name });

describe('FilterPanel', () => {
  afterEach(() => vi.useRealTimers());

  test('ticking an actor narrows the summary and shows a chip that removes it', async () => {
    const { store } = renderPanel();
    expect(summary()).toHaveTextContent('Showing 7 of 7 events');
    await userEvent.click(actorBox('Zalmay Khalilzad'));
    expect(summary()).toHaveTextContent('Showing 3 of 7 events');
    expect(store.getState().actors).toEqual(['khalilzad']);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await userEvent.click(within(chips).getByRole('button', { name: 'Remove actor filter: Zalmay Khalilzad' }));
    expect(summary()).toHaveTextContent('Showing 7 of 7 events');
    expect(actorBox('Zalmay Khalilzad')).not.toBeChecked();
  });

  test('actors are grouped under type headings, with affiliation and a count of events in view', () => {
    renderPanel();
    const actors = screen.getByRole('region', { name: /^Actors/ });
    const headings = within(actors)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['People 2', 'States and governments 3', 'Armed groups 1', 'International bodies 1']);
    expect(actorBox('Zabihullah Mujahid')).toHaveAccessibleDescription('Taliban spokesman · Taliban 1 event in view');
    expect(actorBox('Taliban')).toHaveAccessibleDescription('4 events in view');
  });

  test('"only this" replaces the selection with one actor or theme', async () => {
    const { store } = renderPanel({ actors: ['khalilzad', 'pakistan'] });
    await userEvent.click(screen.getByRole('button', { name: 'Only Taliban' }));
    expect(store.getState().actors).toEqual(['taliban']);
    expect(summary()).toHaveTextContent('Showing 4 of 7 events');
    await userEvent.click(screen.getByRole('button', { name: 'Only Prisoner releases' }));
    expect(themeBox('Prisoner releases')).toBeChecked();
    expect(summary()).toHaveTextContent('Showing 2 of 7 events');
  });

  test('match mode "all" shows only the events where every selected actor appears, and counts follow', async () => {
    renderPanel({ actors: ['khalilzad', 'taliban'] });
    expect(summary()).toHaveTextContent('Showing 5 of 7 events');
    const mode = screen.getByRole('radiogroup', { name: 'Actor match' });
    await userEvent.click(within(mode).getByRole('radio', { name: 'All selected actors' }));
    expect(summary()).toHaveTextContent('Showing 2 of 7 events');
    // What ticking Pakistan as well would show: the one meeting of all three.
    expect(actorBox('Pakistan')).toHaveAccessibleDescription('1 event in view');
    expect(actorBox('United States')).toHaveAccessibleDescription('0 events in view');
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Theme match' })).getByRole('radio', {
        name: 'All selected themes',
      }),
    );
    await userEvent.click(themeBox('US–Taliban talks'));
    await userEvent.click(themeBox('Prisoner releases'));
    expect(summary()).toHaveTextContent('Showing 1 of 7 events');
  });

  test.each([
    ['zabiullah', 'Zabihullah Mujahid', 'matches “Zabiullah Mujahid”'],
    ['ISLAMIC EMIRATE', 'Taliban', 'matches “Islamic Emirate of Afghanistan”'],
    ['washington', 'United States', 'matches “Washington”'],
    ['spokesman', 'Zabihullah Mujahid', 'matches “Taliban spokesman”'],
    ['Zabihulah', 'Zabihullah Mujahid', 'similar to “Zabihullah Mujahid”'],
  ])('the actor search finds %j under its other spelling', async (query, name, hint) => {
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), query);
    const actors = screen.getByRole('region', { name: /^Actors/ });
    expect(
      within(actors)
        .getAllByRole('checkbox')
        .map(
          (c) =>
            c.getAttribute('aria-labelledby') &&
            document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent,
        ),
    ).toEqual([name]);
    expect(within(actors).getByText(new RegExp(hint.replace(/[“”]/g, '.')))).toBeInTheDocument();
  });

  test('the arrow keys move between actor checkboxes, across group headings', async () => {
    renderPanel();
    actorBox('Zalmay Khalilzad').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(actorBox('Afghan government')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(actorBox('Zabihullah Mujahid')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(actorBox('United Nations')).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(actorBox('United Nations')).toBeChecked();
  });

  test('Down from the actor search box goes to the first actor found', async () => {
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), 'islamabad{ArrowDown}');
    expect(actorBox('Pakistan')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('searchbox', { name: 'Find an actor' })).toHaveFocus();
  });

  test('an actor search with no match says so', async () => {
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), 'Napoleon');
    expect(screen.getByText('No actor is called “Napoleon”, or anything like it, in any article.')).toBeInTheDocument();
  });

  test('the event search is case- and accent-insensitive and dims actors it leaves with no events', async () => {
    const { store } = renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ZABĪHULLAH');
    expect(store.getState().search).toBe('ZABĪHULLAH');
    expect(summary()).toHaveTextContent('Showing 1 of 7 events');
    const un = actorBox('United Nations');
    expect(un).toHaveAccessibleDescription('0 events in view');
    expect(un.closest('li')).toHaveClass('frow--zero');
  });

  test('clearing one group keeps the selections in other groups', async () => {
    const { store } = renderPanel({ actors: ['khalilzad', 'pakistan', 'mujahid'] });
    await userEvent.click(screen.getByRole('button', { name: 'Clear People (2 selected)' }));
    expect(store.getState().actors).toEqual(['pakistan']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear actors' }));
    expect(store.getState().actors).toEqual([]);
  });

  test('"Reset all" clears actors, themes, modes and search, and leaves the view (the window) where it is', async () => {
    const window: [number, number] = [dayToMs('2018-01-01'), dayToMs('2019-01-01')];
    const { store } = renderPanel({ actors: ['taliban'], themes: ['talks'], actorMode: 'all', search: 'doha', window });
    expect(summary()).toHaveTextContent('Showing 1 of 3 events in view');
    await userEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    const s = store.getState();
    expect([s.actors, s.themes, s.actorMode, s.search, s.window]).toEqual([[], [], 'any', '', window]);
    expect(summary()).toHaveTextContent('Showing 3 of 3 events in view');
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled();
  });

  test('zooming is not a filter: a window alone adds no chip and leaves "Reset all" off', () => {
    renderPanel({ window: [dayToMs('2019-01-01'), dayToMs('2020-03-01')] });
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Dates in view' })).toBeInTheDocument();
  });

  test('the window restricts the counts to events in view but the other dates are still reported', () => {
    renderPanel({ actors: ['taliban'], window: [dayToMs('2019-01-01'), dayToMs('2020-03-01')] });
    expect(summary()).toHaveTextContent('Showing 3 of 4 events in view');
    expect(screen.getByText('4 of 7 in all dates')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove dates filter/ })).toBeNull();
    expect(actorBox('Zalmay Khalilzad')).toHaveAccessibleDescription(
      'US special envoy · United States 1 event in view',
    );
  });

  test('editing the dates moves the window; a reversed range is explained and not applied', () => {
    const { store } = renderPanel();
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('7 October 2001');
    expect(to).toHaveValue('30 August 2021');
    fireEvent.change(from, { target: { value: '2019-01-01' } });
    expect(store.getState().window).toEqual([dayToMs('2019-01-01'), dayToMs('2021-08-31')]);
    fireEvent.change(to, { target: { value: '2018-06-30' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The “From” date must be on or before the “To” date.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().window).toEqual([dayToMs('2019-01-01'), dayToMs('2021-08-31')]);
    fireEvent.change(to, { target: { value: '2019-12-31' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().window).toEqual([dayToMs('2019-01-01'), dayToMs('2020-01-01')]);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().window).toBeNull();
  });

  test('with a home window, the panel opens on it: dates, counts and summary describe the home view; Show all shows every date', () => {
    const ds = fixtureDataset();
    ds.home = { earliest: '2019-01-01', latest: '2019-12-31', note: 'The 2019 talks.' };
    const { store } = renderPanel({}, indexOf(ds));
    // Home overlaps the prisoner demand, the Eid ceasefire and the twenty-year war.
    expect(summary()).toHaveTextContent('Showing 3 of 3 events in view');
    expect(screen.getByText('7 of 7 in all dates')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Dates in view' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('1 January 2019');
    expect(screen.getByLabelText('To')).toHaveValue('31 December 2019');
    expect(actorBox('Pakistan')).toHaveAccessibleDescription('1 event in view');
    expect(screen.queryByRole('button', { name: /Remove dates filter/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    // The same "every date" as the timeline's Fit all: one window for everything.
    expect(store.getState().window).toEqual(allDatesWindow(indexOf(ds).span));
    expect(summary()).toHaveTextContent('Showing 7 of 7 events in all dates');
    expect(summary()).not.toHaveTextContent('in view');
    expect(screen.getByRole('group', { name: 'Dates (all)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all' })).toBeDisabled();
    act(() => store.getState().actions.setWindow(null));
    // Typing one edge keeps the other where the home view has it.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2019-06-01' } });
    expect(store.getState().window).toEqual([dayToMs('2019-06-01'), dayToMs('2020-01-01')]);
  });

  test('the date boxes read and write the house style ("1 July 2018"), never the US "07/01/2018"', () => {
    const { store } = renderPanel();
    const from = screen.getByLabelText('From');
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '1 July 2018' } });
    expect(store.getState().window).toEqual([dayToMs('2018-07-01'), dayToMs('2021-08-31')]);
    fireEvent.blur(from);
    expect(from).toHaveValue('1 July 2018');
    fireEvent.change(from, { target: { value: 'Sept 3, 2019' } });
    expect(store.getState().window![0]).toBe(dayToMs('2019-09-03'));
    fireEvent.blur(from);
    expect(from).toHaveValue('3 September 2019');
    fireEvent.change(from, { target: { value: '07/01/2018' } });
    fireEvent.blur(from);
    expect(store.getState().window![0]).toBe(dayToMs('2019-09-03'));
    expect(screen.getByRole('alert')).toHaveTextContent('such as 1 July 2018');
  });

  test('a half-typed year is not applied, and is explained once the person leaves the box', () => {
    const { store } = renderPanel();
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '0201-01-01' } });
    expect(store.getState().window).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(from);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a year between 1900 and 2100.');
  });

  test('screen readers hear the new count once the person pauses, not on every change', () => {
    vi.useFakeTimers();
    const { store } = renderPanel();
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Showing 7 of 7 events');
    act(() => store.getState().actions.setSearch('p'));
    act(() => vi.advanceTimersByTime(300));
    act(() => store.getState().actions.setSearch('prisoners'));
    act(() => vi.advanceTimersByTime(300));
    expect(summary()).toHaveTextContent('Showing 3 of 7 events');
    expect(live).toHaveTextContent('Showing 7 of 7 events');
    act(() => vi.advanceTimersByTime(200));
    expect(live).toHaveTextContent('Showing 3 of 7 events');
  });

  test('a slow wheel gesture (the window stepping every 600 ms) is announced once, when it ends', () => {
    vi.useFakeTimers();
    const { store } = renderPanel();
    const live = screen.getByRole('status');
    const heard = [live.textContent];
    const listen = () => {
      if (live.textContent !== heard[heard.length - 1]) heard.push(live.textContent);
    };
    const steps = ['2005-01-01', '2010-01-01', '2015-01-01', '2018-01-01', '2019-01-01'];
    for (const day of steps) {
      act(() => store.getState().actions.setWindow([dayToMs(day), dayToMs('2021-08-31')]));
      for (let k = 0; k < 6; k++) {
        act(() => vi.advanceTimersByTime(100));
        listen();
      }
    }
    for (let k = 0; k < 20; k++) {
      act(() => vi.advanceTimersByTime(100));
      listen();
    }
    // What it said before, then once the new count: never the counts of the steps in between.
    expect(heard).toEqual(['Showing 7 of 7 events in all dates', 'Showing 5 of 5 events in view']);
  });
});
