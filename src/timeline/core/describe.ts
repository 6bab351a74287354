import type { EventIndex } from '../../data/model';
import { dateWords } from '../../lib/formatDate';
import { flagLabel } from '../../data/flagWords';

export interface EventWords {
  title: string;
  /** The date as precisely as the evidence gives it ("May 2019", "about 4 May 2019", "… (date uncertain)"). */
  date: string;
  /** Up to four actor names, then "and n more". */
  actors: string;
  /** "flagged: typo", or '' for an event with no flag. */
  flags: string;
}

/** An event in words for the tooltip and the screen-reader announcement. */
export function describeEvent(index: EventIndex, i: number): EventWords {
  const ev = index.event(i);
  const d = ev.date;
  const names: string[] = [];
  for (let k = index.actorOffsets[i]!; k < index.actorOffsets[i + 1]!; k++)
    names.push(index.actors[index.actorIds[k]!]?.name ?? '');
  const shown = names.filter(Boolean);
  const actors = shown.length > 4 ? `${shown.slice(0, 4).join(', ')} and ${shown.length - 4} more` : shown.join(', ');
  return { title: ev.title, date: dateWords(d).short, actors, flags: flagLabel(index.flags[i]!) };
}
