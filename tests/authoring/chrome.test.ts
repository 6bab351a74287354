import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filterChrome } from '../../src/authoring/chrome';
import { Dataset } from '../../src/data/schema';

const folder = join(__dirname, '../../public/data/afghan-peace-2018-2021');
const bundled = Dataset.parse(JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')));

describe('filterChrome: page furniture in plain text', () => {
  const page = (lines: string[]) => lines.join('\n');
  const table: { name: string; text: string; chrome: [string, string][] }[] = [
    {
      name: 'breadcrumb at the top',
      text: page([
        'Home / World / Talks resume in Doha',
        '',
        'Talks resume in Doha',
        '',
        'DOHA: The talks resumed on Monday.',
      ]),
      chrome: [['breadcrumb', 'Home / World / Talks resume in Doha']],
    },
    {
      name: '"Check Also" teaser runs to the next marker',
      text: page([
        'Talks resume in Doha',
        '',
        'The talks resumed on Monday.',
        '',
        'Check Also',
        '',
        'Blast kills 12',
        '',
        'KABUL – At least 12 people …',
        '',
        'Leave a Reply',
        '',
        'Your email address will not be published. Required fields are marked *',
      ]),
      chrome: [
        ['teaser', 'Check Also\n\nBlast kills 12\n\nKABUL – At least 12 people …'],
        ['comment-form', 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *'],
      ],
    },
    {
      name: 'Related Articles, Back to top and an ad-block notice stay separate',
      text: page([
        'Talks resume in Doha today',
        '',
        'The talks resumed on Monday.',
        '',
        'Related Articles',
        '',
        'Back to top button',
        '',
        'Adblock Detected',
        '',
        'Please consider supporting us by disabling your ad blocker',
      ]),
      chrome: [
        ['navigation', 'Related Articles'],
        ['navigation', 'Back to top button'],
        ['ad-notice', 'Adblock Detected\n\nPlease consider supporting us by disabling your ad blocker'],
      ],
    },
    {
      name: '"About admin" is a byline box; a body sentence starting "About" is not',
      text: page([
        'Talks resume in Doha today',
        '',
        'About 300 people attended the talks on Monday.',
        '',
        'About admin',
      ]),
      chrome: [['byline-box', 'About admin']],
    },
    {
      name: 'a section name before the title, a date header, a repeated title',
      text: page([
        'Asia',
        '',
        'date 2020-01-16 Talks resume in Doha today',
        '',
        'Talks resume in Doha today',
        '',
        'The talks resumed on Monday.',
      ]),
      chrome: [
        ['navigation', 'Asia'],
        ['header', 'date 2020-01-16'],
        ['title-repeat', 'Talks resume in Doha today'],
      ],
    },
  ];
  it.each(table)('$name', ({ text, chrome }) => {
    const f = filterChrome(text);
    expect(f.chrome.map((c) => [c.kind, c.text])).toEqual(chrome);
    for (const line of f.body) expect(f.runs.some((r) => line.start < r.end && r.start < line.end)).toBe(false);
  });

  it.each(bundled.articles.map((a) => [a.file, a] as const))(
    'finds exactly the hand-recorded chrome of %s',
    (file, article) => {
      const text = readFileSync(join(folder, 'articles', file), 'utf8');
      expect(filterChrome(text).chrome).toEqual(article.chrome);
    },
  );

  it('keeps the body verbatim: every body line is the text at its offsets', () => {
    const text = readFileSync(join(folder, 'articles', bundled.articles[1]!.file), 'utf8');
    const f = filterChrome(text);
    for (const line of f.body) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(f.body.some((l) => l.text.startsWith('KABUL – US Special Representative'))).toBe(true);
    expect(f.body.some((l) => l.text.includes('Roadside'))).toBe(false);
  });
});
