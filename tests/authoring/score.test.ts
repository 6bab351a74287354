import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftDataset } from '../../src/authoring/draft';
import { scoreDraft } from '../../src/authoring/score';
import { Dataset } from '../../src/data/schema';
import { precisionProblem } from '../../src/data/datePrecision';

// The same measure as `npm run draft:score`, on the bundled copies of the seeds (byte for byte the same files).
const folder = join(__dirname, '../../public/data/afghan-peace-2018-2021');
const gold = Dataset.parse(JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')));
const textOf = (file: string) => readFileSync(join(folder, 'articles', file), 'utf8');

describe('drafting the seeds with no --actors, against the hand-made dataset', () => {
  const d = draftDataset(
    gold.articles.map((a) => ({ file: a.file, text: textOf(a.file) })),
    { today: '2026-01-01' },
  );
  const s = scoreDraft(d.dataset, gold, textOf);

  it('gives every date the precision its window calls for, by the app’s rule', () => {
    const wrong = d.dataset.events.map((e) => [e.id, precisionProblem(e.date)] as const).filter(([, p]) => p !== null);
    expect(wrong).toEqual([]);
  });

  it('draws no candidate from chrome', () => {
    expect(s.fromChrome).toBe(0);
  });

  it('overlaps at least 80% of the hand-made events, and dates at least 80% of those inside the candidate interval', () => {
    expect(s.overlapped / s.events).toBeGreaterThanOrEqual(0.8);
    expect(s.datedBest / s.overlapped).toBeGreaterThanOrEqual(0.8);
  });

  it('finds publication windows that contain the hand-made ones', () => {
    expect(s.publication.filter((p) => !p.contains)).toEqual([]);
    expect(s.publication[0]).toMatchObject({ found: '2019-05-04', bundled: '2019-05-04' });
  });
});
