import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onlineManager } from '@tanstack/react-query';
import { generateSynthetic } from '../../src/data/synthetic';
import { FILES, QUOTES, fakeFetch, renderReader } from './fixture';
import { hoverOf } from '../../src/state/hoverChannel';

let fetchMock: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  fetchMock = fakeFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const currentMarks = (root: HTMLElement) => [...root.querySelectorAll('mark[data-current]')];
const article = () => screen.getByRole('article', { name: /^Article:/ });
/** Waits until the article text (with this event's marks) is shown. */
const articleLoaded = () => waitFor(() => expect(currentMarks(article()).length).toBeGreaterThan(0));
/** A quiet mark is named by the quoted words themselves and described by the event it selects. */
const selects = (title: string) => ({
  description: new RegExp(`^Select event: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`),
});

describe('the event card', () => {
  test('shows title, date with precision and derivation, kind, actors, themes, location, flag and sources', async () => {
    renderReader({ event: 'e1' });
    const heading = screen.getByRole('heading', { name: 'Khalilzad: all sides must lay down arms' });
    expect(heading).toBeInTheDocument();
    const region = heading.closest('.reader-card') as HTMLElement;
    expect(region).toHaveTextContent('1 May 2019');
    expect(region).toHaveTextContent('known to the day');
    expect(region).toHaveTextContent('‘on Saturday’, in an article published 10 May 2019');
    expect(region).toHaveTextContent('Statement');
    expect(within(region).getByRole('button', { name: 'Zalmay Khalilzad, speaker' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Taliban, target' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'US–Taliban talks' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Doha');
    const flags = within(region).getByRole('list', { name: 'Flag' });
    expect(flags).toHaveTextContent('Sources disagree: Another report puts the tweet on Friday.');
    // Near the top: right under the title, before the date and who took part.
    const when = within(region).getByText('When');
    expect(flags.compareDocumentPosition(when) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(region).toHaveTextContent('Reported by 2 articles');
  });

  test('clicking an actor or a theme filters by it, and clicking again removes it', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    const actor = screen.getByRole('button', { name: 'Zalmay Khalilzad, speaker' });
    await user.click(actor);
    expect(store.getState().actors).toEqual(['khalilzad']);
    expect(actor).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Ceasefire' }));
    expect(store.getState().themes).toEqual(['ceasefire']);
    await user.click(actor);
    expect(store.getState().actors).toEqual([]);
  });

  test('a date counted from another event names it, and offers to go there', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e6' });
    expect(
      screen.getByText(/‘five days later’, counted from “Khalilzad: all sides must lay down arms”/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to that event' }));
    expect(store.getState().event).toBe('e1');
  });

  test('switches between the articles reporting the event', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    await articleLoaded();
    const sources = screen.getByRole('group', { name: 'Articles reporting this event' });
    await user.click(within(sources).getByRole('button', { name: /A second report/ }));
    expect(await screen.findByRole('heading', { name: 'A second report on the talks' })).toBeInTheDocument();
    // The choice is part of the view (and so of a copied link), and the event stays selected.
    expect(store.getState()).toMatchObject({ event: 'e1', article: 'second' });
    const marks = await waitFor(() => {
      const m = currentMarks(article());
      expect(m.length).toBeGreaterThan(0);
      return m;
    });
    expect(marks.map((m) => m.textContent).join('')).toBe('Khalilzad tweeted again');
    expect(article()).toHaveTextContent('Published 11 May 2019, inferred from ‘on Saturday’');
  });
});

describe('highlights in the article', () => {
  test('this event’s quote is marked exactly, even where another quote overlaps it', async () => {
    renderReader({ event: 'e1' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the article…');
    await screen.findByRole('heading', { name: 'US ready for all sides to lay down arms' });
    await waitFor(() => expect(currentMarks(article()).length).toBeGreaterThan(0));
    const marks = currentMarks(article());
    marks.forEach((m) => expect(m.tagName).toBe('MARK'));
    expect(marks.map((m) => m.textContent).join('')).toBe(QUOTES.e1);
  });

  test('a quote crossing a paragraph break is marked in both paragraphs, and paragraphs are kept', async () => {
    renderReader({ event: 'e3' });
    await waitFor(() => expect(currentMarks(article()).length).toBeGreaterThan(1));
    const marks = currentMarks(article());
    const paras = new Set(marks.map((m) => m.closest('p')));
    expect(paras.size).toBe(2);
    expect(marks.map((m) => m.textContent).join('')).toBe(QUOTES.e3.replace('\n\n', ''));
    expect(article().querySelectorAll('p.reader-para')).toHaveLength(4);
  });

  test('clicking another event’s quiet mark selects that event and stays in the article', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    const quiet = await screen.findAllByRole('button', selects('The Taliban reject disarming'));
    expect(quiet[0]!.closest('mark')).not.toBeNull();
    await user.click(quiet[0]!);
    expect(store.getState().event).toBe('e2');
    const heading = await screen.findByRole('heading', { name: 'The Taliban reject disarming' });
    expect(heading.closest('.reader-card')).toHaveTextContent(
      'Reported by 1 article: US ready for all sides to lay down arms',
    );
    await waitFor(() =>
      expect(
        currentMarks(article())
          .map((m) => m.textContent)
          .join(''),
      ).toBe(QUOTES.e2),
    );
    // e1 is now the quiet one, and can be chosen back.
    expect(screen.getAllByRole('button', selects('Khalilzad: all sides must lay down arms')).length).toBeGreaterThan(0);
  });

  test('a screen reader hears the quoted words of a quiet mark, not only what it does', async () => {
    renderReader({ event: 'e1' });
    const nested = await screen.findByRole('button', selects('Disarmament named as the goal'));
    expect(nested).toHaveAccessibleName(QUOTES.e6);
    expect(nested).toHaveAccessibleDescription('Select event: Disarmament named as the goal');
  });

  test('a quote nested inside this event’s evidence stays reachable, inside the strong mark', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    const nested = await screen.findByRole('button', selects('Disarmament named as the goal'));
    expect(nested.textContent).toBe(QUOTES.e6);
    expect(nested.closest('mark[data-current]')).not.toBeNull();
    await user.click(nested);
    expect(store.getState().event).toBe('e6');
  });

  test('choosing a quiet mark from the keyboard selects its event and moves focus to the card heading', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    const quiet = await screen.findAllByRole('button', selects('Talks will go on'));
    // One tab stop per quote, even when it is cut into several runs.
    expect(quiet.filter((q) => q.tabIndex === 0)).toHaveLength(1);
    quiet.find((q) => q.tabIndex === 0)!.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().event).toBe('e3');
    expect(screen.getByRole('heading', { name: 'Talks will go on' })).toHaveFocus();
  });

  test('the event under the pointer on the timeline lights up its marks here', async () => {
    const { store } = renderReader({ event: 'e1' });
    await articleLoaded();
    const marksOf = (id: string) => [...article().querySelectorAll(`mark[data-event="${id}"]`)];
    expect(marksOf('e2').length).toBeGreaterThan(0);
    act(() => hoverOf(store).event.set('e2'));
    for (const m of marksOf('e2')) expect(m).toHaveClass('reader-mark--hover');
    expect(marksOf('e3').some((m) => m.classList.contains('reader-mark--hover'))).toBe(false);
    act(() => hoverOf(store).event.set(null));
    expect(article().querySelectorAll('.reader-mark--hover')).toHaveLength(0);
  });

  test('the passage a flag is about is underlined, with the flag in words', async () => {
    renderReader({ event: 'e1' });
    await articleLoaded();
    const flagged = [...article().querySelectorAll('.reader-flagged')];
    expect(flagged.map((f) => f.textContent).join('')).toBe('on Saturday');
    expect(flagged[0]).toHaveAttribute('title', 'Another report puts the tweet on Friday.');
  });

  test('search matches are marked too, apart from evidence', async () => {
    renderReader({ event: 'e1', search: 'spokesman' });
    await articleLoaded();
    const hits = [...article().querySelectorAll('mark.reader-search')];
    expect(hits.map((h) => h.textContent)).toEqual(['spokesman']);
    expect(hits[0]!.closest('mark[data-current]')).toBeNull();
  });
});

