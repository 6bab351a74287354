import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { DatasetT } from '../../src/data/schema';
import { BUNDLED_DATASET } from '../../src/data/source.ts';
import { cardLimitFrom, siteFrom, writeEventPages } from './writeEventPages.ts';

/**
 * After `vite build` has written dist/, writes a static page per event of the bundled dataset (e/<id>/index.html,
 * with Open Graph tags and a 1200×630 card) so a pasted link previews the event. ENVOY_SITE_URL (the app's
 * public address) makes og:url and og:image absolute, as Facebook, LinkedIn and X need; ENVOY_OG_CARDS caps
 * the cards drawn ("all", "none" or a number; 1,000 by default).
 */
export function eventPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'envoy-event-pages',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      const file = resolve(config.root, config.publicDir, 'data', BUNDLED_DATASET, 'dataset.json');
      // The dataset is checked against its schema by the test suite; here it is only read.
      const ds = JSON.parse(await readFile(file, 'utf8')) as DatasetT;
      const site = siteFrom(process.env.ENVOY_SITE_URL);
      if (!site) {
        config.logger.warn(
          `\nEvent pages: ENVOY_SITE_URL is ${process.env.ENVOY_SITE_URL ? 'not an http(s) address' : 'not set'}, so og:url is left out and og:image is relative; ` +
            'crawlers that need absolute addresses (Facebook, LinkedIn, X) will show no image. Set it to the app’s public address, e.g. https://example.org/envoy/.',
        );
      }
      const r = await writeEventPages(ds, resolve(config.root, config.build.outDir), {
        site,
        cardLimit: cardLimitFrom(process.env.ENVOY_OG_CARDS),
      });
      config.logger.info(
        `Event pages: ${r.pages} pages, ${r.cards} cards${r.sharedCard ? ' (one shared card: more events than ENVOY_OG_CARDS)' : ''} in ${(r.ms / 1000).toFixed(1)} s`,
      );
    },
  };
}
