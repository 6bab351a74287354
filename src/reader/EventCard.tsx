import { useRef, type ReactNode, type Ref } from 'react';
import type { EventIndex } from '../data/model';
import type { EventT, FlagT } from '../data/schema';
import { actorColour } from '../lib/palette';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectActors, selectThemes } from '../state/selectors';
import { KIND_WORDS, dateText, derivationWords, precisionWords } from './dateWords';
import { useHiddenBelow } from './useHiddenBelow';
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
  /**
   * More sections about the event (source notes, "More from the source"), shown after Who, Themes and Where.
   * Give each root element a `data-section` name so the "More below" cue can name it when it is out of sight.
   */
  extraSections?: ReactNode;
}

/** A flag's first sentence, and the rest: the card leads with the first and keeps the rest one click away. */
export function splitFlag(description: string): [string, string] {
  const m = /^(.{12,}?[.!?])\s+(?=["“‘A-Z0-9])/su.exec(description);
  return m ? [m[1]!, description.slice(m[0].length)] : [description, ''];
}

/** The flags first, each led by its whole first sentence (never cut mid-sentence), the rest and the quote behind "Why". */
function Flags({ flags }: { flags: FlagT[] }) {
  if (flags.length === 0) return null;
  return (
    <ul
      className="reader-flags"
      aria-label={flags.length === 1 ? 'Flag' : `${flags.length} flags`}
      data-section="Flags"
    >
      {flags.map((f, i) => {
        const [lead, rest] = splitFlag(f.description);
        return (
          <li key={i} className="reader-flag">
            <span className="reader-flag__glyph" aria-hidden="true">
              ⚑
            </span>{' '}
            <strong>{FLAG_WORDS[f.kind]}:</strong> {lead}
            <details className="reader-flag__more">
              <summary>{rest ? 'Why, and what the article says' : 'What the article says'}</summary>
              {rest ? <p className="reader-flag__rest">{rest}</p> : null}
              <p className="reader-flag__quote reader-muted">The article says: “{f.quote.text}”</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/** The selected event in brief: what, when (and how we know), who, themes, where, flags, and its sources. */
export function EventCard({
  index,
  event,
  headingRef,
  articleIds,
  shownArticle,
  onShowArticle,
  onSelectEvent,
  linkToEvent,
  extraSections,
}: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const below = useHiddenBelow(bodyRef, event.id);
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
  const relativeTo =
    d.derivation.method === 'relative-to-event' && d.derivation.relativeTo
      ? index.indexOf(d.derivation.relativeTo)
      : -1;
  // Count every article the evidence names, even one this dataset has no text for (generated data).
  const reportedBy = new Set(event.evidence.map((q) => q.articleId)).size;
  const articleTitle = (id: string) => index.articles[index.articleIndex.get(id) ?? -1]?.title ?? id;

  return (
    <div className="reader-card">
      {/* Never a silent second scroll area: whatever does not fit is named by the "More below" cue at its foot. */}
      {/* Over the head of the body (not in it), so appearing it moves nothing. */}
      {below.above.length > 0 ? (
        <button type="button" className="reader-card__more reader-card__more--above" onClick={below.revealAbove}>
          More above: {below.above.join(', ')} <span aria-hidden="true">↑</span>
        </button>
      ) : null}
      <div className="reader-card__body" ref={bodyRef}>
        <div className="reader-card__top">
          <span className={`reader-kind reader-kind--${event.kind}`}>{KIND_WORDS[event.kind]}</span>
          {event.status === 'candidate' ? <CandidateBadge /> : null}
          {linkToEvent ? <span className="reader-card__link">{linkToEvent}</span> : null}
          <CiteButton index={index} event={event} />
        </div>
        <h3 className="reader-card__title" tabIndex={-1} ref={headingRef} data-section="Title">
          {event.title}
        </h3>
        <Flags flags={event.flags} />
        {event.status === 'candidate' ? (
          <div data-section="Review">
            <ReviewBar index={index} event={event} />
          </div>
        ) : null}
        <dl className="reader-facts">
          <dt data-section="When">When</dt>
          <dd data-section="When">
            <strong>{dateText(d)}</strong> <span className="reader-muted">({precisionWords(d)})</span>
            <br />
            <span className="reader-muted">
              Basis: {how} · {d.derivation.confidence} confidence
            </span>
            {relativeTo >= 0 ? (
              <>
                {' '}
                <button
                  type="button"
                  className="reader-linkish"
                  onClick={(e) => onSelectEvent(index.event(relativeTo).id, e.detail === 0)}
                >
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
              <dt data-section="Who">Who</dt>
              <dd className="reader-chips" data-section="Who">
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
                      <span
                        className="reader-chip__dot"
                        style={{ background: k === undefined ? '#999' : actorColour(k) }}
                        aria-hidden="true"
                      />
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
          <dt data-section="Themes">Themes</dt>
          <dd className="reader-chips" data-section="Themes">
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
                  <span
                    className="reader-chip__dot"
                    style={{ background: theme?.color ?? '#999' }}
                    aria-hidden="true"
                  />
                  {theme?.label ?? id}
                </button>
              );
            })}
          </dd>
          {event.location ? (
            <>
              <dt data-section="Where">Where</dt>
              <dd data-section="Where">{event.location}</dd>
            </>
          ) : null}
        </dl>
        <p className="reader-card__summary" data-section="Summary">
          {event.summary}
        </p>
        {/* What the source file says that is not a quote, and its other columns: named by the cues when out of sight. */}
        {event.sourceNotes && event.sourceNotes.length > 0 ? (
          <div data-section="Source notes">
            <SourceNotes notes={event.sourceNotes} />
          </div>
        ) : null}
        {event.extra && Object.values(event.extra).some((v) => v.trim() !== '') ? (
          <div data-section="More from the source">
            <MoreFromSource extra={event.extra} />
          </div>
        ) : null}
        {extraSections ? <div className="reader-card__extra">{extraSections}</div> : null}
        {below.below.length > 0 ? (
          <button type="button" className="reader-card__more reader-card__more--below" onClick={below.reveal}>
            More below: {below.below.join(', ')} <span aria-hidden="true">↓</span>
          </button>
        ) : null}
      </div>
      <div className="reader-sources">
        <span>
          Reported by {reportedBy} {reportedBy === 1 ? 'article' : 'articles'}
          {articleIds.length > 0 ? ': ' : ''}
        </span>
        {articleIds.length > 1 ? (
          <span className="reader-sources__list" role="group" aria-label="Articles reporting this event">
            {articleIds.map((id, i) => (
              <button
                key={id}
                type="button"
                aria-pressed={id === shownArticle}
                title={articleTitle(id)}
                onClick={() => onShowArticle(id)}
              >
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
