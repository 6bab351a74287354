import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { checkBrowser, findBrowser } from './browser';
import { serveStatic } from '../tools/staticServer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string | null;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the app once, serves it under /envoy/ (a sub-path, as a static host would) and stops the server at the end, pass or fail. */
export default async function setup(project: TestProject) {
  const browserPath = checkBrowser(findBrowser(), process.env.E2E_REQUIRED === '1');
  // Each run builds into its own folder, so two runs at once never serve each other's half-written files.
  const outDir = process.env.E2E_SKIP_BUILD === '1' ? resolve(ROOT, 'dist') : mkdtempSync(join(tmpdir(), 'envoy-e2e-'));
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // Vitest sets NODE_ENV=test, which would make Vite ship React's development build: test what users get.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: ROOT,
        mode: 'production',
        logLevel: 'warn',
        configFile: resolve(ROOT, 'vite.config.ts'),
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const server = await serveStatic(outDir, '/envoy/');
  project.provide('baseUrl', server.url);
  project.provide('browserPath', browserPath);
  return async () => {
    await server.close();
    if (process.env.E2E_SKIP_BUILD !== '1') rmSync(outDir, { recursive: true, force: true });
  };
}
