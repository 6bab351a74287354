/** Colours for actors (themes carry their own colour in the dataset); chosen to stay distinct and readable on white. */
const ACTOR_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#ff7f0e',
  '#393b79',
  '#637939',
  '#8c6d31',
  '#843c39',
  '#7b4173',
  '#3182bd',
  '#e6550d',
  '#31a354',
  '#756bb1',
  '#636363',
];

/** The colour of the actor at a given position in the dataset's actor list; the timeline and filter panel both use it. */
export function actorColour(position: number): string {
  return ACTOR_COLOURS[position % ACTOR_COLOURS.length]!;
}
