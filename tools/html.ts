/** HTML pages → the plain text Envoy stores, through @mozilla/readability on a linkedom DOM. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface PageText {
  text: string;
  meta?: { quote: string; day: string; field: string };
}

function metaPublished(document: Document): { value: string; field: string } | null {
  const og = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  if (og) return { value: og.trim(), field: 'article:published_time' };
  const item = document.querySelector('[itemprop="datePublished"]');
  const iv = item?.getAttribute('content') ?? item?.getAttribute('datetime');
  if (iv) return { value: iv.trim(), field: 'datePublished' };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m) return { value: m[1]!, field: 'datePublished' };
  }
  return null;
}

/** The page's article as text: its title, a header line for the metadata date, then one paragraph per block. */
export function htmlToText(html: string): PageText {
  const { document } = parseHTML(html);
  const meta = metaPublished(document as unknown as Document);
  const article = new Readability(document as unknown as Document).parse();
  const title = (article?.title ?? document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const blocks: string[] = [];
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const el of inner.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,pre')) {
      if (el.querySelector('p,li')) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t && t !== title) blocks.push(t);
    }
    if (blocks.length === 0 && article.textContent)
      blocks.push(
        ...article.textContent
          .split(/\n\s*\n/)
          .map((t) => t.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
  }
  const day = meta && /^\d{4}-\d{2}-\d{2}/.exec(meta.value)?.[0];
  const header = meta && day ? `${meta.field} ${meta.value}` : null;
  const text = [header, title, ...blocks].filter((x): x is string => Boolean(x)).join('\n\n') + '\n';
  return { text, meta: header && day ? { quote: header, day, field: meta!.field } : undefined };
}
