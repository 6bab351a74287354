import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { DatasetContext } from '../../src/data/DatasetContext';
import { createEnvoyStore } from '../../src/state/store';
import type { ViewState } from '../../src/state/viewState';
import { TimelinePanel } from '../../src/timeline/TimelinePanel';
import { fullWindow } from '../../src/timeline/core/limits';
import { makeIndex } from './fixtures';

const index = makeIndex([
  { day: '2019-05-04', actors: [0], themes: [0] },
  { day: '2019-06-01', days: 30, precision: 2, actors: [1], themes: [1] },
  { day: '2020-02-29', actors: [0, 1], themes: [2] },
]);

// jsdom has no canvas: say so quietly (the timeline then skips drawing) instead of logging on every frame.
const realGetContext = HTMLCanvasElement.prototype.getContext;
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof realGetContext;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = realGetContext;
});

// A story in 2019–2020 with one background event in 2001, and a home window on the story.
const homed = {
  ...makeIndex([{ day: '2001-09-11' }, { day: '2019-05-04' }, { day: '2019-06-01', days: 30 }, { day: '2020-02-29' }]),
  home: [Date.UTC(2019, 3, 1), Date.UTC(2020, 3, 1)] as [number, number],
};

function renderPanel(initial: Partial<ViewState> = {}, ix = index) {
  const store = createEnvoyStore(initial);
  render(
    <Providers store={store}>
      <DatasetContext.Provider value={ix}>
        <TimelinePanel />
      </DatasetContext.Provider>
    </Providers>,
  );
  return store;
}

describe('TimelinePanel', () => {
  test('the timeline is one focusable element that says how many events it shows and how to use it', () => {
    renderPanel();
    const app = screen.getByRole('application', { name: /Timeline of 3 events/ });
    expect(app).toHaveAttribute('tabindex', '0');
    expect(app).toHaveAttribute('aria-roledescription', 'timeline');
    expect(app.getAttribute('aria-label')).toMatch(/arrow/i);
  });

  test('when no event passes the filters, the timeline says so in words', () => {
    renderPanel({ search: 'no event has these words' });
    expect(screen.getByRole('application', { name: /Timeline of 0 events/ })).toBeInTheDocument();
    expect(screen.getByText(/No events match the filters/)).toBeInTheDocument();
  });

  test.each([
    ['Zoom in', 2],
    ['Zoom out', 0.5],
  ])('%s halves or doubles the window in the store, around its centre', async (name, factor) => {
    const full = fullWindow(index.span);
    const mid = (full[0] + full[1]) / 2;
    const quarter = (full[1] - full[0]) / 8;
    const store = renderPanel({ window: [mid - quarter, mid + quarter] });
    await userEvent.click(screen.getByRole('button', { name }));
    const w = store.getState().window!;
    expect((2 * quarter) / (w[1] - w[0])).toBeCloseTo(factor, 5);
    expect((w[0] + w[1]) / 2).toBeCloseTo(mid, -3);
  });

  test('without a home window of its own, zooming out past everything or Fit all is the opening view (no window)', async () => {
    const full = fullWindow(index.span);
    const store = renderPanel({ window: [full[0], full[0] + (full[1] - full[0]) * 0.6] });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState().window).toBeNull();
    act(() => store.getState().actions.setWindow([full[0], full[0] + 1e10]));
    await userEvent.click(screen.getByRole('button', { name: /Fit all/ }));
    expect(store.getState().window).toBeNull();
  });

  test('Fit all shows every date as an explicit window, and Reset view goes back to the opening (home) view', async () => {
    const store = renderPanel({}, homed);
    const reset = screen.getByRole('button', { name: 'Reset view' });
    expect(reset).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Fit all/ }));
    const w = store.getState().window!;
    expect(w).not.toBeNull();
    expect(w[0]).toBeLessThanOrEqual(homed.span[0]);
    expect(w[1]).toBeGreaterThanOrEqual(homed.span[1]);
    expect(reset).toBeEnabled();
    await userEvent.click(reset);
    expect(store.getState().window).toBeNull();
    expect(reset).toBeDisabled();
  });

  test('zoom buttons start from the home view, and zooming out past everything keeps every date in view', async () => {
    const store = renderPanel({}, homed);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [a, b] = store.getState().window!;
    const [h0, h1] = homed.home;
    expect(b - a).toBeCloseTo((h1 - h0) / 2, -3);
    expect((a + b) / 2).toBeCloseTo((h0 + h1) / 2, -3);
    for (let k = 0; k < 8; k++) await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState().window).toEqual(fullWindow(homed.span).map(Math.round));
    // At the widest view "−" would change nothing: it says so by being disabled, and "+" still works.
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
  });

  test('edge hints count the events outside the view and show them; none when nothing is outside', async () => {
    const store = renderPanel({}, homed);
    // Home (April 2019 – March 2020) leaves out the 2001 event; nothing is later.
    const earlier = screen.getByRole('button', { name: 'Show 1 earlier event' });
    expect(earlier).toHaveTextContent('1 earlier');
    expect(screen.queryByRole('button', { name: /later event/ })).toBeNull();
    await userEvent.click(earlier);
    const [from, to] = store.getState().window!;
    expect(from).toBeLessThan(Date.UTC(2001, 8, 11));
    expect(to).toBeGreaterThan(Date.UTC(2001, 8, 12));
    expect(to).toBeLessThan(Date.UTC(2002, 0, 1));
    expect(screen.queryByRole('button', { name: /earlier event/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show 3 later events' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Fit all/ }));
    expect(screen.queryByRole('button', { name: /(earlier|later) event/ })).toBeNull();
  });

  test('the lane and colour switches change the store', async () => {
    const store = renderPanel();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Lanes/ }), 'actor');
    expect(store.getState().lanes).toBe('actor');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Colour/ }), 'actor');
    expect(store.getState().colorBy).toBe('actor');
  });

  test('the legend lists the theme colours, or the actor colours when colouring by actor', async () => {
    const store = renderPanel();
    expect(
      within(screen.getByRole('list', { name: 'Theme colours' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Theme 0', 'Theme 1', 'Theme 2']);
    act(() => store.getState().actions.setColorBy('actor'));
    expect(
      within(screen.getByRole('list', { name: 'Actor colours' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Actor 0', 'Actor 1', 'Actor 2']);
  });

  test('the List toggle shows the list view and hides the canvas timeline and its zoom buttons', async () => {
    const store = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(store.getState().mode).toBe('list');
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('application', { name: /Timeline of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
    expect(screen.getByRole('grid', { name: 'Events' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(screen.getByRole('application', { name: /Timeline of/ })).toBeInTheDocument();
  });

  test('a selected event is shown under the toolbar with its date as precise as known, and can be cleared', async () => {
    const store = renderPanel({ event: 'e1' });
    expect(screen.getByText('Selected:').parentElement).toHaveTextContent('Selected: Event 1 June 2019');
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().event).toBeNull();
    expect(screen.queryByText('Selected:')).toBeNull();
  });
});
