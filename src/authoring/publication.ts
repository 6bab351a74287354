/**
 * The publication date of an article, in order of trust: an explicit date line, HTML metadata
 * (`article:published_time`, `datePublished`), a date given with `--published`; failing those, an interval
 * inferred from the text, no earlier than the latest explicit date it mentions and checked against its
 * weekday clues. Every clue is quoted verbatim; an undated article says so.
 */
import type { ArticleT } from './types';
import {
  addDays,
  daysBetween,
  formatDay,
  formatWindow,
  MONTHS,
  precisionOfWidth,
  WEEKDAYS,
  weekdayOf,
  ymd,
  type DayWindow,
} from './calendar';
import { ANNIVERSARY_RE, findDateClues, leadWords, PLANNED_CUE } from './resolveDate';
import type { Span } from './sentences';

export type Published = ArticleT['published'];

export interface PublicationInput {
  /** The article file's text. */
  text: string;
  /** Runs of chrome that are header lines (where a date line lives). */
  headers: readonly string[];
  /** The body's sentences, in order. */
  sentences: readonly Span[];
  /** The title line, verbatim, if found. */
  title: string | null;
  /** From HTML metadata: the verbatim line written into the text for it, and its day. */
  meta?: { quote: string; day: string; field: string };
  /** Given by the person drafting (`--published`): a day or an interval. */
  given?: DayWindow;
  /** The day of the draft: nothing is published after it. */
  today: string;
}

/** How long after its latest dated mention an article is assumed to appear, when the text says nothing else. */
export const INFERRED_HORIZON_DAYS = 365;

const DATE_LINE = /^\s*(?:date|published|posted|updated)[:\s]+(\d{4}-\d{2}-\d{2})\b/i;

function weekdayClues(sentences: readonly Span[]): { quote: string; weekday: number }[] {
  const out: { quote: string; weekday: number }[] = [];
  const re =
    /\b(?:(?:said|announced|tweeted|confirmed|told|reported)\s+)?(?:on|late|early|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
  for (const s of sentences) {
    if (PLANNED_CUE.test(s.text)) continue;
    for (const m of s.text.matchAll(re)) out.push({ quote: m[0], weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) });
  }
  return out;
}

function agreeing(day: string, sentences: readonly Span[]): Published['clues'] {
  const wd = weekdayOf(day);
  return weekdayClues(sentences)
    .filter((c) => c.weekday === wd && /^(said|announced|tweeted|confirmed|told|reported)\b/.test(c.quote))
    .slice(0, 1)
    .map((c) => ({
      quote: c.quote,
      reasoning: `Agrees: ${formatDay(day)} was a ${WEEKDAYS[wd]![0]!.toUpperCase()}${WEEKDAYS[wd]!.slice(1)}.`,
    }));
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10 };

/**
 * "the (first, annual) anniversary of the February deal": the article appears around an anniversary of a dated
 * happening it names (the one in that month, else the latest), the first one after its latest dated mention
 * unless an ordinal says which.
 */
function anniversaryWindow(
  sentences: readonly Span[],
  explicit: readonly { day: string; quote: string }[],
  lower: string,
): { window: DayWindow; day: string; quote: string; reasoning: string } | null {
  for (const s of sentences) {
    for (const m of s.text.matchAll(ANNIVERSARY_RE)) {
      const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
      const anchor = [...explicit]
        .filter((e) => month === 0 || Number(e.day.slice(5, 7)) === month)
        .sort((a, b) => b.day.localeCompare(a.day))[0];
      if (!anchor) continue;
      const ord = m[1]?.toLowerCase();
      let n = ord ? (ORDINAL[ord] ?? parseInt(ord, 10)) : 1;
      const at = (k: number) =>
        ymd(Number(anchor.day.slice(0, 4)) + k, Number(anchor.day.slice(5, 7)), Number(anchor.day.slice(8, 10)));
      if (!ord) while (at(n) < lower) n++;
      const day = at(n);
      return {
        window: { earliest: addDays(day, -7), latest: addDays(day, 31) },
        day,
        quote: m[0].trim(),
        reasoning: `The ${ord ?? (n === 1 ? 'first' : `${n}th`)} anniversary of “${anchor.quote}” falls on ${formatDay(day)}.`,
      };
    }
  }
  return null;
}

