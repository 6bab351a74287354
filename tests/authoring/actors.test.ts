import { matchAliases, properNouns, suggestActors } from '../../src/authoring/actors';
import type { ActorT } from '../../src/data/schema';

const actor = (id: string, aliases: string[]): ActorT => ({
  id,
  name: aliases[0]!,
  type: 'other',
  affiliation: null,
  title: null,
  aliases,
});
const actors = [
  actor('united-states', ['United States', 'US', 'USA']),
  actor('khalilzad', ['Zalmay Khalilzad', 'Khalilzad', 'US Special Envoy for Afghanistan']),
  actor('islamic-state', ['Islamic State', 'IS']),
  actor('isi', ['ISI']),
];

describe('matchAliases: existing aliases, at word boundaries, longest first', () => {
  const table: { text: string; hits: [string, string][] }[] = [
    {
      text: 'The US Special Envoy for Afghanistan, Zalmay Khalilzad, met them.',
      hits: [
        ['khalilzad', 'US Special Envoy for Afghanistan'],
        ['khalilzad', 'Zalmay Khalilzad'],
      ],
    },
    {
      text: 'The USA delegation and the US team.',
      hits: [
        ['united-states', 'USA'],
        ['united-states', 'US'],
      ],
    },
    {
      text: 'This is its ISI spy agency, not IS.',
      hits: [
        ['isi', 'ISI'],
        ['islamic-state', 'IS'],
      ],
    },
    { text: 'Khalilzad’s trip to the USSR and BUS stops.', hits: [['khalilzad', 'Khalilzad']] },
    { text: 'Nothing here: musing, usual, thus.', hits: [] },
  ];
  it.each(table)('$text', ({ text, hits }) => {
    const got = matchAliases(text, actors);
    expect(got.map((h) => [h.actorId, h.alias])).toEqual(hits);
    for (const h of got) expect(text.slice(h.start, h.end)).toBe(h.alias);
  });

  it('is deterministic: the same text gives the same hits in the same order', () => {
    const t = 'Khalilzad and the US and Islamic State.';
    expect(matchAliases(t, [...actors].reverse())).toEqual(matchAliases(t, actors));
  });
});

describe('suggestActors: proper nouns as suggestions, spelling variants as aliases for review', () => {
  it('proposes Shaheen, Shahhen and Shaheenb as one actor with the misspellings marked as variants', () => {
    const text =
      'Taliban spokesman Suhail Shaheen said so. Suhail Shahhen told the paper. Suhail Shaheenb had tweeted. Suhail Shaheen added more.';
    const s = suggestActors(properNouns(text));
    const shaheen = s.find((x) => x.aliases.includes('Suhail Shaheen'));
    expect(shaheen).toBeDefined();
    expect(shaheen!.variants).toEqual(['Suhail Shaheenb', 'Suhail Shahhen']);
    expect(s.filter((x) => x.aliases.some((a) => a.startsWith('Suhail')) || x.variants.length > 0)).toHaveLength(1);
  });

  it('groups a surname with the full name, and leaves out names an existing alias covers', () => {
    const text = 'Hekmat Khalil Karzai met Zalmay Khalilzad. He said Karzai was pleased with the meeting.';
    const s = suggestActors(properNouns(text), [actor('khalilzad', ['Zalmay Khalilzad'])]);
    const karzai = s.find((x) => x.name === 'Hekmat Khalil Karzai');
    expect(karzai?.aliases).toEqual(['Hekmat Khalil Karzai', 'Karzai']);
    expect(s.some((x) => x.aliases.includes('Zalmay Khalilzad'))).toBe(false);
  });

  it('gives offsets that point at the name in the text', () => {
    const text = 'Meanwhile, President Ashraf Ghani spoke in Kabul.';
    for (const m of properNouns(text)) expect(text.slice(m.start, m.end)).toBe(m.name);
    expect(properNouns(text).map((m) => m.name)).toContain('Ashraf Ghani');
  });
});
