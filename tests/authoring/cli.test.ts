// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../tools/envoy';
import { parseCsv, reviewCsv } from '../../src/authoring/review';
import type { ReviewRow } from '../../src/authoring/draft';

const root = join(__dirname, '../..');
const seeds = join(root, 'public/data/afghan-peace-2018-2021/articles');

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run envoy -- draft / check / apply', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'envoy-cli-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('drafts a folder of .txt and .html articles into a valid dataset, then applies a decision file', () => {
    const input = join(tmp, 'in');
    mkdirSync(input);
    cpSync(join(seeds, '000_f2e746433c667b8f.txt'), join(input, '000.txt'));
    writeFileSync(
      join(input, 'page.html'),
      '<!doctype html><html><head><title>Envoy visits Kabul</title><meta property="article:published_time" content="2019-12-05T09:00:00Z"></head><body><nav>Home / World</nav><article><h1>Envoy visits Kabul</h1><p>KABUL: The US envoy Zalmay Khalilzad arrived in Kabul on Wednesday to meet President Ashraf Ghani, officials said.</p><p>He will travel to Doha next week to rejoin talks with the Taliban, the State Department said.</p></article><footer>Leave a Reply</footer></body></html>',
    );
    const out = join(tmp, 'draft');
    const drafted = run([
      'draft',
      input,
      '--out',
      out,
      '--actors',
      join(root, 'public/data/afghan-peace-2018-2021/dataset.json'),
    ]);
    expect(drafted.err).toBe('');
    expect(drafted.code).toBe(0);
    expect(drafted.out).toMatch(/valid: 2 articles/);
    // Articles byte for byte; the HTML page kept beside the text Readability extracted from it.
    expect(readFileSync(join(out, 'articles/000.txt'))).toEqual(readFileSync(join(input, '000.txt')));
    expect(readFileSync(join(out, 'articles/page.html'))).toEqual(readFileSync(join(input, 'page.html')));
    expect(readFileSync(join(out, 'articles/page.txt'), 'utf8')).toContain('arrived in Kabul on Wednesday');

    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const page = ds.articles.find((a: { file: string }) => a.file === 'page.txt');
    expect(page.published).toMatchObject({ earliest: '2019-12-05', latest: '2019-12-05', method: 'dateline' });
    const arrived = ds.events.find((e: { evidence: { text: string }[] }) =>
      e.evidence[0]!.text.includes('arrived in Kabul on Wednesday'),
    );
    expect(arrived.date).toMatchObject({ earliest: '2019-12-04', latest: '2019-12-04' });
    expect(arrived.actors.map((a: { actorId: string }) => a.actorId)).toEqual(
      expect.arrayContaining(['khalilzad', 'ashraf-ghani']),
    );
    expect(
      ds.events.find((e: { evidence: { text: string }[] }) => e.evidence[0]!.text.includes('next week')).kind,
    ).toBe('planned');

    expect(run(['check', out]).code).toBe(0);

    const rows = parseCsv(readFileSync(join(out, 'review.csv'), 'utf8')) as unknown as ReviewRow[];
    expect(rows).toHaveLength(ds.events.length);
    const [keep, edit, drop] = rows;
    const decided = rows.map((r) =>
      r === keep
        ? { ...r, decision: 'accept' }
        : r === edit
          ? { ...r, decision: 'edit', title: 'Reviewed title', actors: 'khalilzad; taliban' }
          : r === drop
            ? { ...r, decision: 'reject' }
            : r,
    );
    writeFileSync(join(out, 'review.csv'), reviewCsv(decided));
    const applied = run(['apply', out]);
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/applied: 1 accepted, 1 edited, 1 rejected, \d+ still candidates/);
    const after = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(after.events).toHaveLength(ds.events.length - 1);
    expect(after.events.find((e: { id: string }) => e.id === keep!.id).status).toBeUndefined();
    expect(after.events.find((e: { id: string }) => e.id === edit!.id)).toMatchObject({
      title: 'Reviewed title',
      actors: [{ actorId: 'khalilzad' }, { actorId: 'taliban' }],
    });
    expect(after.events.some((e: { id: string }) => e.id === drop!.id)).toBe(false);
  });

  it('check prints file › record › field: message and exits 1; --json gives the same problems', () => {
    const out = join(tmp, 'broken');
    cpSync(join(root, 'public/data/afghan-peace-2018-2021'), out, { recursive: true });
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    ds.events[0].evidence[0].text = 'words that are not in the article';
    ds.events[1].themes = ['no-such-theme'];
    writeFileSync(join(out, 'dataset.json'), JSON.stringify(ds));
    const r = run(['check', out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `dataset.json › events[1] "${ds.events[1].id}" › themes[0]: names theme "no-such-theme", which is not in the themes list`,
    );
    const json = run(['check', out, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).problems).toContainEqual({
      file: 'dataset.json',
      record: `events[1] "${ds.events[1].id}"`,
      field: 'themes[0]',
      message: 'names theme "no-such-theme", which is not in the themes list',
    });
  });

  it('check reports quotes missing from the article, once the schema passes', () => {
    const out = join(tmp, 'quotes');
    cpSync(join(root, 'public/data/afghan-peace-2018-2021'), out, { recursive: true });
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    ds.events[0].evidence[0].text = 'words that are not in the article';
    writeFileSync(join(out, 'dataset.json'), JSON.stringify(ds));
    const r = run(['check', out]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/› evidence\[0\]\.text: "words that are not in the article" does not occur verbatim/);
  });

  it('refuses to overwrite a draft (a review would be lost) and says why', () => {
    const out = join(tmp, 'draft');
    expect(run(['draft', seeds, '--out', out]).code).toBe(0);
    const before = readFileSync(join(out, 'dataset.json'), 'utf8');
    const again = run(['draft', seeds, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; nothing was written/);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(before);
  });

  it('takes --published for an undated article, and refuses a malformed one with a usage message', () => {
    const input = join(tmp, 'in');
    mkdirSync(input);
    writeFileSync(
      join(input, 'undated.txt'),
      'Talks resume in Doha\n\nThe talks resumed after a long pause, officials said on Monday.\n',
    );
    const bad = run(['draft', input, '--out', join(tmp, 'bad'), '--published', 'undated.txt=March 2021']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--published undated.txt=March 2021: write <file>=YYYY-MM-DD/);
    const ok = run(['draft', input, '--out', join(tmp, 'ok'), '--published', 'undated.txt=2021-03-01..2021-03-02']);
    expect(ok.code).toBe(0);
    const ds = JSON.parse(readFileSync(join(tmp, 'ok', 'dataset.json'), 'utf8'));
    expect(ds.articles[0].published).toMatchObject({ earliest: '2021-03-01', latest: '2021-03-02' });
    expect(ds.events[0].date).toMatchObject({
      earliest: '2021-03-01',
      latest: '2021-03-01',
      derivation: { clue: 'on Monday' },
    });
  });

  it('runs as npm run envoy (the script entry) with the exit code of check', () => {
    const good = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        join(root, 'tools/envoy.ts'),
        'check',
        join(root, 'public/data/afghan-peace-2018-2021'),
      ],
      { encoding: 'utf8' },
    );
    expect(good).toMatch(/^valid: 5 articles, 27 actors, 64 events/);
    expect(
      existsSync(join(root, 'package.json')) &&
        JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.envoy,
    ).toBe('tsx tools/envoy.ts');
  }, 60_000);
});