export function inferPublication(input: PublicationInput): Published {
  const { sentences, today } = input;
  const fallbackQuote = input.title ?? leadWords(sentences[0]?.text ?? input.text.trim(), 6);

  for (const h of input.headers) {
    const m = DATE_LINE.exec(h);
    if (!m) continue;
    const day = m[1]!;
    const quote = h.slice(0, m[0].length).trim();
    const note =
      input.given && (input.given.earliest > day || input.given.latest < day)
        ? `The date line wins over --published (${formatWindow(input.given)}), which disagrees with it.`
        : 'An explicit date line.';
    return {
      earliest: day,
      latest: day,
      precision: 'day',
      method: 'dateline',
      clues: [{ quote, reasoning: `The date line gives ${formatDay(day)}.` }, ...agreeing(day, sentences)],
      confidence: 'high',
      note,
    };
  }
  if (input.meta && input.text.includes(input.meta.quote)) {
    const day = input.meta.day;
    return {
      earliest: day,
      latest: day,
      precision: 'day',
      method: 'dateline',
      clues: [
        {
          quote: input.meta.quote,
          reasoning: `The page's HTML metadata (${input.meta.field}) gives ${formatDay(day)}.`,
        },
        ...agreeing(day, sentences),
      ],
      confidence: 'high',
      note: `From the HTML metadata ${input.meta.field}, written into the article file as its header line.`,
    };
  }
  if (input.given) {
    const g = input.given;
    return {
      earliest: g.earliest,
      latest: g.latest,
      precision: precisionOfWidth(g),
      method: 'dateline',
      clues: [
        {
          quote: fallbackQuote,
          reasoning: `Given on the command line (--published): ${formatWindow(g)}. The text itself does not date the article.`,
        },
      ],
      confidence: 'medium',
      note: 'External: the publication date was supplied by the person drafting (--published), not found in the text.',
    };
  }

  // Inferred: the latest explicit date mentioned, as a lower bound.
  let latest: { day: string; quote: string } | null = null;
  const explicit: { day: string; quote: string }[] = [];
  for (const s of sentences) {
    for (const c of findDateClues(s.text, { earliest: today, latest: today })) {
      if (!c.explicit || c.planned) continue;
      explicit.push({ day: c.window.earliest, quote: c.text });
      if (!latest || c.window.earliest > latest.day) latest = { day: c.window.earliest, quote: c.text };
    }
  }
  const weekdays = weekdayClues(sentences);
  if (!latest) {
    const from = addDays(today, -3650);
    return {
      earliest: from,
      latest: today,
      precision: 'span',
      method: 'inferred',
      clues: [
        { quote: fallbackQuote, reasoning: 'No date line, no metadata and no dated mention: the article is undated.' },
      ],
      confidence: 'low',
      note: `Undated: the text gives no date line and mentions no date with a year. The window (the ten years before the draft, ${from} to ${today}) is a placeholder, not a finding; give the date with --published <file>=<date>.`,
    };
  }
  const end = addDays(latest.day, INFERRED_HORIZON_DAYS) < today ? addDays(latest.day, INFERRED_HORIZON_DAYS) : today;
  let window: DayWindow = { earliest: latest.day, latest: end < latest.day ? latest.day : end };
  const clues: Published['clues'] = [
    {
      quote: latest.quote,
      reasoning: `The latest explicit date the article mentions: it was published no earlier than ${formatDay(latest.day)}.`,
    },
  ];
  let horizon = `The text gives no upper bound; the window assumes publication within ${INFERRED_HORIZON_DAYS} days of that date (and not after the draft).`;
  const anniversary = anniversaryWindow(sentences, explicit, latest.day);
  if (anniversary) {
    window = {
      earliest: anniversary.window.earliest < latest.day ? latest.day : anniversary.window.earliest,
      latest: anniversary.window.latest < today ? anniversary.window.latest : today,
    };
    clues.push({ quote: anniversary.quote, reasoning: anniversary.reasoning });
    horizon = `The anniversary places it around ${formatDay(anniversary.day)}: from a week before to a month after (a judgement, not a bound the text states).`;
  }
  const seen = new Set<number>();
  for (const w of weekdays) {
    if (seen.has(w.weekday)) continue;
    seen.add(w.weekday);
    // A weekday told in the past lies in the week before publication: the publication is on or after one.
    const first = addDays(window.earliest, (w.weekday - weekdayOf(window.earliest) + 7) % 7);
    const name = WEEKDAYS[w.weekday]!;
    if (daysBetween(window.earliest, window.latest) >= 6) {
      clues.push({
        quote: w.quote,
        reasoning: `A ${name} told in the past: the publication falls within the week after a ${name}, which any window of a week or more allows.`,
      });
    } else if (first > window.latest) {
      clues.push({
        quote: w.quote,
        reasoning: `A ${name} told in the past, but no ${name} falls in the window: a contradiction to review.`,
      });
    } else {
      window = { earliest: first, latest: window.latest };
      clues.push({
        quote: w.quote,
        reasoning: `A ${name} told in the past: the publication is on or after ${formatDay(first)}.`,
      });
    }
  }
  return {
    earliest: window.earliest,
    latest: window.latest,
    precision: precisionOfWidth(window),
    method: 'inferred',
    clues,
    confidence: 'low',
    note: `Inferred: no earlier than the latest date the text names (“${latest.quote}”). ${horizon} Narrow it with --published once known.`,
  };
}
