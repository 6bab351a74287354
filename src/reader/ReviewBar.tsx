import { useId, useState, type FormEvent } from 'react';
import type { EventIndex } from '../data/model';
import type { EventT } from '../data/schema';
import { ISO_DAY } from '../lib/days';
import { saveBlob } from '../lib/saveBlob';
import { decide, useDecisions, type ReviewDecision } from './reviewDecisions';
import type { Reviewed } from './reviewedDataset';
import './review.css';

interface Props {
  index: EventIndex;
  event: EventT;
}

const SAID: Record<ReviewDecision['decision'], string> = {
  accept: 'You accepted it.',
  reject: 'You rejected it: the downloaded dataset leaves it out.',
  edit: 'You edited and accepted it.',
};

/**
 * Review of a drafted candidate, beside its article: Accept, Reject or Edit (title, date, actors). Decisions are
 * kept in this browser; "Download dataset" saves the reviewed dataset.json (the same review as review.csv).
 */
export function ReviewBar({ index, event }: Props) {
  const decisions = useDecisions(index.id);
  const mine = decisions[event.id];
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const formId = useId();
  if (!index.raw || event.status !== 'candidate') return null;
  const raw = index.raw;
  const decided = Object.keys(decisions).length;

  const record = (d: ReviewDecision | null) => {
    const stored = decide(index.id, event.id, d);
    setMessage(
      stored
        ? null
        : {
            tone: 'error',
            text: 'This browser refused to keep the decision (storage full or blocked); it holds until the page is closed. Download the dataset to keep it.',
          },
    );
  };

  const download = async () => {
    // The dataset checker (zod and the schema) loads on the first download, not with the reader: at a million
    // generated events it otherwise ran in the page's first seconds, for a button most readers never see.
    let r: Reviewed;
    try {
      r = (await import('./reviewedDataset')).reviewedDataset(raw, decisions);
    } catch (e) {
      setMessage({
        tone: 'error',
        text: `The reviewed dataset could not be made, so nothing was downloaded: ${e instanceof Error ? e.message : String(e)}`,
      });
      return;
    }
    if (!r.ok) {
      setMessage({
        tone: 'error',
        text: `The reviewed dataset would not be valid, so nothing was downloaded: ${r.problems.slice(0, 3).join('; ')}${r.problems.length > 3 ? ` (and ${r.problems.length - 3} more)` : ''}`,
      });
      return;
    }
    saveBlob(new Blob([r.json], { type: 'application/json' }), 'dataset.json');
    setMessage({
      tone: 'ok',
      text: `Downloaded dataset.json: ${r.report.accepted} accepted, ${r.report.edited} edited, ${r.report.rejected} rejected, ${r.report.pending} still candidates.`,
    });
  };

  return (
    <section className="review-bar" aria-label="Review this candidate">
      <p className="review-bar__status">
        {mine
          ? SAID[mine.decision]
          : 'Drafted by a tool from the article; check it against the quote before accepting.'}
        {mine ? <span className="review-bar__muted"> Kept in this browser.</span> : null}
      </p>
      <div className="review-bar__actions">
        <button type="button" aria-pressed={mine?.decision === 'accept'} onClick={() => record({ decision: 'accept' })}>
          Accept
        </button>
        <button type="button" aria-pressed={mine?.decision === 'reject'} onClick={() => record({ decision: 'reject' })}>
          Reject
        </button>
        <button
          type="button"
          aria-expanded={editing}
          aria-controls={editing ? formId : undefined}
          onClick={() => setEditing((e) => !e)}
        >
          Edit
        </button>
        {mine ? (
          <button type="button" className="review-bar__undo" onClick={() => record(null)}>
            Undo decision
          </button>
        ) : null}
      </div>
      {editing ? (
        <EditForm
          id={formId}
          index={index}
          event={event}
          current={mine}
          onCancel={() => setEditing(false)}
          onSave={(d) => {
            record(d);
            setEditing(false);
          }}
        />
      ) : null}
      <div className="review-bar__download">
        <button type="button" onClick={download}>
          Download dataset
        </button>
        <span className="review-bar__muted">
          {decided} {decided === 1 ? 'decision' : 'decisions'} on this dataset so far
        </span>
      </div>
      <p className={`review-bar__message review-bar__message--${message?.tone ?? 'ok'}`} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

interface EditProps {
  id: string;
  index: EventIndex;
  event: EventT;
  current: ReviewDecision | undefined;
  onSave(d: ReviewDecision): void;
  onCancel(): void;
}

function EditForm({ id, index, event, current, onSave, onCancel }: EditProps) {
  const [title, setTitle] = useState(current?.title ?? event.title);
  const [earliest, setEarliest] = useState(current?.earliest ?? event.date.earliest);
  const [latest, setLatest] = useState(current?.latest ?? event.date.latest);
  const [actors, setActors] = useState<string[]>(current?.actors ?? event.actors.map((a) => a.actorId));
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError('The title must not be empty.');
    if (!ISO_DAY.test(earliest) || !ISO_DAY.test(latest))
      return setError('Both dates must be days, written YYYY-MM-DD.');
    if (earliest > latest) return setError('The earliest day must not be after the latest.');
    setError(null);
    onSave({ decision: 'edit', title: title.trim(), earliest, latest, actors });
  };

  return (
    <form id={id} className="review-edit" onSubmit={submit} aria-label="Edit this candidate" noValidate>
      <label>
        Title
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="review-edit__dates">
        <label>
          Earliest day
          <input type="date" value={earliest} onChange={(e) => setEarliest(e.target.value)} />
        </label>
        <label>
          Latest day
          <input type="date" value={latest} onChange={(e) => setLatest(e.target.value)} />
        </label>
      </div>
      <fieldset className="review-edit__actors">
        <legend>Actors</legend>
        {index.actors.length === 0 ? (
          <p className="review-bar__muted">
            This dataset has no actors yet. Accept suggested actors in actors.csv and run npm run envoy -- apply.
          </p>
        ) : (
          index.actors.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={actors.includes(a.id)}
                onChange={(e) =>
                  setActors((list) => (e.target.checked ? [...list, a.id] : list.filter((x) => x !== a.id)))
                }
              />
              {a.name}
            </label>
          ))
        )}
      </fieldset>
      {error ? (
        <p className="review-bar__message review-bar__message--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="review-bar__actions">
        <button type="submit">Save edit</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
