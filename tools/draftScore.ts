/**
 * `npm run draft:score`: drafts the seed articles (../shared/seeds beside the repository, as in CI) with no
 * --actors, and compares the draft with the bundled, hand-made dataset of the same articles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { draft } from './envoy';
import { formatScore, scoreDraft } from '../src/authoring/score';
import { Dataset } from '../src/data/schema';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, '..', 'shared', 'seeds');
const bundled = join(root, 'public', 'data', 'afghan-peace-2018-2021');
const out = mkdtempSync(join(tmpdir(), 'envoy-draft-score-'));
try {
  const logs: string[] = [];
  const started = performance.now();
  const code = draft(seeds, out, { published: [], force: true, today: '2026-01-01' }, (s) => logs.push(s));
  const elapsed = performance.now() - started;
  if (code !== 0) {
    console.error(logs.join('\n'));
    process.exit(1);
  }
  const d = Dataset.parse(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')));
  const gold = Dataset.parse(JSON.parse(readFileSync(join(bundled, 'dataset.json'), 'utf8')));
  console.log(`draft of ${seeds} (no --actors), checked valid by the app's validation; compared with ${bundled}`);
  console.log(formatScore(scoreDraft(d, gold, (file) => readFileSync(join(out, 'articles', file), 'utf8'))));
  console.log(`time to draft the ${d.articles.length} seeds (read, draft, write, check): ${Math.round(elapsed)} ms`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
