import { articleInfo } from '../../src/authoring/articleInfo';
import { filterChrome } from '../../src/authoring/chrome';
import { inferPublication } from '../../src/authoring/publication';

function published(
  text: string,
  extra: { given?: { earliest: string; latest: string }; meta?: { quote: string; day: string; field: string } } = {},
) {
  const info = articleInfo(text, filterChrome(text));
  return inferPublication({
    text,
    headers: info.headers,
    sentences: info.sentences,
    title: info.title,
    today: '2026-01-01',
    ...extra,
  });
}

describe('inferPublication: in order of trust', () => {
  it('a date line wins, with an agreeing weekday quoted', () => {
    const p = published(
      'date 2019-05-04 Envoy ready for peace\n\nDOHA: The envoy said on Saturday that America stands ready.',
    );
    expect(p).toMatchObject({ earliest: '2019-05-04', latest: '2019-05-04', method: 'dateline', confidence: 'high' });
    expect(p.clues.map((c) => c.quote)).toEqual(['date 2019-05-04', 'said on Saturday']);
  });

  it('HTML metadata comes next', () => {
    const text =
      'article:published_time 2020-03-01T08:00:00Z\n\nTalks resume in Doha today\n\nThe talks resumed in 2019.';
    const p = published(text, {
      meta: {
        quote: 'article:published_time 2020-03-01T08:00:00Z',
        day: '2020-03-01',
        field: 'article:published_time',
      },
    });
    expect(p).toMatchObject({ earliest: '2020-03-01', method: 'dateline' });
    expect(p.clues[0]!.reasoning).toMatch(/HTML metadata/);
  });

  it('--published comes after them, and says it is external', () => {
    const p = published('Talks resume in Doha today\n\nThe talks resumed after a long pause.', {
      given: { earliest: '2020-02-01', latest: '2020-02-03' },
    });
    expect(p).toMatchObject({ earliest: '2020-02-01', latest: '2020-02-03' });
    expect(p.note).toMatch(/^External:/);
  });

  it('otherwise an interval no earlier than the latest explicit date, weekday clues quoted, low confidence', () => {
    const p = published(
      'Talks resume in Doha today\n\nThe deal was struck on February 29th, 2020 in Doha. The envoy arrived on Sunday. Talks began in September 2018.',
    );
    expect(p.method).toBe('inferred');
    expect(p.earliest).toBe('2020-02-29');
    expect(p.latest > p.earliest).toBe(true);
    expect(p.confidence).toBe('low');
    expect(p.clues.map((c) => c.quote)).toEqual(['February 29th, 2020', 'on Sunday']);
  });

  it('an anniversary of a dated happening places it around that day', () => {
    const p = published(
      'Envoy embarks on mission\n\nThe deal was signed on February 29th, 2020 in Doha. Celebrating the annual anniversary of the February deal, a spokesman spoke.',
    );
    expect([p.earliest, p.latest]).toEqual(['2021-02-22', '2021-04-01']);
    expect(p.clues.map((c) => c.quote)).toContain('annual anniversary of the February');
  });

  it('an undated article says so', () => {
    const p = published(
      'Talks resume in Doha today\n\nThe talks resumed after a long pause, officials said on Monday.',
    );
    expect(p.note).toMatch(/^Undated/);
    expect(p.clues[0]!.reasoning).toMatch(/undated/);
  });
});
