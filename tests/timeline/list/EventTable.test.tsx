import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { generateSynthetic } from '../../../src/data/synthetic';
import { normalizeText } from '../../../src/lib/normalize';
import { renderTable, smallIndex, withViewport } from './fixture';
import { hoverOf } from '../../../src/state/hoverChannel';

withViewport();

const grid = () => screen.getByRole('grid', { name: 'Events' });
const bodyRows = () =>
  within(grid())
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1');
/** The text of each cell that a screen reader reads (aria-hidden decoration left out). */
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .map((c) => {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent;
    });
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('EventTable', () => {
  test('shows each event with its date as precise as known, title, actors, themes and number of sources', () => {
    renderTable(smallIndex());
    expect(grid()).toHaveAttribute('aria-rowcount', '6');
    expect(bodyRows().map(cells)).toEqual([
      ['May 2019', 'A May round of talks', 'Taliban', 'Talks', '1'],
      ['4 May 2019', 'Talks open in Doha', 'Zalmay Khalilzad, Taliban', 'Talks', '2'],
      ['20–26 May 2019 (date uncertain)', 'plannedEnvoy visit planned', 'Zalmay Khalilzad, Pakistan', 'Talks', '1'],
      ['about 10 June 2019', 'Zabīhullāh offers a truce', 'Zabihullah Mujahid', 'Talks', '3'],
      ['2020', 'Behind-the-scenes talks', 'Zalmay Khalilzad', 'Talks', '1'],
    ]);
    expect(bodyRows().map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5', '6']);
  });

  test.each([
    [
      'Title',
      'ascending',
      [
        'A May round of talks',
        'Behind-the-scenes talks',
        'Envoy visit planned',
        'Talks open in Doha',
        'Zabīhullāh offers a truce',
      ],
    ],
    [
      'Sources',
      'descending',
      [
        'Zabīhullāh offers a truce',
        'Talks open in Doha',
        'A May round of talks',
        'Envoy visit planned',
        'Behind-the-scenes talks',
      ],
    ],
    [
      'Actors',
      'ascending',
      [
        'A May round of talks',
        'Zabīhullāh offers a truce',
        'Behind-the-scenes talks',
        'Envoy visit planned',
        'Talks open in Doha',
      ],
    ],
  ])('clicking the %s header sorts by it (%s) and says so with aria-sort', async (column, dir, titles) => {
    renderTable(smallIndex());
    expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header(column)).getByRole('button'));
    expect(header(column)).toHaveAttribute('aria-sort', dir);
    expect(screen.getByRole('status')).toHaveTextContent(`Sorted by ${column.toLowerCase()}, ${dir}`);
    expect(header('Date')).toHaveAttribute('aria-sort', 'none');
    expect(bodyRows().map((r) => cells(r)[1]!.replace(/^planned/, ''))).toEqual(titles);
  });

  test('the order is part of the view: it opens as a link says, and sorting writes it to the store (and so the link)', async () => {
    const { store } = renderTable(smallIndex(), { sortKey: 'sources', sortDir: 'descending' });
    expect(header('Sources')).toHaveAttribute('aria-sort', 'descending');
    expect(cells(bodyRows()[0]!)[1]).toBe('Zabīhullāh offers a truce');
    // Opening sorted is not announced as a change.
    expect(screen.getByRole('status')).toHaveTextContent('');
    await userEvent.click(within(header('Title')).getByRole('button'));
    expect([store.getState().sortKey, store.getState().sortDir]).toEqual(['title', 'ascending']);
  });

  test('clicking a sorted header again reverses the order', async () => {
    renderTable(smallIndex());
    await userEvent.click(within(header('Date')).getByRole('button'));
    expect(header('Date')).toHaveAttribute('aria-sort', 'descending');
    expect(cells(bodyRows()[0]!)[0]).toBe('2020');
  });

  test('clicking a row selects the event and marks the row', async () => {
    const { store } = renderTable(smallIndex());
    const row = screen.getByRole('row', { name: /Talks open in Doha/ });
    expect(row).toHaveAttribute('aria-selected', 'false');
    await userEvent.click(row);
    expect(store.getState().event).toBe('talks-open');
    expect(screen.getByRole('row', { name: /Talks open in Doha/ })).toHaveAttribute('aria-selected', 'true');
    expect(bodyRows().filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(1);
  });

  test('pointing at a row shares the hovered event with the timeline through the hover channel', async () => {
    const { store } = renderTable(smallIndex());
    await userEvent.hover(screen.getByRole('row', { name: /Behind-the-scenes talks/ }));
    expect(hoverOf(store).event.get()).toBe('year-of-talks');
    await userEvent.unhover(screen.getByRole('row', { name: /Behind-the-scenes talks/ }));
    expect(hoverOf(store).event.get()).toBeNull();
  });

  test('arrow keys move between rows and Enter selects; the grid is one tab stop', async () => {
    const { store } = renderTable(smallIndex());
    expect(bodyRows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    act(() => bodyRows()[0]!.focus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '4');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(store.getState().event).toBe('talks-open');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '6');
    await userEvent.keyboard('{End}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '6');
    expect(bodyRows().filter((r) => r.tabIndex === 0)).toEqual([document.activeElement]);
  });

  test('search matches are marked in titles, ignoring case and accents', () => {
    renderTable(smallIndex(), { search: 'zabihullah' });
    const row = screen.getByRole('row', { name: /offers a truce/ });
    const marks = row.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Zabīhullāh']);
  });

  test('filters from the store narrow the rows', () => {
    const { store } = renderTable(smallIndex());
    act(() => store.getState().actions.toggleActor('pakistan'));
    expect(grid()).toHaveAttribute('aria-rowcount', '2');
    expect(bodyRows().map((r) => cells(r)[1])).toEqual(['plannedEnvoy visit planned']);
    act(() => store.getState().actions.toggleActor('pakistan'));
    act(() => store.getState().actions.setSearch('no such words'));
    expect(screen.getByText('No events match the current filters.')).toBeInTheDocument();
  });

  test('the list holds every date, and says how many of its events are in the dates in view', () => {
    const { store } = renderTable(smallIndex());
    expect(screen.getByText(/^5 events, sorted by date/)).toBeInTheDocument();
    // May 2019 only: the June truce offer and the 2020 talks are outside it.
    act(() => store.getState().actions.setWindow([Date.UTC(2019, 4, 1), Date.UTC(2019, 5, 1)]));
    expect(
      screen.getByText(/^5 events across all dates \(3 in the dates in view\), sorted by date/),
    ).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-rowcount', '6');
  });

  test('with 10,000 events only a few rows are in the DOM, and a selection far away is brought in', () => {
    const index = generateSynthetic(10_000, 3);
    const { store } = renderTable(index);
    expect(grid()).toHaveAttribute('aria-rowcount', '10001');
    const shown = bodyRows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(shown[0]).toHaveAttribute('aria-rowindex', '2');
    const far = index.event(9_000);
    act(() => store.getState().actions.select(far.id));
    const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === '9002');
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(cells(row!)[1]).toContain(far.title);
  });

  test('an event with three themes shows two, a count of the rest, and reads all three', () => {
    const index = generateSynthetic(2_000, 4);
    let pos = 0;
    while (index.themeOffsets[pos + 1]! - index.themeOffsets[pos]! < 3) pos++;
    const e = index.event(pos);
    const labels = e.themes.map((id) => index.themes[index.themeIndex.get(id)!]!.label);
    const { store } = renderTable(index);
    act(() => store.getState().actions.select(e.id));
    const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === String(pos + 2))!;
    expect(cells(row)[3]).toBe(labels.join(', '));
    expect(within(row).getAllByRole('gridcell')[3]).toHaveTextContent('+1');
  });

  test('a selection made elsewhere while the list is open scrolls the list to it', () => {
    const index = generateSynthetic(10_000, 3);
    const scrolls: number[] = [];
    const original = Element.prototype.scrollTo;
    const height = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!;
    // jsdom lays nothing out: give the scroller the height of its rows so there is room to scroll.
    Object.defineProperty(Element.prototype, 'scrollHeight', { configurable: true, get: () => 10_000 * 44 });
    Element.prototype.scrollTo = function (this: Element, opts?: ScrollToOptions | number) {
      if (typeof opts === 'object' && typeof opts.top === 'number') scrolls.push(opts.top);
    } as typeof Element.prototype.scrollTo;
    try {
      const { store } = renderTable(index);
      act(() => store.getState().actions.select(index.event(5_000).id));
      // The row's top is 5,000 rows down (44 px each); "auto" alignment brings it just into view.
      expect(scrolls.some((top) => top > 4_980 * 44 && top <= 5_000 * 44)).toBe(true);
      scrolls.length = 0;
      act(() => store.getState().actions.select(index.event(7_000).id));
      expect(scrolls.some((top) => top > 6_980 * 44 && top <= 7_000 * 44)).toBe(true);
    } finally {
      Element.prototype.scrollTo = original;
      Object.defineProperty(Element.prototype, 'scrollHeight', height);
    }
  });

  test('past 200,000 rows the list is paged, and a selection on a later page opens that page', async () => {
    const index = generateSynthetic(250_000, 2);
    const { store } = renderTable(index);
    const nav = screen.getByRole('navigation', { name: 'Pages of events' });
    expect(nav).toHaveTextContent('Rows 1–200,000 of 250,000');
    expect(within(nav).getByRole('button', { name: 'Previous rows' })).toBeDisabled();
    const far = index.event(240_000);
    act(() => store.getState().actions.select(far.id));
    expect(nav).toHaveTextContent('Rows 200,001–250,000 of 250,000');
    const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === '240002');
    expect(row).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(within(nav).getByRole('button', { name: 'Previous rows' }));
    expect(nav).toHaveTextContent('Rows 1–200,000 of 250,000');
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');
  });

  test('with 10,000 events, sorting by title puts the alphabetically first title on top', async () => {
    const index = generateSynthetic(10_000, 3);
    renderTable(index);
    await userEvent.click(within(header('Title')).getByRole('button'));
    let min = '';
    for (let i = 0; i < index.count; i++) {
      const t = normalizeText(index.event(i).title);
      if (!min || t < min) min = t;
    }
    expect(normalizeText(cells(bodyRows()[0]!)[1]!.replace(/^planned/, ''))).toBe(min);
  });
});
