import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { BOOT_IMPORTS, bootFiles } from '../../scripts/bootPreload';

const chunk = (fileName: string, facade: string | null, imports: string[], css: string[] = []) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId: facade && `/repo/${facade}`,
    moduleIds: facade ? [`/repo/${facade}`] : [],
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as unknown as Rolldown.OutputChunk;

const bundle = (...chunks: Rolldown.OutputChunk[]) =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c])) as Rolldown.OutputBundle;

describe('the boot imports linked in the built page', () => {
  it('are each boot module with every chunk it imports, however deep, and their styles', () => {
    const b = bundle(
      chunk('assets/index.js', 'src/main.tsx', ['assets/react.js']),
      chunk('assets/react.js', null, []),
      chunk('assets/Timeline.js', 'src/timeline/TimelinePanel.tsx', ['assets/react.js', 'assets/d3.js'], ['t.css']),
      chunk('assets/d3.js', null, ['assets/d3-array.js']),
      chunk('assets/d3-array.js', null, []),
      chunk('assets/Map.js', 'src/map/MapPanel.tsx', ['assets/d3.js'], ['map.css']),
    );
    const files = bootFiles(b, ['src/timeline/TimelinePanel.tsx']);
    expect(files.scripts.sort()).toEqual([
      'assets/Timeline.js',
      'assets/d3-array.js',
      'assets/d3.js',
      'assets/react.js',
    ]);
    // Not the map, which loads only when it is shown.
    expect(files.styles).toEqual(['t.css']);
  });

  it('stop the build, in words, when a boot module has no chunk of its own', () => {
    const b = bundle(chunk('assets/index.js', 'src/main.tsx', []));
    expect(() => bootFiles(b, ['src/filters/FilterPanel.tsx'])).toThrow(/no chunk for src\/filters\/FilterPanel\.tsx/);
  });

  it('are the modules the page imports dynamically as it starts', () => {
    const starters = ['src/app/panels.tsx', 'src/data/prefetch.ts'].map((f) =>
      readFileSync(resolve(process.cwd(), f), 'utf8'),
    );
    const imported = starters.flatMap((src) =>
      [...src.matchAll(/import\('([^']+)'\)/g)].map((m) =>
        m[1]!.replace(/^\.\.\//, 'src/').replace(/^\.\//, 'src/data/'),
      ),
    );
    for (const m of BOOT_IMPORTS)
      expect(imported.map((i) => i.replace(/\.tsx?$/, ''))).toContain(m.replace(/\.tsx?$/, ''));
  });
});
