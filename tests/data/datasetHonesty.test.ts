import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { precisionProblem, windowPrecision } from '../../src/data/datePrecision';
import { facetCounts } from '../../src/data/facetCounts';
import { filterEvents } from '../../src/data/filter';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import type { EventT } from '../../src/data/schema';
import { articleTexts, datasetText } from './fixture';

const ds = parseDatasetRecord(datasetText(), 'afghan-peace-2018-2021/dataset.json');
const texts = articleTexts(ds);
const event = (id: string): EventT => {
  const e = ds.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const published = (articleId: string) => ds.articles.find((a) => a.id === articleId)!.published;

describe('windowPrecision: the smallest unit that holds the window', () => {
  test.each([
    ['2019-05-04', '2019-05-04', 'day'],
    ['2019-05-03', '2019-05-04', 'week'],
    ['2019-04-28', '2019-05-04', 'week'],
    ['2019-11-28', '2019-12-06', 'year'],
    ['2019-06-18', '2019-06-28', 'month'],
    ['2019-04-01', '2019-04-30', 'month'],
    ['2019-01-01', '2019-12-31', 'year'],
    ['2018-10-01', '2020-01-17', 'year'],
  ] as const)('%s..%s → %s', (a, b, want) => {
    expect(windowPrecision(a, b)).toBe(want);
  });
});

describe('dates in the bundled dataset say what the window says', () => {
  test('every event: precision agrees with the window; a span says how precisely each end is known', () => {
    const wrong = ds.events.map((e) => [e.id, precisionProblem(e.date)]).filter(([, p]) => p !== null);
    expect(wrong).toEqual([]);
  });

  test('every article: its publication precision agrees with its window', () => {
    const wrong = ds.articles.map((a) => [a.id, precisionProblem(a.published)]).filter(([, p]) => p !== null);
    expect(wrong).toEqual([]);
  });

  test('a likeliest part lies inside the window and rests on words of the source', () => {
    const withLikeliest = ds.events.filter((e) => e.date.likeliest);
    expect(withLikeliest.length).toBeGreaterThan(0);
    for (const e of withLikeliest) {
      const l = e.date.likeliest!;
      expect(l.earliest >= e.date.earliest && l.latest <= e.date.latest && l.earliest <= l.latest, e.id).toBe(true);
      expect(texts[e.date.derivation.articleId!], e.id).toContain(l.clue);
      expect(e.date.precision, `${e.id}: a span has no likeliest day`).not.toBe('span');
    }
  });

  test('the article answering Shaheen’s tweet is dated by that news (June 2019), not by its slip "last month"', () => {
    const p = published('khalilzad-comprehensive-peace-not-withdrawal');
    // The tweet it reports was sent on 18 June 2019 and the seventh round it looks ahead to began on 29 June (External).
    expect(p.earliest >= '2019-06-18' && p.latest <= '2019-06-28', `${p.earliest}..${p.latest}`).toBe(true);
    expect(p.clues.some((c) => c.quote.includes('last month') && /External:.*12 April 2019/.test(c.reasoning))).toBe(
      true,
    );
    expect(p.clues.some((c) => /External:.*18 June 2019/.test(c.reasoning))).toBe(true);
  });

  test('“US troops drop to 2,500” is dated by what the articles support, an uncertain instant, with the outside date in the note', () => {
    const e = event('2019-2021-us-troops-drop-to-2500');
    expect(e.date.precision).not.toBe('span');
    expect(e.date.earliest >= published('khalilzad-in-kabul-resuming-talks').earliest).toBe(true);
    expect(e.date.latest <= published('khalilzad-embarks-afghan-peace-mission').latest).toBe(true);
    expect(e.date.derivation.note).toMatch(/External:.*reached on 15 January 2021/);
  });
});

// Words by which a passage hedges a claim or hands it to someone else.
const HEDGE =
  /\breportedly\b|\bsaid to\b|\bsources? (?:say|says|said|added)\b|\bclaim(?:s|ed)? (?:that|to)\b|\bappeared to\b|\bas saying\b|\bsaying that\b/i;
// Words by which a title or summary keeps that hedge or attribution.
const ATTRIBUTION =
  /\breportedly\b|\baccording to\b|\bsays?\b|\bsaid\b|\bsources?\b|\bappears?\b|\bappeared\b|\bclaim|\bone article\b|\bdisputed\b/i;

describe('titles and summaries keep the sources’ hedges', () => {
  const hedged = ds.events.filter((e) => {
    // Hedged in every article reporting it: no article states it plainly.
    const articles = new Set(e.evidence.map((q) => q.articleId));
    return [...articles].every((a) => e.evidence.some((q) => q.articleId === a && HEDGE.test(q.text)));
  });

  test('the events whose every report is hedged are the ones expected (the check is not empty)', () => {
    expect(hedged.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        '2019-11-khalilzad-proposes-week-long-ceasefire',
        '2020-01-15-taliban-offer-brief-ceasefire',
        '2019-11-khalilzad-informal-meetings-qatar',
      ]),
    );
  });

  test.each(hedged.map((e) => [e.id, e] as const))('%s: title and summary carry the attribution', (_id, e) => {
    expect(e.title).toMatch(ATTRIBUTION);
    expect(e.summary).toMatch(ATTRIBUTION);
  });

  test('a figure that a flag disputes is never stated as fact: it is quoted or attributed', () => {
    for (const e of ds.events) {
      for (const f of e.flags.filter((x) => x.kind === 'unverified')) {
        for (const figure of f.quote.text.match(/\d[\d,]*/g) ?? []) {
          for (const text of [e.title, e.summary]) {
            if (!text.includes(figure)) continue;
            expect(text, `${e.id}: "${figure}"`).toMatch(
              new RegExp(`[“"]more than ${figure}[”"]|${ATTRIBUTION.source}`, 'i'),
            );
          }
        }
      }
    }
  });

  test('an event resting on a sentence flagged as wrong elsewhere says whose claim it is', () => {
    const flagged = ds.events.flatMap((e) =>
      e.flags
        .filter((f) => f.kind === 'impossible-date' || f.kind === 'contradiction')
        .map((f) => ({ owner: e.id, q: f.quote })),
    );
    const span = (articleId: string, text: string) => {
      const at = texts[articleId]!.lastIndexOf(text);
      return [at, at + text.length] as const;
    };
    let checked = 0;
    for (const e of ds.events) {
      const resting = e.evidence.some((q) =>
        flagged.some(({ owner, q: f }) => {
          if (owner === e.id || f.articleId !== q.articleId) return false;
          const [a0, a1] = span(q.articleId, q.text);
          const [b0, b1] = span(f.articleId, f.text);
          return a0 < b1 && b0 < a1;
        }),
      );
      if (!resting) continue;
      checked++;
      expect(e.title, e.id).toMatch(ATTRIBUTION);
      expect(e.summary, e.id).toMatch(ATTRIBUTION);
    }
    expect(checked).toBeGreaterThan(0);
  });

  test.each([
    ['2019-05-03-ghani-offers-prisoner-release', 'the article says “175 prisoners”, not whose', /175 prisoners/],
    ['2020-01-15-taliban-offer-brief-ceasefire', 'the offer was “reportedly handed”', /reportedly/i],
    ['2019-11-khalilzad-proposes-week-long-ceasefire', 'it rests on “A Taliban source says”', /Taliban source says/i],
    ['2019-08-us-taliban-finalise-deal', 'only the article that misdates the talks says “finalised”', /one article/i],
    ['2019-05-03-coalition-air-strikes-kunar', 'the toll is what “the Afghan defence ministry said”', /ministry says/i],
  ] as const)('%s: the title keeps it (%s)', (id, _why, pattern) => {
    expect(event(id).title).toMatch(pattern);
  });
});

