import type { DatasetT, EventT } from '../../data/schema';
// With its extension: the build's event-page plugin loads this file straight from Node.
import { dateWords } from '../../lib/formatDate.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where the pages sit and how they are reached: `site` is the absolute address of the app (ending in /), or null. */
export interface PageSite {
  site: string | null;
}

/** "4 May 2019" or "some day between 4 and 6 December 2019": the date as precisely as it is known, and no more. */
export function eventDateWords(e: EventT): string {
  return dateWords(e.date).long;
}

/** The same in the short form the card has room for: "4–6 Dec 2019 (date uncertain)". */
export function eventDateShort(e: EventT): string {
  return dateWords(e.date).short;
}

/** og:description: the date, who, and the source article (title and outlet, as the dataset gives them). */
export function eventDescription(ds: Pick<DatasetT, 'actors' | 'articles'>, e: EventT): string {
  const names = [...new Set(e.actors.map((a) => ds.actors.find((x) => x.id === a.actorId)?.name ?? a.actorId))];
  const articleIds = [...new Set(e.evidence.map((q) => q.articleId))];
  const first = ds.articles.find((a) => a.id === articleIds[0]);
  const source = first
    ? `Source: “${first.title}”${first.outlet ? `, ${first.outlet}` : ''}${articleIds.length > 1 ? ` and ${articleIds.length - 1} more` : ''}.`
    : '';
  const who =
    names.length > 0
      ? `${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}.`
      : '';
  const when = eventDateWords(e);
  return [`${when[0]!.toUpperCase()}${when.slice(1)}.`, who, source].filter(Boolean).join(' ');
}

/** The path of an event's page folder, relative to the app: `e/<id>/`. */
export const eventPagePath = (id: string) => `e/${encodeURIComponent(id)}/`;

/**
 * The static page of one event: Open Graph and Twitter tags for link previews, a canonical link to the app's
 * `?event=<id>` view, and a tiny external script (no inline script, for a strict CSP) that opens it. Every link is
 * relative, so it works under any sub-path; og:url and og:image are absolute when the site address is known.
 */
export function eventPageHtml(
  ds: Pick<DatasetT, 'title' | 'actors' | 'articles'>,
  e: EventT,
  opts: PageSite & { card: string | null },
): string {
  const page = eventPagePath(e.id);
  const app = `../../?event=${encodeURIComponent(e.id)}`;
  const abs = (rel: string) => (opts.site ? new URL(rel, opts.site).toString() : null);
  const url = abs(page);
  const image = opts.card ? (abs(`${page}${opts.card}`) ?? opts.card) : null;
  const canonical = opts.site ? new URL(`?event=${encodeURIComponent(e.id)}`, opts.site).toString() : app;
  const description = eventDescription(ds, e);
  type Tag = [attr: 'property' | 'name', key: string, value: string | null];
  const imageTags: Tag[] = image
    ? [
        ['property', 'og:image:width', '1200'],
        ['property', 'og:image:height', '630'],
        ['property', 'og:image:alt', `${e.title}, ${eventDateWords(e)}, in ${ds.title}`],
      ]
    : [];
  const tags: Tag[] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:site_name', `Envoy · ${ds.title}`],
    ['property', 'og:title', e.title],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:image', image],
    ...imageTags,
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', e.title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
  ];
  const meta = tags
    .flatMap(([attr, key, value]) => (value === null ? [] : [`    <meta ${attr}="${key}" content="${esc(value)}" />`]))
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(e.title)} · Envoy</title>
    <meta name="description" content="${esc(description)}" />
    <link rel="canonical" href="${esc(canonical)}" />
    <link rel="icon" type="image/svg+xml" href="../../favicon.svg" />
${meta}
    <script src="../open.js" defer></script>
  </head>
  <body>
    <main>
      <h1>${esc(e.title)}</h1>
      <p>${esc(description)}</p>
      <p><a id="open" href="${esc(app)}">Open this event in Envoy</a></p>
    </main>
  </body>
</html>
`;
}

/** The external script every event page loads: it opens the app on the page's event (the link's target). */
export const OPEN_SCRIPT = `// Opens Envoy on this page's event; link previews read the page's tags, people go straight to the app.
var a = document.getElementById('open');
if (a) location.replace(a.href);
`;
