import type { ReactNode, Ref } from 'react';
import type { EventIndex } from '../data/model';
import type { EventT, FlagT } from '../data/schema';
import { actorColour } from '../lib/palette';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectActors, selectThemes } from '../state/selectors';
import { KIND_WORDS, dateText, derivationWords, precisionWords } from './dateWords';
import { CandidateBadge } from './CandidateBadge';
import { ReviewBar } from './ReviewBar';
import { SourceNotes } from './SourceNotes';
import { MoreFromSource } from './MoreFromSource';
import { CiteButton } from './CiteButton';

const FLAG_WORDS: Record<FlagT['kind'], string> = {
  contradiction: 'Sources disagree',
  'impossible-date': 'Impossible date in the source',
  inconsistency: 'Inconsistent reporting',
  typo: 'Typo in the source',
  unverified: 'Not independently confirmed',
};

interface Props {
  index: EventIndex;
  event: EventT;
  headingRef: Ref<HTMLHeadingElement>;
  /** Articles quoting this event, and the one shown below. */
  articleIds: string[];
  shownArticle: string | null;
  onShowArticle(id: string): void;
  /** Selects another event (the one this event's date is counted from). */
  onSelectEvent(eventId: string, fromKeyboard: boolean): void;
  /** Slot for the "Link to this event" action, provided by the app. */
  linkToEvent?: ReactNode;
}

/** The selected event in brief: what, when (and how we know), who, themes, where, flags, and its sources. */
export function EventCard({ index, event, headingRef, articleIds, shownArticle, onShowArticle, onSelectEvent, linkToEvent }: Props) {
  const actions = useEnvoy(selectActions);
  const pickedActors = useEnvoy(selectActors);
  const pickedThemes = useEnvoy(selectThemes);
  const d = event.date;
  const how = derivationWords(d.derivation, {
    article: (id) => index.articles[index.articleIndex.get(id) ?? -1],
    eventTitle: (id) => {
      const i = index.indexOf(id);
      return i >= 0 ? index.event(i).title : undefined;
    },
  });
  const relativeTo = d.derivation.method === 'relative-to-event' && d.derivation.relativeTo ? index.indexOf(d.derivation.relativeTo) : -1;
  // Count every article the evidence names, even one this dataset has no text for (generated data).
  const reportedBy = new Set(event.evidence.map((q) => q.articleId)).size;
  const articleTitle = (id: string) => index.articles[index.articleIndex.get(id) ?? -1]?.title ?? id;

  return (
    <div className="reader-card">
      <div className="reader-card__top">
        <span className={`reader-kind reader-kind--${event.kind}`}>{KIND_WORDS[event.kind]}</span>
        {event.status === 'candidate' ? <CandidateBadge /> : null}
        {linkToEvent ? <span className="reader-card__link">{linkToEvent}</span> : null}
        <CiteButton index={index} event={event} />
      </div>
      <h3 className="reader-card__title" tabIndex={-1} ref={headingRef}>
        {event.title}
      </h3>
      <p className="reader-card__summary">{event.summary}</p>
      <ReviewBar index={index} event={event} />
      <dl className="reader-facts">
        <dt>When</dt>
        <dd>
          <strong>{dateText(d)}</strong> <span className="reader-muted">({precisionWords(d)})</span>
          <br />
          <span className="reader-muted">
            Basis: {how} · {d.derivation.confidence} confidence
          </span>
          {relativeTo >= 0 ? (
            <>
              {' '}
              <button type="button" className="reader-linkish" onClick={(e) => onSelectEvent(index.event(relativeTo).id, e.detail === 0)}>
                Go to that event
              </button>
            </>
          ) : null}
          <details className="reader-why">
            <summary>How this date was worked out</summary>
            {d.derivation.note}
          </details>
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Who</dt>
            <dd className="reader-chips">
              {event.actors.map((a) => {
                const k = index.actorIndex.get(a.actorId);
                const actor = k === undefined ? undefined : index.actors[k];
                return (
                  <button
                    key={`${a.actorId}-${a.role}`}
                    type="button"
                    className="reader-chip"
                    aria-pressed={pickedActors.includes(a.actorId)}
                    title={`Show only events with ${actor?.name ?? a.actorId} (click again to remove)`}
                    onClick={() => actions.toggleActor(a.actorId)}
                  >
                    <span className="reader-chip__dot" style={{ background: k === undefined ? '#999' : actorColour(k) }} aria-hidden="true" />
                    {/* One flex item, so the name reads "Taliban, actor" and not "Taliban , actor". */}
                    <span>
                      {actor?.name ?? a.actorId}
                      <span className="reader-chip__role">, {a.role}</span>
                    </span>
                  </button>
                );
              })}
            </dd>
          </>
        ) : null}
        <dt>Themes</dt>
        <dd className="reader-chips">
          {event.themes.map((id) => {
            const theme = index.themes[index.themeIndex.get(id) ?? -1];
            return (
              <button
                key={id}
                type="button"
                className="reader-chip"
                aria-pressed={pickedThemes.includes(id)}
                title={`Show only events about ${theme?.label ?? id} (click again to remove)`}
                onClick={() => actions.toggleTheme(id)}
              >
                <span className="reader-chip__dot" style={{ background: theme?.color ?? '#999' }} aria-hidden="true" />
                {theme?.label ?? id}
              </button>
            );
          })}
        </dd>
        {event.location ? (
          <>
            <dt>Where</dt>
            <dd>{event.location}</dd>
          </>
        ) : null}
      </dl>
      {event.flags.map((f, i) => (
        <div key={i} className="reader-flag" role="note">
          <strong>{FLAG_WORDS[f.kind]}:</strong> {f.description}
          <span className="reader-muted"> The article says: “{f.quote.text}”</span>
        </div>
      ))}
      <SourceNotes notes={event.sourceNotes} />
      <MoreFromSource extra={event.extra} />
      <div className="reader-sources">
        <span>
          Reported by {reportedBy} {reportedBy === 1 ? 'article' : 'articles'}
          {articleIds.length > 0 ? ': ' : ''}
        </span>
        {articleIds.length > 1 ? (
          <span className="reader-sources__list" role="group" aria-label="Articles reporting this event">
            {articleIds.map((id, i) => (
              <button key={id} type="button" aria-pressed={id === shownArticle} title={articleTitle(id)} onClick={() => onShowArticle(id)}>
                {i + 1}. {articleTitle(id)}
              </button>
            ))}
          </span>
        ) : articleIds[0] !== undefined ? (
          <span className="reader-sources__one">{articleTitle(articleIds[0])}</span>
        ) : null}
      </div>
    </div>
  );
}