describe('roles: who took part, and who only spoke of it', () => {
  const index = buildIndex(ds);
  const NONE = {
    actors: [] as string[],
    actorMode: 'any' as const,
    themes: [] as string[],
    themeMode: 'any' as const,
    search: '',
  };
  const ids = (positions: Uint32Array) => Array.from(positions, (i) => index.event(i).id);

  test('a speaker on something that happened speaks in an article of its time; a later remark makes a commentator', () => {
    for (const e of ds.events) {
      if (e.kind === 'statement' || e.kind === 'status') continue;
      const timely = e.evidence.some((q) => {
        const p = published(q.articleId);
        return (Date.parse(p.earliest) - Date.parse(e.date.latest)) / 86_400_000 <= 31;
      });
      if (!timely)
        expect(
          e.actors.filter((a) => a.role === 'speaker'),
          e.id,
        ).toEqual([]);
    }
  });

  test('filtering by Mohammad Naim shows his own statements, not the signing he spoke about a year later', () => {
    const shown = ids(filterEvents(index, { ...NONE, actors: ['mohammad-naim'] }));
    expect(shown).not.toContain('2020-02-29-us-taliban-doha-agreement');
    expect(shown).toContain('2021-naim-says-remaining-us-troops-will-leave');
    const k = index.actorIndex.get('mohammad-naim')!;
    expect(facetCounts(index, NONE, null).actors[k]).toBe(shown.length);
    // The card still names him, as a commentator.
    expect(event('2020-02-29-us-taliban-doha-agreement').actors).toContainEqual({
      actorId: 'mohammad-naim',
      role: 'commentator',
    });
  });

  test.each([
    // "were suspended again following an attack": no one is said to have suspended them.
    ['2019-12-talks-suspended-after-bagram-attack', 'united-states'],
  ])('%s: a passive sentence names no actor (%s)', (id, actorId) => {
    const e = event(id);
    expect(e.actors.filter((a) => a.role === 'actor')).toEqual([]);
    expect(e.actors.find((a) => a.actorId === actorId)?.role).not.toBe('actor');
  });
});
