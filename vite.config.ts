import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { gzipSizeReport } from './tests/tools/gzipSizeReport.ts';
import { eventPages } from './scripts/eventPages/plugin.ts';
import { contentSecurityPolicy, precacheManifest } from './scripts/buildPlugins.ts';

export default defineConfig({
  // Relative base: the build works from any static host and under any sub-path (/envoy/).
  base: './',
  plugins: [react(), gzipSizeReport(), eventPages(), contentSecurityPolicy(), precacheManifest()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/perf/**', 'node_modules/**'],
  },
});
