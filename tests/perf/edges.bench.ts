// `npx vitest bench --run tests/perf/edges.bench.ts`: the timeline's edge hints ("← n earlier", "n later →") on
// 1,000,000 synthetic events. They are counted once per committed window (binary search plus short edge scans);
// the visible index they search is built once per filter change.
import { bench, describe } from 'vitest';
import { generateSynthetic } from '../../src/data/synthetic';
import { eventsOutside } from '../../src/timeline/core/edges';
import { buildVisibleIndex } from '../../src/timeline/core/visible';

const index = generateSynthetic(1_000_000, 1);
const all = Uint32Array.from({ length: index.count }, (_, i) => i);
const vis = buildVisibleIndex(all, index.start, index.end);
const day = 86_400_000;
const mid = (index.span[0] + index.span[1]) / 2;

describe('1,000,000 events', () => {
  bench('buildVisibleIndex (once per filter change)', () => void buildVisibleIndex(all, index.start, index.end));
  bench('eventsOutside: a one-day window mid-span', () => void eventsOutside(vis, mid, mid + day));
  bench('eventsOutside: a one-year window mid-span', () => void eventsOutside(vis, mid - 182 * day, mid + 183 * day));
});
