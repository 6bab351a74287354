// Runs every suite (unit tests in Node and component tests in jsdom, then the real-browser suite) and prints one closing line:
// "N passed, N failed" summed over all of them. Exits non-zero if anything failed or a suite could not run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'test-results');
mkdirSync(out, { recursive: true });

const suites = [
  { name: 'unit and component', args: ['run'] },
  { name: 'real browser', args: ['run', '--config', 'tests/e2e/vitest.config.ts'] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const suite of suites) {
  const json = resolve(out, `${suite.name.replace(/\W+/g, '-')}.json`);
  rmSync(json, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const res = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/vitest/vitest.mjs'),
      ...suite.args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
    ],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  if (!existsSync(json)) {
    console.error(`!!! the ${suite.name} suite did not run (exit ${res.status})`);
    broken = true;
    continue;
  }
  const r = JSON.parse(readFileSync(json, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (res.status !== 0 && r.numFailedTests === 0) {
    console.error(`!!! the ${suite.name} suite exited with ${res.status} (a file failed to load, or setup failed)`);
    broken = true;
  }
}
console.log('');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken ? 1 : 0);
