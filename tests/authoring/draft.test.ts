import { draftDataset } from '../../src/authoring/draft';
import { checkDatasetText } from '../../src/authoring/check';
import { applyReview } from '../../src/authoring/review';

const a = {
  file: 'a.txt',
  text: 'date 2020-01-16 Taliban offer truce\n\nDOHA: The Taliban have offered a ceasefire of seven days to the United States in Qatar on Wednesday, officials said.\n\nCheck Also\n\nBlast kills 12 in Baghlan\n\nKABUL – At least 12 people were killed …\n',
};
const b = {
  file: 'b.txt',
  text: 'date 2020-01-17 Truce offered\n\nKABUL: The Taliban have offered a ceasefire of ten days to the United States in Qatar on Wednesday, sources said.\n',
};

describe('draftDataset', () => {
  const d = draftDataset([a, b], { today: '2026-01-01' });

  it('passes the app’s own validation and quote checks', () => {
    const texts: Record<string, string> = { 'a.txt': a.text, 'b.txt': b.text };
    const r = checkDatasetText(JSON.stringify(d.dataset), (f) => texts[f]);
    expect(r.problems).toEqual([]);
    expect(d.dataset.events.every((e) => e.status === 'candidate')).toBe(true);
  });

  it('never drafts a candidate from chrome', () => {
    expect(d.dataset.events.some((e) => e.evidence.some((q) => /Baghlan|12 people/.test(q.text)))).toBe(false);
    expect(d.dataset.articles[0]!.chrome.map((c) => c.kind)).toEqual(['header', 'teaser']);
  });

  it('proposes the same happening in two articles as one event with two quotes, flagged where the numbers differ', () => {
    const merged = d.dataset.events.filter((e) => e.evidence.length === 2);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((q) => q.articleId)).toEqual(d.dataset.articles.map((x) => x.id));
    expect(merged[0]!.date).toMatchObject({ earliest: '2020-01-15', latest: '2020-01-15' });
    const row = d.review.find((r) => r.id === merged[0]!.id)!;
    expect(row.review_note).toMatch(/one happening reported by 2 articles/);
  });

  it('applies decisions: accepted lose status, edits are kept, rejected are dropped', () => {
    const withA = draftDataset([a], { today: '2026-01-01' });
    const [first] = withA.review;
    const accepted = applyReview(withA.dataset, [
      { ...first!, decision: 'edit', title: 'Taliban offer a ceasefire', earliest: '2020-01-15', latest: '2020-01-16' },
    ]);
    expect(accepted.dataset.events[0]).toMatchObject({
      title: 'Taliban offer a ceasefire',
      date: { earliest: '2020-01-15', latest: '2020-01-16' },
    });
    expect(accepted.dataset.events[0]!.status).toBeUndefined();
    expect(accepted.report.edited).toBe(1);
    const rejected = applyReview(withA.dataset, [{ ...first!, decision: 'reject' }]);
    expect(rejected.dataset.events).toHaveLength(0);
    const bad = applyReview(withA.dataset, [{ ...first!, decision: 'maybe' }]);
    expect(bad.dataset.events[0]!.status).toBe('candidate');
    expect(bad.report.problems[0]).toMatch(/decision: “maybe” is not accept, reject or edit/);
  });

  it('adds an accepted suggested actor, with its spelling variants, to the accepted events it was found in', () => {
    const text =
      'date 2019-12-05 Spokesman speaks\n\nTaliban spokesman Suhail Shaheen said on Wednesday the talks were over. Suhail Shahhen told a paper on Thursday that talks would resume.\n';
    const d = draftDataset([{ file: 's.txt', text }], { today: '2026-01-01' });
    const s = d.suggestions.find((x) => x.aliases.includes('Suhail Shaheen'))!;
    expect(s.variants).toEqual(['Suhail Shahhen']);
    const rows = d.review.map((r) => ({ ...r, decision: 'accept' }));
    const { dataset, report } = applyReview(d.dataset, rows, [
      {
        decision: 'accept',
        id: s.id,
        name: s.name,
        type: 'person',
        aliases: s.aliases.join('; '),
        variants: s.variants.join('; '),
      },
    ]);
    expect(report.actorsAdded).toEqual([s.id]);
    expect(dataset.actors[0]).toMatchObject({
      id: s.id,
      name: 'Suhail Shaheen',
      aliases: ['Suhail Shaheen', 'Suhail Shahhen'],
    });
    expect(dataset.events.every((e) => e.actors.some((a) => a.actorId === s.id))).toBe(true);
    expect(dataset.events.every((e) => e.status === undefined)).toBe(true);
  });

  it('gives a quotation a draft title that says whose words they are, and makes it a statement', () => {
    const text =
      'date 2020-01-16 Minister speaks\n\n“Today, positive progress has been made on all the issues we raised,” said Qureshi in a video statement.\n';
    const [e] = draftDataset([{ file: 'q.txt', text }], { today: '2026-01-01' }).dataset.events;
    expect(e!.title).toBe('Qureshi: “Today, positive progress has been made on all …”');
    expect(e!.kind).toBe('statement');
  });
});
