import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS, LAZY_IN_PANELS } from '../../scripts/chunkGroups';

const ROOT = process.cwd();
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
const panels = CHUNK_GROUPS.find((g) => g.name === 'panels')!;

describe('the panels chunk', () => {
  it('holds the panels’ modules', () => {
    for (const f of ['src/timeline/TimelinePanel.tsx', 'src/filters/FilterPanel.tsx', 'src/reader/ReaderPanel.tsx'])
      expect(panels.test!(resolve(ROOT, f)), f).toBe(true);
    expect(panels.test!(resolve(ROOT, 'src/map/MapPanel.tsx'))).toBe(false);
  });

  it('leaves out every module the panels import lazily, so it is loaded only when asked for', () => {
    const lazy = ['src'].flatMap((d) =>
      filesUnder(resolve(ROOT, d)).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/await import\('(\.[^']+)'\)|=> import\('(\.[^']+)'\)/g)].map((m) =>
          relative(ROOT, resolve(dirname(f), m[1] ?? m[2]!))
            .split('\\')
            .join('/'),
        ),
      ),
    );
    const inPanels = lazy.filter((m) => m.match(/^src\/(timeline|filters|reader)\//));
    expect(inPanels.length).toBeGreaterThan(0);
    // The panels themselves are imported lazily by the shell: they are the chunk.
    const panelsThemselves = /Panel$/;
    for (const m of inPanels.filter((x) => !panelsThemselves.test(x))) {
      expect(LAZY_IN_PANELS.map((x) => x.replace(/\.tsx?$/, ''))).toContain(m.replace(/\.tsx?$/, ''));
      expect(
        panels.test!(
          resolve(
            ROOT,
            LAZY_IN_PANELS.find((x) => x.startsWith(m))!,
          ),
        ),
      ).toBe(false);
    }
  });
});
