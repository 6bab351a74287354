import { describe, expect, test } from 'vitest';
import { actorColour } from '../../src/lib/palette';
import { legendColours, MAX_LEGEND_ACTORS } from '../../src/state/legendColours';

const themes = [
  { id: 'talks', label: 'Talks', color: '#1f77b4', description: '' },
  { id: 'violence', label: 'Violence', color: '#d62728', description: '' },
];
const actors = (n: number) =>
  Array.from({ length: n }, (_, k) => ({
    id: `a${k}`,
    name: `Actor ${k}`,
    type: 'group' as const,
    affiliation: null,
    title: null,
    aliases: [],
  }));

describe('legendColours', () => {
  test('colour by theme: every theme with its own colour, none left over', () => {
    const l = legendColours('theme', { themes, actors: actors(30) });
    expect(l.rows).toEqual([
      { key: 'talks', label: 'Talks', colour: '#1f77b4' },
      { key: 'violence', label: 'Violence', colour: '#d62728' },
    ]);
    expect(l.more).toBe(0);
  });

  test('colour by actor: the first actors in palette order, and how many more there are', () => {
    const l = legendColours('actor', { themes, actors: actors(MAX_LEGEND_ACTORS + 3) });
    expect(l.rows).toHaveLength(MAX_LEGEND_ACTORS);
    expect(l.rows[1]).toEqual({ key: 'a1', label: 'Actor 1', colour: actorColour(1) });
    expect(l.more).toBe(3);
  });

  test('colour by actor with few actors: all listed, nothing more', () => {
    const l = legendColours('actor', { themes, actors: actors(2) });
    expect(l.rows.map((r) => r.key)).toEqual(['a0', 'a1']);
    expect(l.more).toBe(0);
  });
});
