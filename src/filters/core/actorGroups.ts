import type { ActorT } from '../../data/schema';

/** Headings for actor types, in the order the panel lists them. */
export const GROUPS: { label: string; types: ActorT['type'][] }[] = [
  { label: 'People', types: ['person'] },
  { label: 'States and governments', types: ['state', 'government-body'] },
  { label: 'Armed groups', types: ['armed-group'] },
  { label: 'International bodies', types: ['international-body'] },
  { label: 'Media', types: ['media'] },
  { label: 'Other groups', types: ['group'] },
  { label: 'Others', types: ['other'] },
];

export type ActorRow =
  { kind: 'heading'; group: number; label: string; size: number } | { kind: 'actor'; group: number; position: number };

/**
 * The rows of the actor list: a heading per non-empty group, then its actors by name.
 * `visible` (positions) limits the list, e.g. to the actors an actor search found; null shows everyone.
 */
export function actorRows(actors: readonly ActorT[], visible: ReadonlySet<number> | null): ActorRow[] {
  const byGroup: number[][] = GROUPS.map(() => []);
  actors.forEach((a, position) => {
    if (visible && !visible.has(position)) return;
    const g = GROUPS.findIndex((x) => x.types.includes(a.type));
    byGroup[g < 0 ? GROUPS.length - 1 : g]!.push(position);
  });
  const rows: ActorRow[] = [];
  byGroup.forEach((positions, group) => {
    if (positions.length === 0) return;
    positions.sort((x, y) => actors[x]!.name.localeCompare(actors[y]!.name));
    rows.push({ kind: 'heading', group, label: GROUPS[group]!.label, size: positions.length });
    for (const position of positions) rows.push({ kind: 'actor', group, position });
  });
  return rows;
}
