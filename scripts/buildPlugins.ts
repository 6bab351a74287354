import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy: scripts, styles, data and workers only from the page's own origin, nothing
 * inline, nothing remote, no eval (zod runs jitless, see main.tsx). Images may also be data: or blob: URLs (exports).
 * The one exception is data: `?data=https://…` and "Dataset URL" fetch a dataset the user names from any https origin
 * (CORS permitting), as issue 11 asks; code still comes only from the page's own origin.
 * frame-ancestors cannot be set from a meta tag; a host that can send headers should add it.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the CSP meta tag first in the built page's head. Build only: the dev server's hot reload needs an inline
 * script, which the policy (rightly) forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'envoy-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html))
          throw new Error('The built page has an inline script, which the Content-Security-Policy forbids.');
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes precache.json beside the page: every file of the build (the page, scripts, styles, the bundled data and
 * its articles) and a version that changes with any of them. public/sw.js reads it to serve Envoy offline.
 */
export function precacheManifest(publicDir = resolve(import.meta.dirname, '../public')): Plugin {
  return {
    name: 'envoy-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const fromPublic = filesUnder(publicDir)
        .map((f) => relative(publicDir, f).split('\\').join('/'))
        .filter((f) => f !== 'sw.js' && !f.endsWith('.md') && f !== 'screenshot.png');
      const files = ['./', ...Object.keys(bundle).filter((f) => f !== 'precache.json'), ...fromPublic].sort();
      const hash = createHash('sha256');
      for (const f of files) {
        const item = bundle[f];
        hash.update(f);
        if (item)
          hash.update(
            item.type === 'chunk'
              ? item.code
              : typeof item.source === 'string'
                ? item.source
                : Buffer.from(item.source),
          );
        else if (f !== './') hash.update(readFileSync(join(publicDir, f)));
      }
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify({ version, files }, null, 1) });
    },
  };
}
