import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { narrows, parseQuery, searchMatches, termForms, textMatches } from '../../src/lib/searchMatches';
import { searchForm, slowForm } from '../../src/lib/searchWords';
import { buildHaystack, searchHaystack } from '../../src/data/searchHaystack';
import type { EventIndex } from '../../src/data/model';

const PRISONERS = 'Ghani offers to release 175 prisoners';
const SWAP = 'The deal frees up to 5,000 Taliban prisoners in exchange for 1,000 government troops.';

describe('textMatches: what a search finds', () => {
  test.each<[string, string, boolean]>([
    // All words, in any order, across title, summary and quotes (joined by newlines).
    ['Khalilzad meets Taliban negotiators\nThe envoy says the meeting went well', 'Khalilzad Taliban meet', true],
    ['Khalilzad meets Taliban negotiators', 'taliban khalilzad', true],
    ['Khalilzad meets Taliban negotiators', 'khalilzad doha', false],
    ['Title\nsummary of the prisoner release', 'prisoner release', true],
    ['Title\nsummary of the release of a prisoner', 'prisoner release', true],
    // Quotes and hyphens are ignored; "cease-fire" is one word, found as "ceasefire…" or as "fire…".
    ['A week-long ceasefire', '"ceasefire"', true],
    ['A week-long ceasefire', '“ceasefire”', true],
    ['A week-long cease-fire', 'ceasefire', true],
    ['A week-long ceasefire', 'cease-fire', true],
    ['A week-long cease-fire', 'fire', true],
    ['A week-long ceasefire', 'fire', false],
    ['A week-long ceasefire', 'weeklong', true],
    // Word starts: a term finds words that begin with it, not words that merely contain it.
    [PRISONERS, 'prisoner', true],
    [PRISONERS, 'prison', true],
    [PRISONERS, 'risoner', false],
    ['Ashraf Ghani in Afghanistan', 'ghani', true],
    ['a visit to Afghanistan', 'ghani', false],
    // A plural term also finds its singular.
    ['one prisoner is freed', 'prisoners', true],
    ['the parties meet', 'party', true],
    ['the parties meet', 'part', true],
    ['the party meets', 'parties', true],
    ['the talks resume', 'talk', true],
    ['a talk resumes', 'talks', true],
    ['the peace process', 'process', true],
    ['status of forces', 'status', true],
    ['new taxes', 'tax', true],
    ['a new tax', 'taxes', true],
    // Numbers with or without separators, and never the start of a longer number.
    [SWAP, '5000', true],
    [SWAP, '5,000', true],
    [SWAP, '5.000', true],
    [SWAP, '500', false],
    [SWAP, '1000 troops', true],
    ['5000 prisoners', '5,000', true],
    ['2,500 troops', '2500', true],
    ['a 1.5 million pledge', '15', false],
    ['a 1.5 million pledge', '1.5', true],
    ['in the 1990s', '1990', true],
    ['the 2019–2020 talks', '2019', true],
    // Case, accents, curly apostrophes and abbreviations.
    ['Zabīhullāh Mujahid said', 'zabihullah', true],
    ['ZABIHULLAH MUJAHID said', 'Zabīhullāh', true],
    ['the Taliban’s offer', "taliban's", true],
    ['the Taliban’s offer', 'talibans', true],
    ['U.S. envoy', 'us envoy', true],
    ['US envoy', 'u.s.', true],
    // No words: no match (and no search).
    ['anything', '   ', false],
    ['anything', '"" - ,', false],
  ])('%j / %j → %s', (text, query, expected) => {
    expect(textMatches(text, query)).toBe(expected);
  });
});

describe('parseQuery and termForms', () => {
  test.each<[string, string[][]]>([
    ['Prisoner  RELEASE', [['prisoner'], ['release']]],
    ['prisoners prisoners', [['prisoner']]],
    ['"cease-fire" 5,000', [['ceasefire'], ['5000']]],
    ['parties', [['parties', 'party']]],
    ['us bus is', [['us'], ['bus'], ['is']]],
  ])('%j', (query, forms) => {
    expect(parseQuery(query).map((t) => t.forms)).toEqual(forms);
  });

  test.each([
    ['prisoners', ['prisoner']],
    ['releases', ['release']],
    ['processes', ['process']],
    ['pushes', ['push']],
    ['countries', ['countries', 'country']],
    ['press', ['press']],
    ['talk', ['talk']],
    ['country', ['country', 'countries']],
    ['1990s', ['1990s']],
  ])('termForms(%j) is %j', (t, forms) => {
    expect(termForms(t)).toEqual(forms);
  });
});

