import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The shell (the entry chunk) must stay under this, gzipped; features load as their own chunks. */
export const SHELL_BUDGET_BYTES = 120 * 1024;

/** Prints the gzipped size of every JavaScript chunk the build ships, and the total, so a size regression shows at build time. */
export function gzipSizeReport(): Plugin {
  return {
    name: 'envoy-gzip-size-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      let total = 0;
      let entry = 0;
      const rows: string[] = [];
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const gz = gzipSync(chunk.code).length;
        total += gz;
        if (chunk.isEntry) entry += gz;
        rows.push(
          `  ${name.padEnd(44)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzip${chunk.isEntry ? '  (entry)' : ''}`,
        );
      }
      console.log(
        `\nJavaScript shipped (gzip):\n${rows.join('\n')}\n  ${'entry total'.padEnd(44)} ${(entry / 1024).toFixed(1).padStart(7)} KB gzip\n  ${'all chunks'.padEnd(44)} ${(total / 1024).toFixed(1).padStart(7)} KB gzip\n`,
      );
      if (entry > SHELL_BUDGET_BYTES) {
        this.error(
          `The shell's JavaScript is ${(entry / 1024).toFixed(1)} KB gzipped, over its ${SHELL_BUDGET_BYTES / 1024} KB budget: load the new code lazily.`,
        );
      }
    },
  };
}
