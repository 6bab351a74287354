import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

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
        rows.push(`  ${name.padEnd(44)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzip${chunk.isEntry ? '  (entry)' : ''}`);
      }
      console.log(
        `\nJavaScript shipped (gzip):\n${rows.join('\n')}\n  ${'entry total'.padEnd(44)} ${(entry / 1024).toFixed(1).padStart(7)} KB gzip\n  ${'all chunks'.padEnd(44)} ${(total / 1024).toFixed(1).padStart(7)} KB gzip\n`,
      );
    },
  };
}
