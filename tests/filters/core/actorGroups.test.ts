import { describe, expect, test } from 'vitest';
import { actorRows } from '../../../src/filters/core/actorGroups';
import type { ActorT } from '../../../src/data/schema';
import { fixtureDataset } from '../fixture';

const actors = fixtureDataset().actors;
const text = (rows: ReturnType<typeof actorRows>, list: readonly ActorT[]) =>
  rows.map((r) => (r.kind === 'heading' ? `# ${r.label} (${r.size})` : list[r.position]!.name));

describe('actorRows', () => {
  test.each<[string, number[] | null, string[]]>([
    [
      'everyone, grouped by type in a fixed order, by name within a group',
      null,
      [
        '# People (2)',
        'Zabihullah Mujahid',
        'Zalmay Khalilzad',
        '# States and governments (3)',
        'Afghan government',
        'Pakistan',
        'United States',
        '# Armed groups (1)',
        'Taliban',
        '# International bodies (1)',
        'United Nations',
      ],
    ],
    [
      'only some actors: empty groups disappear',
      [0, 5],
      ['# People (1)', 'Zalmay Khalilzad', '# Armed groups (1)', 'Taliban'],
    ],
    ['nobody', [], []],
  ])('%s', (_name, visible, expected) => {
    expect(text(actorRows(actors, visible ? new Set(visible) : null), actors)).toEqual(expected);
  });

  test('types without a heading of their own go under the catch-all headings', () => {
    const odd: ActorT[] = [
      { id: 'x', name: 'X', type: 'media', affiliation: null, title: null, aliases: [] },
      { id: 'y', name: 'Y', type: 'other', affiliation: null, title: null, aliases: [] },
      { id: 'z', name: 'Z', type: 'group', affiliation: null, title: null, aliases: [] },
    ];
    expect(text(actorRows(odd, null), odd)).toEqual([
      '# Media (1)',
      'X',
      '# Other groups (1)',
      'Z',
      '# Others (1)',
      'Y',
    ]);
  });
});
