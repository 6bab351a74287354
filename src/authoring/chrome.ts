/**
 * The plain-text chrome filter: finds the page furniture a copied news page carries (breadcrumbs, "Check Also"
 * teasers, "Related Articles", comment forms, "About admin", ad-block notices, "Back to top") line by line,
 * and records each run verbatim with the bundled dataset's chrome kinds. Everything else is body.
 */
import type { ChromeKindT, ChromeT } from '../data/schema';
import { locateAll, type Range } from '../lib/locate';

export interface Line extends Range {
  /** The line's text without its end-of-line characters. */
  text: string;
}

export interface ChromeRun extends Range {
  kind: ChromeKindT;
}

export interface FilteredText {
  /** Chrome runs as the dataset records them (verbatim, with `occurrence` where the text also occurs earlier). */
  chrome: ChromeT[];
  /** The same runs as offsets into the text, sorted. */
  runs: ChromeRun[];
  /** The body: the lines that are not chrome (non-blank), in order. */
  body: Line[];
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const raw = m[0];
    const eol = m[1] ?? '';
    out.push({ start: m.index, end: m.index + raw.length - eol.length, text: raw.slice(0, raw.length - eol.length) });
    if (raw.length === 0) re.lastIndex++;
  }
  return out;
}

/** A run that starts at a marker line and takes the following lines until the next marker. */
const BLOCK_MARKERS: [RegExp, ChromeKindT][] = [
  [
    /^(check also|you may also like|read also|also read|read more|more stories|recommended for you|more from [\w ]+)$/i,
    'teaser',
  ],
  [/^(related articles|related posts|related stories|related news|related)$/i, 'navigation'],
  [/^(leave a reply|leave a comment|post a comment|add a comment|comments?)$/i, 'comment-form'],
  [/^(adblock detected|ad ?blocker detected|ad-?block detected)$/i, 'ad-notice'],
];

/** One-line chrome. */
const LINE_MARKERS: [RegExp, ChromeKindT][] = [
  [/^back to top( button)?$/i, 'navigation'],
  [/^[Aa]bout (admin|the author|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})$/, 'byline-box'],
  [
    /^(share this( article)?:?|share on (facebook|twitter|whatsapp)|print( this)?|email|tweet|tags?:.*|follow us.*|subscribe.*)$/i,
    'navigation',
  ],
  [/^your email address will not be published\b.*$/i, 'comment-form'],
  [/^please consider supporting us by disabling your ad ?blocker\.?$/i, 'ad-notice'],
];

function blockKind(line: string): ChromeKindT | null {
  for (const [re, kind] of BLOCK_MARKERS) if (re.test(line)) return kind;
  return null;
}

function lineKind(line: string): ChromeKindT | null {
  for (const [re, kind] of LINE_MARKERS) if (re.test(line)) return kind;
  return null;
}

