/*
 * Events grouped by actor or theme, from the CSR lists of the index (the groups of event i are
 * ids[offsets[i] .. offsets[i + 1])): one shared buffer, filled by counting sort in linear time.
 */

/** For each group, the ascending positions of its events: those of group g are buffer[starts[g] .. starts[g + 1]). */
export function groupPositions(
  count: number,
  offsets: Uint32Array,
  ids: Uint32Array,
  groups: number,
): { starts: Uint32Array; buffer: Uint32Array } {
  const starts = new Uint32Array(groups + 1);
  for (let k = 0; k < ids.length; k++) starts[ids[k]! + 1]!++;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const fill = starts.slice(0, groups);
  const buffer = new Uint32Array(ids.length);
  for (let i = 0; i < count; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) buffer[fill[ids[k]!]!++] = i;
  return { starts, buffer };
}

/** Each group's positions as a view into the shared buffer (EventIndex.eventsByActor, eventsByTheme). */
export function groupViews({ starts, buffer }: { starts: Uint32Array; buffer: Uint32Array }): Uint32Array[] {
  const out = new Array<Uint32Array>(starts.length - 1);
  for (let g = 0; g + 1 < starts.length; g++) out[g] = buffer.subarray(starts[g]!, starts[g + 1]!);
  return out;
}
