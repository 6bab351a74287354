// `npx tsx tests/perf/eventPages.ts [sizes]`: what the build's event pages cost (scripts/eventPages), for the
// bundled dataset (64 events) and generated datasets (10,000 by default), with the default card limit
// (one card per event up to 2,000 events, else one shared card) and, for a sample, the cost of one card each.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleT, DatasetT } from '../../src/data/schema';
import { generateSynthetic } from '../../src/data/synthetic';
import { DEFAULT_CARD_LIMIT, writeEventPages } from '../../scripts/eventPages/writeEventPages';

const ROOT = resolve(import.meta.dirname, '../..');

/** Generated events as a dataset record: enough for the pages (titles, dates, actors, themes, article titles). */
function syntheticDataset(n: number): DatasetT {
  const index = generateSynthetic(n, 1);
  const events = Array.from({ length: n }, (_, i) => index.event(i));
  const ids = [...new Set(events.flatMap((e) => e.evidence.map((q) => q.articleId)))];
  const articles = ids.map((id): ArticleT => ({
    id,
    file: `${id}.txt`,
    title: `Generated article ${id.slice(12)}`,
    outlet: 'Synthetic Wire',
    byline: null,
    dateline: null,
    published: {
      earliest: '2015-01-01',
      latest: '2024-12-31',
      precision: 'span',
      method: 'inferred',
      clues: [{ quote: 'x', reasoning: 'generated' }],
      confidence: 'low',
      note: '',
    },
    chrome: [],
  }));
  return {
    id: index.id,
    title: index.title,
    description: index.description,
    version: '1',
    articles,
    actors: index.actors,
    themes: index.themes,
    events,
    eventAliases: {},
  };
}

async function run(label: string, ds: DatasetT, cardLimit: number) {
  const out = mkdtempSync(join(tmpdir(), 'envoy-pages-'));
  try {
    const r = await writeEventPages(ds, out, { site: 'https://example.org/envoy/', cardLimit });
    console.log(
      `${label.padEnd(46)} ${String(r.pages).padStart(6)} pages ${String(r.cards).padStart(6)} cards${r.sharedCard ? ' + 1 shared' : ''}   ${(r.ms / 1000).toFixed(2).padStart(7)} s   ${(r.ms / r.pages).toFixed(2)} ms/page`,
    );
    return r;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const sizes = (process.argv[2] ?? '10000').split(',').map(Number);
console.log(
  `Event pages benchmark: ${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
const bundled = JSON.parse(
  readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8'),
) as DatasetT;
await run('bundled dataset, a card per event', bundled, DEFAULT_CARD_LIMIT);
for (const n of sizes) {
  const ds = syntheticDataset(n);
  await run(
    `${n.toLocaleString('en-GB')} generated events, default limit (${DEFAULT_CARD_LIMIT})`,
    ds,
    DEFAULT_CARD_LIMIT,
  );
  const sample = { ...ds, events: ds.events.slice(0, 200) };
  const r = await run(`  sample: 200 of them with a card each`, sample, Infinity);
  console.log(
    `  => a card for each of the ${n.toLocaleString('en-GB')} would take about ${(((r.ms / 200) * n) / 1000).toFixed(0)} s (ENVOY_OG_CARDS=all)`,
  );
}
