import { useRef, useState } from 'react';
import type { EventIndex } from '../data/model';
import type { EventT } from '../data/schema';
import { articleItem, viewItem } from '../data/cite/cslItem';
import { msToDay } from '../lib/days';
import { eventHref } from '../url/link';
import { useEventPages } from '../url/useEventPages';
import { Modal, showModal } from '../ui/Modal';
import { CitationPanel } from './CitationPanel';

/** "Cite" on the event card: how to cite the event's source articles and the Envoy view of it, in four formats. */
export function CiteButton({ index, event }: { index: EventIndex; event: EventT }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The citations are written only while the dialog is open: nothing to compute, and no headings in the card, otherwise.
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pages = useEventPages();
  const articleIds = [...new Set(event.evidence.map((q) => q.articleId))];
  const articles = articleIds.flatMap((id) => {
    const a = index.articles[index.articleIndex.get(id) ?? -1];
    return a ? [a] : [];
  });
  const missing = articleIds.length - articles.length;
  const open = () => {
    setOpen(true);
    showModal(dialogRef.current);
  };
  const view = viewItem({
    title: event.title,
    datasetId: index.id,
    datasetTitle: index.title,
    version: index.raw?.version ?? index.id,
    url: eventHref(event.id, window.location, pages),
    accessed: msToDay(Date.now()),
  });
  return (
    <>
      <button type="button" ref={buttonRef} className="reader-cite" aria-haspopup="dialog" onClick={open}>
        Cite
      </button>
      <Modal
        dialogRef={dialogRef}
        className="cite-dialog"
        title="Cite this event"
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        {isOpen ? (
          <>
            <h3 className="cite-dialog__sub">{articles.length === 1 ? 'The source article' : 'The source articles'}</h3>
            {articles.length > 0 ? (
              <CitationPanel items={articles.map(articleItem)} label="Source articles" />
            ) : (
              <p>This dataset holds none of the articles the event cites, so there is nothing to cite for them.</p>
            )}
            {missing > 0 && articles.length > 0 ? (
              <p>
                {missing === 1 ? 'One more article it cites is' : `${missing} more articles it cites are`} not in the
                dataset.
              </p>
            ) : null}
            <p>
              Only what the dataset knows is written: an article with no byline or outlet is cited without one, and a
              date known only to an interval is given as that interval.
            </p>
            <h3 className="cite-dialog__sub">This event in Envoy</h3>
            <CitationPanel items={[view]} label="The Envoy view" />
          </>
        ) : null}
      </Modal>
    </>
  );
}