describe('the article text', () => {
  test('hides page chrome, and "Show original text" shows the file verbatim', async () => {
    const user = userEvent.setup();
    renderReader({ event: 'e1' });
    await articleLoaded();
    expect(article()).not.toHaveTextContent('Home / News / Talks');
    await user.click(screen.getByRole('button', { name: 'Show original text' }));
    const pre = article().querySelector('pre')!;
    expect(pre.textContent).toBe(FILES['talks.txt']);
    expect(
      currentMarks(pre)
        .map((m) => m.textContent)
        .join(''),
    ).toBe(QUOTES.e1);
    expect(screen.getByRole('button', { name: 'Show original text' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('HTML and <script> in an article are shown literally, never run or parsed', async () => {
    renderReader({ article: 'evil' });
    const para = await screen.findByText(/The page contained/);
    expect(para.textContent).toContain('<script>alert("x")</script> and <b>bold</b> markup.');
    expect(article().querySelector('script, b')).toBeNull();
  });

  test('a missing article file gives a readable error with a retry, and the rest of the reader keeps working', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e5' });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The article file gone.txt could not be loaded');
    expect(screen.getByRole('heading', { name: 'Only in a missing file' })).toBeInTheDocument();
    const calls = fetchMock.mock.calls.length;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(calls));
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(store.getState().event).toBe('e4');
  }, 15000);

  test('the article text is fetched once and only when needed', async () => {
    renderReader();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('with nothing selected', () => {
  test('a guide to the dataset and its articles; choosing one shows it with every event marked', async () => {
    const user = userEvent.setup();
    const { store } = renderReader();
    expect(screen.getByRole('heading', { name: 'Test talks dataset' })).toBeInTheDocument();
    expect(screen.getByText('Three events reported in a handful of articles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /US ready for all sides to lay down arms/ }));
    expect(store.getState().article).toBe('talks');
    await screen.findAllByRole('button', selects('The Taliban reject disarming'));
    for (const title of ['Khalilzad: all sides must lay down arms', 'Talks will go on']) {
      expect(screen.getAllByRole('button', selects(title)).length).toBeGreaterThan(0);
    }
    expect(currentMarks(article())).toHaveLength(0);
  });

  test('focus follows into the chosen article, and back to the guide', async () => {
    const user = userEvent.setup();
    renderReader();
    screen.getByRole('button', { name: /An article with markup in it/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'An article with markup in it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'All articles' }));
    expect(screen.getByRole('heading', { name: 'Test talks dataset' })).toHaveFocus();
  });

  test('generated data has no article text, and says so', () => {
    const index = generateSynthetic(50, 1);
    renderReader({ event: index.event(3).id }, index);
    expect(screen.getByText('The article text is not available for generated data.')).toBeInTheDocument();
    expect(screen.getByText(/^Reported by \d+ article/)).not.toHaveTextContent('Reported by 0');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('announcements', () => {
  const liveText = () =>
    [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent!.trim()).filter(Boolean);

  test('a filter change with nothing selected announces nothing here (the filter panel says the count)', () => {
    const { store } = renderReader();
    expect(screen.getByText('6 events')).toBeInTheDocument();
    act(() => store.getState().actions.toggleActor('taliban'));
    expect(liveText()).toEqual([]);
  });

  test('stepping announces where the event stands among the filtered ones', async () => {
    const user = userEvent.setup();
    renderReader({ event: 'e1' });
    await user.keyboard('j');
    expect(liveText().some((t) => t.startsWith('Event 2 of 6: '))).toBe(true);
  });
});

describe('generated data', () => {
  test('the guide promises no passages to read, and large counts are written with separators', () => {
    const index = generateSynthetic(1200, 1);
    renderReader({}, index);
    expect(screen.getByText('This is generated data: it has no source articles to read.')).toBeInTheDocument();
    expect(screen.queryByText(/read the passage that reports it/)).not.toBeInTheDocument();
    expect(screen.queryByText(/search matches are marked here/)).not.toBeInTheDocument();
    expect(screen.getByText('1,200 events')).toBeInTheDocument();
  });

  test('with an event selected, its place reads like a number and the way back names the guide', async () => {
    const user = userEvent.setup();
    const index = generateSynthetic(1200, 1);
    const { store } = renderReader({ event: index.event(1100).id }, index);
    expect(screen.getByText('1,101 of 1,200')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'All articles' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the guide' }));
    expect(store.getState().event).toBeNull();
  });
});

describe('previous and next', () => {
  test('buttons step through events in time order', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e2' });
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(store.getState().event).toBe('e3');
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(store.getState().event).toBe('e1');
    // At the first event "Previous" says it is unavailable but keeps focus, so the keyboard does not fall to the page.
    const prev = screen.getByRole('button', { name: /Previous event/ });
    expect(prev).toHaveAttribute('aria-disabled', 'true');
    expect(prev).toHaveFocus();
    await user.click(prev);
    expect(store.getState().event).toBe('e1');
  });

  test('stepping with j or the buttons leaves focus where it was and announces the event instead', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    const next = screen.getByRole('button', { name: /Next event/ });
    await user.click(next);
    expect(store.getState().event).toBe('e2');
    expect(next).toHaveFocus();
    const box = document.createElement('input');
    box.type = 'checkbox';
    document.body.append(box);
    box.focus();
    await user.keyboard('j');
    expect(store.getState().event).toBe('e3');
    expect(box).toHaveFocus();
    box.remove();
    const live = [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent!.trim());
    expect(
      live.some((t) => t.startsWith(`Event 3 of 6: ${document.querySelector('.reader-card__title')!.textContent}, `)),
    ).toBe(true);
  });

  test('with nothing selected, j starts at the first event in the dates in view and k at the last', async () => {
    const user = userEvent.setup();
    const window: [number, number] = [Date.UTC(2019, 4, 3), Date.UTC(2019, 4, 5)];
    const { store } = renderReader({ window });
    await user.keyboard('j');
    expect(store.getState().event).toBe('e3');
    act(() => store.getState().actions.select(null));
    await user.keyboard('k');
    expect(store.getState().event).toBe('e4');
  });

  test('j/k and ]/[ step, leaving focus alone; ignored while typing', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' });
    await user.keyboard('j');
    expect(store.getState().event).toBe('e2');
    expect(screen.getByRole('heading', { name: 'The Taliban reject disarming' })).not.toHaveFocus();
    await user.keyboard(']');
    expect(store.getState().event).toBe('e3');
    await user.keyboard('k[[');
    expect(store.getState().event).toBe('e1');
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('jjj');
    expect(store.getState().event).toBe('e1');
    input.remove();
    // A focused checkbox (say, in the filter panel) is not typing.
    const box = document.createElement('input');
    box.type = 'checkbox';
    document.body.append(box);
    box.focus();
    await user.keyboard('j');
    expect(store.getState().event).toBe('e2');
    box.remove();
  });

  test('a selection made elsewhere does not steal focus', async () => {
    const { store } = renderReader({ event: 'e1' });
    const before = document.activeElement;
    act(() => store.getState().actions.select('e3'));
    expect(screen.getByRole('heading', { name: 'Talks will go on' })).not.toHaveFocus();
    expect(document.activeElement).toBe(before);
  });

  test('stepping follows the filters', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1', search: 'markup' });
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(store.getState().event).toBe('e4');
  });
});

describe('offline', () => {
  afterEach(() => onlineManager.setOnline(true));

  test('an article not loaded yet says "You are offline", then loads by itself when the connection returns', async () => {
    onlineManager.setOnline(false);
    renderReader({ event: 'e1' });
    expect(await screen.findByText(/You are offline: the article has not been loaded yet/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the article…')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    act(() => onlineManager.setOnline(true));
    await articleLoaded();
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });
});
