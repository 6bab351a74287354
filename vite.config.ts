import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { gzipSizeReport } from './tests/tools/gzipSizeReport.ts';
import { eventPages } from './scripts/eventPages/plugin.ts';
import { contentSecurityPolicy, precacheManifest } from './scripts/buildPlugins.ts';
import { bootPreload } from './scripts/bootPreload.ts';
import { CHUNK_GROUPS } from './scripts/chunkGroups.ts';

// Outside the unit run: the real-browser suite and the benchmarks have their own configs.
const notUnit = ['tests/e2e/**', 'tests/perf/**', 'node_modules/**'];
// .test.ts files that need a DOM (they make elements, parse SVG or read `window`): a pure test that fails in `unit`
// with "document is not defined" (or HTMLElement, DOMParser…) belongs here.
const domTs = [
  'tests/lib/isTyping.test.ts',
  'tests/lib/saveBlob.test.ts', // clicks a download link
  'tests/lib/svgContext.test.ts',
  'tests/data/worker/protocol.test.ts', // fakes a Worker's ErrorEvent
  'tests/timeline/core/zoomController.test.ts', // d3-zoom on a real element
];

export default defineConfig({
  // Relative base: the build works from any static host and under any sub-path (/envoy/).
  base: './',
  plugins: [react(), gzipSizeReport(), eventPages(), contentSecurityPolicy(), bootPreload(), precacheManifest()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Few chunks on the way to the first paint (scripts/chunkGroups.ts).
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  test: {
    globals: true,
    // One worker per core (Vitest's default leaves one core idle): component tests spend much of their time waiting.
    maxWorkers: '100%',
    // Two projects: pure modules run in plain Node (no jsdom to start, no DOM setup), components in jsdom.
    // A .test.ts that needs the DOM is listed in `dom` by name.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure modules share one module graph per worker: half the CPU of loading every file afresh.
          // setupUnit.ts undoes fake timers, stubbed globals and spies when a file ends; vi.mock belongs in `dom`.
          isolate: false,
          setupFiles: ['./tests/setupUnit.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: [...domTs, ...notUnit],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.tsx', ...domTs],
          exclude: notUnit,
        },
      },
    ],
  },
});
