/**
 * On a phone the reader is one long scroll and the event card is far above the quote it brings into view:
 * this line in the sticky toolbar keeps the selected event's title in sight and goes back to its card.
 * Hidden (display: none) where the card stays put above the article.
 */
export function EventStrip({ title, onGoToCard }: { title: string; onGoToCard(): void }) {
  return (
    <button type="button" className="reader-strip" onClick={onGoToCard} title={title}>
      <span aria-hidden="true">↑</span>
      <span className="visually-hidden">Back to the event card: </span>
      <span className="reader-strip__title">{title}</span>
    </button>
  );
}