const BREADCRUMB = /^(home|start|news)\s*[/›»>|]\s*\S/i;
function isBreadcrumb(line: string): boolean {
  if (BREADCRUMB.test(line)) return true;
  const seps = line.match(/\s[/›»]\s/g)?.length ?? 0;
  return seps >= 2 && line.split(/\s+/).length <= 30;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string) => /[.!?…]["”’)]*$/.test(s.trim());
const isTitleLike = (s: string) => words(s) >= 4 && !endsSentence(s) && words(s) <= 25;

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Splits a text into chrome runs and body lines. Pure and deterministic. */
export function filterChrome(text: string): FilteredText {
  const lines = splitLines(text);
  const runs: ChromeRun[] = [];
  const isChrome = new Array<boolean>(lines.length).fill(false);
  const push = (kind: ChromeKindT, r: Range, from: number, to: number) => {
    const t = trimRange(text, r);
    if (t.end > t.start) runs.push({ kind, ...t });
    for (let k = from; k <= to; k++) isChrome[k] = true;
  };

  // The top of the page: an HTML fragment left by a bad copy, a "date YYYY-MM-DD" header, a "Title - Outlet"
  // header line, short section names before the title.
  let sawTitle = false;
  let titleAfterHeader: string | null = null;
  for (let i = 0; i < lines.length && !sawTitle; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) continue;
    const frag = /^\s*("\s*\/>|">|\/>)\s*/.exec(line.text);
    let rest = line.text;
    let restStart = line.start;
    if (frag) {
      push('other', { start: line.start, end: line.start + frag[0].length }, i, i);
      isChrome[i] = false;
      rest = line.text.slice(frag[0].length);
      restStart = line.start + frag[0].length;
      if (/\s[-–|]\s[^-–|]{2,40}$/.test(rest) && isTitleLike(rest)) {
        push('header', { start: restStart, end: line.end }, i, i);
        continue;
      }
    }
    const dated =
      /^\s*(date|published|posted|updated|article:published_time|datePublished)[:\s]+\d{4}-\d{2}-\d{2}(?!\d)/i.exec(
        rest,
      );
    if (dated) {
      push('header', { start: restStart, end: restStart + dated[0].length }, i, i);
      isChrome[i] = rest.slice(dated[0].length).trim() === '';
      if (!isChrome[i]) titleAfterHeader = rest.slice(dated[0].length).trim();
      if (!isChrome[i]) sawTitle = true;
      continue;
    }
    if (isBreadcrumb(t)) {
      push('breadcrumb', line, i, i);
      continue;
    }
    if (isTitleLike(t) || endsSentence(t)) break;
    if (words(t) <= 3) push('navigation', line, i, i);
  }

  // Blocks and one-line furniture anywhere.
  for (let i = 0; i < lines.length; i++) {
    if (isChrome[i]) continue;
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (isBreadcrumb(t) && i < 8) {
      push('breadcrumb', lines[i]!, i, i);
      continue;
    }
    const block = blockKind(t);
    if (block) {
      let j = i;
      for (let k = i + 1; k < lines.length; k++) {
        const u = lines[k]!.text.trim();
        if (!u) continue;
        if (blockKind(u) || isChrome[k]) break;
        const own = lineKind(u);
        if (own && (own !== block || own === 'navigation')) break;
        j = k;
      }
      push(block, { start: lines[i]!.start, end: lines[j]!.end }, i, j);
      i = j;
      continue;
    }
    const one = lineKind(t);
    if (one) push(one, lines[i]!, i, i);
  }

  // A title line repeated verbatim after its first body appearance.
  const seen = new Set<string>(titleAfterHeader ? [titleAfterHeader] : []);
  for (let i = 0; i < lines.length; i++) {
    if (isChrome[i]) continue;
    const t = lines[i]!.text.trim();
    if (!t || !isTitleLike(t)) continue;
    if (seen.has(t)) push('title-repeat', lines[i]!, i, i);
    else seen.add(t);
  }

  runs.sort((a, b) => a.start - b.start);
  const chrome: ChromeT[] = runs.map((r) => {
    const s = text.slice(r.start, r.end);
    const occurrence = locateAll(text, s).findIndex((h) => h.start === r.start) + 1;
    return occurrence > 1 ? { kind: r.kind, text: s, occurrence } : { kind: r.kind, text: s };
  });
  const body: Line[] = [];
  lines.forEach((line, i) => {
    if (!line.text.trim()) return;
    // Cut chrome out of a line that holds both (a header run at its start).
    let start = line.start;
    for (const r of runs) if (r.start <= start && r.end > start && r.end < line.end) start = r.end;
    if (isChrome[i] && start === line.start) return;
    const t = trimRange(text, { start, end: line.end });
    if (t.end > t.start && !runs.some((r) => r.start <= t.start && t.end <= r.end))
      body.push({ ...t, text: text.slice(t.start, t.end) });
  });
  return { chrome, runs, body };
}

/** True when a range of the text touches a chrome run. */
export function touchesChrome(r: Range, runs: readonly Range[]): boolean {
  return runs.some((c) => r.start < c.end && c.start < r.end);
}
