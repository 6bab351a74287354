import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetT } from '../../src/data/schema';
import { datasetCard, eventCard } from '../../src/export/core/cardTree.ts';
import { eventDateShort, eventPageHtml, eventPagePath, OPEN_SCRIPT } from '../../src/export/core/eventPage.ts';
import { renderCard } from './renderCard.ts';

/** How many events get a preview card of their own; past this, every page shares the dataset's card. */
export const DEFAULT_CARD_LIMIT = 1000;

export interface EventPagesOptions {
  /** The app's absolute address, ending in "/" (ENVOY_SITE_URL); null writes relative og:url/og:image. */
  site: string | null;
  /** Events with a card of their own at most (ENVOY_OG_CARDS: a number, "all" or "none"). */
  cardLimit: number;
}

export interface EventPagesReport {
  pages: number;
  cards: number;
  sharedCard: boolean;
  ms: number;
}

const KIND: Record<DatasetT['events'][number]['kind'], string> = {
  occurred: 'Happened',
  statement: 'Statement',
  planned: 'Planned',
  status: 'State of affairs',
};

/** Reads ENVOY_OG_CARDS: "all", "none" or a number; anything else is the default. */
export function cardLimitFrom(value: string | undefined): number {
  if (value === 'all') return Infinity;
  if (value === 'none') return 0;
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 0 ? n : DEFAULT_CARD_LIMIT;
}

/** Reads ENVOY_SITE_URL as the app's address, always ending in "/"; null when unset or not an http(s) URL. */
export function siteFrom(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return null;
  }
}

/**
 * Writes `e/<id>/index.html` for every event of the dataset into `outDir`, with `e/<id>/card.png` (1200×630),
 * and `e/open.js`, the script that opens the app. A dataset with more events than the card limit gets one
 * shared card (`e/card.png`), so a big build stays fast; every page still names its own event in its tags.
 */
export async function writeEventPages(
  ds: DatasetT,
  outDir: string,
  opts: EventPagesOptions,
): Promise<EventPagesReport> {
  const t0 = performance.now();
  const root = join(outDir, 'e');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'open.js'), OPEN_SCRIPT);
  const ownCards = ds.events.length <= opts.cardLimit;
  if (!ownCards && opts.cardLimit !== 0)
    await writeFile(
      join(root, 'card.png'),
      await renderCard(datasetCard({ dataset: ds.title, events: ds.events.length })),
    );
  const colour = new Map(ds.themes.map((t) => [t.id, t.color]));
  let cards = 0;
  // A few at a time: folder creation and writes overlap with the next card's drawing.
  const BATCH = 16;
  for (let k = 0; k < ds.events.length; k += BATCH) {
    await Promise.all(
      ds.events.slice(k, k + BATCH).map(async (e) => {
        const dir = join(outDir, eventPagePath(e.id));
        await mkdir(dir, { recursive: true });
        let card: string | null = null;
        if (ownCards) {
          const png = await renderCard(
            eventCard({
              title: e.title,
              date: eventDateShort(e),
              dataset: ds.title,
              kind: KIND[e.kind],
              colour: colour.get(e.themes[0] ?? '') ?? '#3d6a9e',
              sources: new Set(e.evidence.map((q) => q.articleId)).size,
            }),
          );
          await writeFile(join(dir, 'card.png'), png);
          cards++;
          card = 'card.png';
        } else if (opts.cardLimit !== 0) card = '../card.png';
        await writeFile(join(dir, 'index.html'), eventPageHtml(ds, e, { site: opts.site, card }));
      }),
    );
  }
  return { pages: ds.events.length, cards, sharedCard: !ownCards && opts.cardLimit !== 0, ms: performance.now() - t0 };
}
