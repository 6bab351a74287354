import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import type { EventIndex } from '../data/model';
import { actorColour } from '../lib/palette';
import { selectColorBy } from './selectors';
import { useEnvoy } from './useEnvoy';
import type { ColorBy } from './viewState';

/** One colour swatch of a legend: the theme or actor it stands for. */
export interface LegendRow {
  key: string;
  label: string;
  colour: string;
}

/** The colours the timeline and the map both paint with, as legend rows. */
export interface LegendColours {
  colorBy: ColorBy;
  rows: LegendRow[];
  /** Actors past the first MAX_LEGEND_ACTORS, which the legend counts instead of listing. */
  more: number;
}

export const MAX_LEGEND_ACTORS = 12;

/** Every theme with its own colour, or the first actors with their palette colour, as the colour-by setting says. */
export function legendColours(colorBy: ColorBy, index: Pick<EventIndex, 'themes' | 'actors'>): LegendColours {
  if (colorBy === 'theme')
    return { colorBy, rows: index.themes.map((t) => ({ key: t.id, label: t.label, colour: t.color })), more: 0 };
  const rows = index.actors
    .slice(0, MAX_LEGEND_ACTORS)
    .map((a, p) => ({ key: a.id, label: a.name, colour: actorColour(p) }));
  return { colorBy, rows, more: Math.max(0, index.actors.length - MAX_LEGEND_ACTORS) };
}

/** The legend colours of the loaded dataset under the current colour-by setting. */
export function useLegendColours(): LegendColours {
  const index = useIndex();
  const colorBy = useEnvoy(selectColorBy);
  return useMemo(() => legendColours(colorBy, index), [colorBy, index]);
}
