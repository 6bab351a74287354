import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { inStoryOrder, storyOrder } from '../data/storyOrder';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import { selectActions, selectArticle, selectEvent } from '../state/selectors';
import { ArticleView } from './ArticleView';
import { EventCard } from './EventCard';
import { EventStrip } from './EventStrip';
import { dateText } from './dateWords';
import { Guide } from './Guide';
import { articlesOf, eventsByArticle } from './eventsByArticle';
import { placeOf, stepIntoWindow, stepPosition } from './step';
import { useStepShortcuts } from './useStepShortcuts';
import './reader.css';
import type { EventT } from '../data/schema';
import { formatCount } from '../lib/formatCount';

const NO_EVENTS: EventT[] = [];

export interface ReaderPanelProps {
  /** Renders the "Link to this event" action for the selected event (provided by the app's URL code). */
  linkToEvent?: (eventId: string) => ReactNode;
}

/**
 * The source-article reader: the selected event's card and its article with the evidence highlighted;
 * with nothing selected, a guide and the list of articles.
 */
export function ReaderPanel({ linkToEvent }: ReaderPanelProps) {
  const index = useIndex();
  const store = useEnvoyStore();
  const actions = useEnvoy(selectActions);
  const eventId = useEnvoy(selectEvent);
  const articleId = useEnvoy(selectArticle);
  const filtered = useFilteredEvents();
  // Stepped through in the order they are told: a wide uncertain window sits by its latest day, not its earliest.
  // Worked out when first needed (a selection, a step): at a million events it is a pass the first render can spare.
  const story = useMemo(() => {
    let s: { shown: Uint32Array; rank: Uint32Array | undefined; time: Float64Array } | undefined;
    return () => (s ??= { shown: inStoryOrder(index, filtered), ...storyOrder(index) });
  }, [index, filtered]);
  const [preferred, setPreferred] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusCard = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  // Where focus goes once the view this button opens has rendered (the button itself is gone by then).
  const focusAfter = useRef<string | null>(null);

  const pos = eventId === null ? -1 : index.indexOf(eventId);
  const event = pos >= 0 ? index.event(pos) : null;

  const select = useCallback(
    (id: string, fromKeyboard: boolean) => {
      // Re-choosing the event already shown changes nothing to wait for: focus now, and leave no flag behind.
      const current = store.getState().event;
      const same = current !== null && index.indexOf(current) === index.indexOf(id);
      if (fromKeyboard && same) headingRef.current?.focus({ preventScroll: true });
      focusCard.current = fromKeyboard && !same;
      actions.select(id);
    },
    [actions, store, index],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const { event: current, window } = store.getState();
      const at = current === null ? -1 : index.indexOf(current);
      // With nothing selected, start from the dates in view rather than the dataset's first or last event.
      const { shown, rank, time } = story();
      const to =
        at >= 0
          ? stepPosition(shown, at, direction, rank)
          : stepIntoWindow(shown, time, viewWindow(index, window), direction);
      // Focus stays where the person is (the timeline, a button): the live region says where they went instead.
      if (to >= 0) select(index.event(to).id, false);
    },
    [store, index, story, select],
  );
  useStepShortcuts(step);

  // Focus follows a selection made from the keyboard or by stepping, never one made elsewhere with the pointer.
  useEffect(() => {
    if (!focusCard.current) return;
    focusCard.current = false;
    headingRef.current?.focus({ preventScroll: true });
  }, [event?.id]);

  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    rootRef.current?.querySelector<HTMLElement>(target)?.focus({ preventScroll: true });
  }, [eventId, articleId]);
  const openArticle = useCallback(
    (id: string | null) => {
      focusAfter.current = id === null ? '.reader-guide__title' : '.reader-article__title';
      actions.showArticle(id);
    },
    [actions],
  );

  const articleIds = event ? articlesOf(index, event) : [];
  const shownArticleId = event
    ? ([preferred, articleId].find((id) => id !== null && articleIds.includes(id)) ?? articleIds[0] ?? null)
    : articleId !== null && index.articleIndex.has(articleId)
      ? articleId
      : null;
  const article = shownArticleId === null ? undefined : index.articles[index.articleIndex.get(shownArticleId)!];

  // The chosen source goes into the store (and so the link) beside the event, so a copied link opens on it.
  const chooseSource = (id: string) => {
    setPreferred(id);
    store.setState({ article: id });
  };

  const onSelectFromArticle = (id: string, fromKeyboard: boolean) => {
    // Stay in the article the reader clicked in, if the chosen event is reported there.
    setPreferred(shownArticleId);
    select(id, fromKeyboard);
  };

  // The card is at the top of the panel's scroll (phones): scroll the panel, never the page, and focus its heading.
  const goToCard = () => {
    const panel = rootRef.current;
    if (panel) panel.scrollTop = 0;
    headingRef.current?.focus({ preventScroll: true });
  };

  // The story order holds the same events as the filtered set, so its length needs no story order.
  const count = filtered.length;
  const place = pos >= 0 ? placeOf(story().shown, pos, story().rank) : 0;
  const placeText = place > 0 ? `${formatCount(place)} of ${formatCount(count)}` : 'not in the filtered events';
  const canPrev = pos >= 0 ? stepPosition(story().shown, pos, -1, story().rank) >= 0 : count > 0;
  const canNext = pos >= 0 ? stepPosition(story().shown, pos, 1, story().rank) >= 0 : count > 0;

  return (
    <div className="panel reader" ref={rootRef}>
      <div className="reader-toolbar">
        <h2 className="panel__title reader-toolbar__title">Source article</h2>
        <span className="reader-toolbar__place" aria-hidden={event ? true : undefined}>
          {event ? placeText : `${formatCount(count)} ${count === 1 ? 'event' : 'events'}`}
        </span>
        {/* Says where a selected event stands and which it is (stepping leaves focus alone, so this is how it is heard);
            a bare count would only repeat the filter panel's own announcement. */}
        <span className="visually-hidden" aria-live="polite" aria-atomic="true">
          {event ? `Event ${placeText}: ${event.title}, ${dateText(event.date)}` : ''}
        </span>
        <button
          type="button"
          onClick={() => step(-1)}
          aria-disabled={!canPrev}
          aria-label="Previous event"
          aria-keyshortcuts="k ["
          title="Previous event (k or [)"
        >
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => step(1)}
          aria-disabled={!canNext}
          aria-label="Next event"
          aria-keyshortcuts="j ]"
          title="Next event (j or ])"
        >
          Next →
        </button>
        {event || article ? (
          <button type="button" className="reader-toolbar__close" onClick={() => openArticle(null)}>
            {index.synthetic || index.articles.length === 0 ? 'Back to the guide' : 'All articles'}
          </button>
        ) : null}
        {event ? <EventStrip title={event.title} onGoToCard={goToCard} /> : null}
      </div>

      {eventId !== null && !event ? (
        <p className="reader-note reader-note--warn" role="status">
          The event “{eventId}” is not in this dataset.
        </p>
      ) : null}

      {event ? (
        <EventCard
          index={index}
          event={event}
          headingRef={headingRef}
          articleIds={articleIds}
          shownArticle={shownArticleId}
          onShowArticle={chooseSource}
          onSelectEvent={select}
          linkToEvent={linkToEvent?.(event.id)}
        />
      ) : null}

      <div className="reader-scroll">
        {index.synthetic && event ? (
          <p className="reader-note">The article text is not available for generated data.</p>
        ) : article ? (
          <ArticleView
            key={article.id}
            datasetId={index.id}
            article={article}
            events={eventsByArticle(index).get(article.id) ?? NO_EVENTS}
            currentId={event?.id ?? null}
            onSelectEvent={onSelectFromArticle}
          />
        ) : event ? (
          event.evidence.length === 0 ? (
            <p className="reader-note reader-note--unheld">This event’s source is not held in Envoy.</p>
          ) : (
            <p className="reader-note">No article in this dataset reports this event.</p>
          )
        ) : (
          <Guide index={index} onShowArticle={openArticle} />
        )}
      </div>
    </div>
  );
}
