import type { DatasetProblem } from './DatasetError';
import type { DatasetT } from './schema';

const label = (collection: string, index: number, id: string) => `${collection}[${index}] "${id}"`;

/** The places' cross-references: unique ids, `within` names a known place, no containment loop, every event.place resolves. */
export function validatePlaces(ds: DatasetT): DatasetProblem[] {
  const out: DatasetProblem[] = [];
  const places = ds.places ?? [];
  const byId = new Map<string, number>();
  places.forEach((p, i) => {
    const first = byId.get(p.id);
    if (first !== undefined)
      out.push({
        record: label('places', i, p.id),
        field: 'id',
        message: `repeats the id of places[${first}]; ids must be unique`,
      });
    else byId.set(p.id, i);
  });
  places.forEach((p, i) => {
    if (p.within == null) return;
    if (!byId.has(p.within))
      out.push({
        record: label('places', i, p.id),
        field: 'within',
        message: `names place "${p.within}", which is not in the places list`,
      });
    else if (p.within === p.id)
      out.push({ record: label('places', i, p.id), field: 'within', message: 'a place cannot lie within itself' });
  });
  out.push(...containmentLoops(places));
  ds.events.forEach((e, i) => {
    if (e.place !== undefined && !byId.has(e.place)) {
      out.push({
        record: label('events', i, e.id),
        field: 'place',
        message: `names place "${e.place}", which is not in the places list`,
      });
    }
  });
  return out;
}

/** One problem per place whose chain of `within` comes back to itself (a self-reference is reported above). */
export function containmentLoops(places: readonly { id: string; within?: string | null }[]): DatasetProblem[] {
  const parent = new Map(places.map((p) => [p.id, p.within ?? null]));
  const out: DatasetProblem[] = [];
  places.forEach((p, i) => {
    const seen = new Set<string>([p.id]);
    for (let at = parent.get(p.id) ?? null; at !== null && parent.has(at); at = parent.get(at) ?? null) {
      if (at === p.id && p.within !== p.id) {
        out.push({
          record: label('places', i, p.id),
          field: 'within',
          message: `containment goes round in a loop (${[...seen].join(' › ')} › ${p.id})`,
        });
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
    }
  });
  return out;
}