describe('searchMatches: the words to highlight', () => {
  const show = (text: string, q: string) => searchMatches(text, q).map(([a, b]) => text.slice(a, b));
  test.each<[string, string, string[]]>([
    [PRISONERS, 'prisoner release', ['release', 'prisoners']],
    [PRISONERS, 'PRISONERS', ['prisoners']],
    [SWAP, '5000 prisoners', ['5,000', 'prisoners']],
    ['A week-long cease-fire', 'ceasefire', ['cease-fire']],
    ['A week-long cease-fire', 'fire', ['fire']],
    ['A week-long cease-fire', 'cease fire', ['cease', 'fire']],
    ['US-Taliban talks', 'us', ['US']],
    ['Zabīhullāh Mujahid', 'zabihullah', ['Zabīhullāh']],
    ['the “ceasefire” holds', '"ceasefire"', ['ceasefire']],
    ['Taliban, taliban, TALIBAN', 'taliban', ['Taliban', 'taliban', 'TALIBAN']],
    ['a 😀 prisoner 😀', 'prisoner', ['prisoner']],
    ['nothing here', 'doha', []],
    ['anything', '   ', []],
  ])('%j / %j', (text, q, words) => {
    expect(show(text, q)).toEqual(words);
  });
});

// Texts and queries from a small alphabet rich in what the rules are about: joiners, digits, accents, plurals.
const piece = fc.constantFrom(
  'a',
  'b',
  'e',
  'i',
  's',
  'y',
  'É',
  'é',
  'ß',
  '5',
  '0',
  '1',
  '-',
  '\u2013',
  "'",
  '\u2019',
  '.',
  ',',
  ' ',
  ' ',
  '\n',
  '"',
  '\u00a0',
  'ies',
  'es',
  '😀',
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));
const query = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

describe('the definition holds everywhere', () => {
  test('the quick search form of plain text is the general one', () => {
    const plain = fc.array(
      fc.constantFrom(
        'a',
        'B',
        'z',
        '0',
        '9',
        '-',
        "'",
        '.',
        ',',
        ' ',
        '\n',
        '!',
        '(',
        'a.b',
        '1,000',
        'U.S.',
        "don't",
        'cease-fire',
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          plain.map((p) => p.join('')),
          text,
        ),
        (t) => {
          expect(searchForm(t)).toBe(slowForm(t));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('an event matches exactly when each term has something to highlight', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const terms = parseQuery(q);
        expect(textMatches(t, q)).toBe(
          terms.length > 0 && terms.every((term) => searchMatches(t, term.text).length > 0),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('word order and repeated words do not matter', () => {
    fc.assert(
      fc.property(text, fc.array(query, { minLength: 1, maxLength: 4 }), (t, words) => {
        const forward = words.join(' ');
        const backward = [...words].reverse().join(' ') + ' ' + words[0];
        expect(textMatches(t, backward)).toBe(textMatches(t, forward));
      }),
    );
  });

  test('the haystack finds exactly the events the matcher finds', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 80 }), query, (texts, q) => {
        const index = {
          count: texts.length,
          searchText: (i: number) => searchForm(texts[i]!),
        } as unknown as EventIndex;
        const mask = searchHaystack(buildHaystack(index)!, parseQuery(q), texts.length);
        expect([...mask].map(Boolean)).toEqual(texts.map((t) => textMatches(t, q)));
      }),
      { numRuns: 300 },
    );
  });

  test('when a query narrows another, everything it finds the other finds too', () => {
    fc.assert(
      fc.property(text, query, query, (t, a, b) => {
        const longer = `${a}${b}`;
        if (narrows(parseQuery(longer), parseQuery(a)) && textMatches(t, longer)) expect(textMatches(t, a)).toBe(true);
        if (narrows(parseQuery(b), parseQuery(a)) && textMatches(t, b)) expect(textMatches(t, a)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('narrowing is recognised while someone types', () => {
    expect(narrows(parseQuery('pris'), parseQuery('pri'))).toBe(true);
    expect(narrows(parseQuery('prisoner release'), parseQuery('prisoner'))).toBe(true);
    expect(narrows(parseQuery('5000'), parseQuery('500'))).toBe(false);
    expect(narrows(parseQuery('parties'), parseQuery('part'))).toBe(true);
    expect(narrows(parseQuery('doha'), parseQuery('kabul'))).toBe(false);
  });
});
