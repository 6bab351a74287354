/**
 * Candidate events: one per reported happening (a sentence, or a clause when a sentence dates two
 * happenings), each with its verbatim quote as evidence, a date with its derivation, actors matched from
 * the aliases, and a neutral draft title. Nothing here comes from chrome: only body sentences are read.
 */
import type { ActorT, EventT, FlagT } from './types';
import { clauses, type Span } from './sentences';
import { findDateClues, resolvePassage } from './resolveDate';
import type { DayWindow } from './calendar';
import { matchAliases, properNouns, type NameMention } from './actors';

export interface Candidate {
  articleId: string;
  quote: Span;
  date: EventT['date'];
  kind: EventT['kind'];
  actors: EventT['actors'];
  /** Proper nouns in the quote that no existing alias covers: suggestions only. */
  names: NameMention[];
  title: string;
  flags: FlagT[];
}

const STATEMENT =
  /\b(said|says|say|tweeted|told|added|announced|stressed|accused|insisted|claimed|denied|confirmed|hoped|welcomed?|called|proposed|offered|urged|warned|rejected)\b/i;
const STATUS = /\b(currently|continues|remains|ongoing|stands accused|rages on|maintain|has never ceased)\b/i;

/** Groups the clauses of a sentence so each group holds at most one date clue; clueless clauses join the one before. */
function happenings(s: Span, ref: DayWindow): Span[] {
  const parts = clauses(s);
  if (parts.length < 2) return [s];
  const hasClue = parts.map((p) => findDateClues(p.text, ref).length > 0);
  if (hasClue.filter(Boolean).length < 2) return [s];
  const groups: Span[] = [];
  parts.forEach((p, i) => {
    const last = groups[groups.length - 1];
    if (last && (!hasClue[i] || (i > 0 && !hasClue.slice(0, i).some(Boolean))))
      groups[groups.length - 1] = {
        start: last.start,
        end: p.end,
        text: s.text.slice(last.start - s.start, p.end - s.start),
      };
    else groups.push(p);
  });
  return groups;
}

/** The speaker of a passage that opens on a quotation ("“…,” said Qureshi", "“…,” he added"), if the text names one. */
function speakerOf(text: string): string | null {
  const close = text.search(/[”"](?=[,.\s])/);
  if (close < 0) return null;
  const after = text.slice(close + 1);
  const m =
    /^[,.]?\s*(?:(?:said|says|added|tweeted|told)\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}|he|she|they|the source|the official)\b(?:\s+(?:said|says|added|tweeted|told|in a))?/u.exec(
      after,
    );
  const who = m?.[1]?.trim();
  return who && !/^(he|she|they)$/i.test(who) ? who.replace(/^the /, 'The ') : null;
}

function draftTitle(text: string): string {
  if (/^[“"]/.test(text)) {
    const who = speakerOf(text);
    const words = text
      .replace(/^[“"]+/, '')
      .split(/[”"]/)[0]!
      .split(/\s+/);
    const cut = words
      .slice(0, 8)
      .join(' ')
      .replace(/[,;:.!?…—–-]+$/, '');
    return `${who ?? 'Quoted'}: “${cut}${words.length > 8 ? ' …' : ''}”`;
  }
  const words = text
    .replace(/^[“"‘']+/, '')
    .replace(/^(Meanwhile|However|Separately|But|And|Also),?\s+/i, '')
    .replace(/[“”"]/g, '')
    .split(/\s+/);
  const cut = words
    .slice(0, 12)
    .join(' ')
    .replace(/[,;:.!?…—–-]+$/, '');
  return words.length > 12 ? `${cut} …` : cut;
}

function kindOf(text: string, planned: boolean): EventT['kind'] {
  if (planned) return 'planned';
  if (STATEMENT.test(text) || /^[“"]/.test(text)) return 'statement';
  if (STATUS.test(text)) return 'status';
  return 'occurred';
}

function roles(text: string, quoteStart: number, hits: ReturnType<typeof matchAliases>): EventT['actors'] {
  const out: EventT['actors'] = [];
  for (const h of hits) {
    if (out.some((a) => a.actorId === h.actorId)) continue;
    const after = text.slice(h.end - quoteStart, h.end - quoteStart + 40);
    const speaker = /^[^.]{0,30}?\b(said|says|tweeted|told|added|stressed|insisted)\b/.test(after);
    out.push({ actorId: h.actorId, role: speaker && !out.some((a) => a.role === 'speaker') ? 'speaker' : 'mentioned' });
  }
  return out;
}

export interface ArticleContext {
  articleId: string;
  text: string;
  sentences: readonly Span[];
  published: DayWindow;
  publishedInferred: boolean;
  actors: readonly ActorT[];
}

const words = (s: string) => s.trim().split(/\s+/).length;

/** The candidate events of one article. */
/**
 * "The invasion …", "Under the deal …": a sentence that opens on a definite happening-noun the sentence
 * before reported (and dated by a clue) is about that happening, and takes its date.
 */
const BACKREF =
  /^(?:(?:Under|After|During|Following|Since)\s+)?[Tt]he\s+(deal|agreement|accord|attacks?|invasion|visit|trip|talks|meeting|offer|proposal|strikes?|blast|ceasefire|announcement|negotiations)\b/;

function backReference(
  text: string,
  previous: { text: string; date: EventT['date']; dated: boolean } | null,
  articleId: string,
): EventT['date'] | null {
  const m = BACKREF.exec(text);
  if (!m || !previous?.dated) return null;
  if (!previous.text.toLowerCase().includes(m[1]!.slice(0, 4).toLowerCase())) return null;
  const d = previous.date;
  return {
    ...d,
    approximate: true,
    derivation: {
      method: 'inferred-from-context',
      clue: m[0],
      articleId,
      confidence: 'low',
      note: `“${m[0]}” refers back to the happening of the sentence before, dated from “${d.derivation.clue}” (${d.earliest === d.latest ? d.earliest : `${d.earliest} to ${d.latest}`}); it takes that date. Check that it is the same happening.`,
    },
  };
}

export function articleCandidates(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  let previous: { text: string; date: EventT['date']; dated: boolean } | null = null;
  ctx.sentences.forEach((s, i) => {
    if (words(s.text) < 5) return;
    const parts = happenings(s, ctx.published);
    parts.forEach((h, k) => {
      const r = resolvePassage(h.text, ctx.published, ctx.articleId, {
        context: ctx.sentences[i - 1]?.text,
        referenceInferred: ctx.publishedInferred,
      });
      const back = k === 0 && r.clue === null ? backReference(h.text, previous, ctx.articleId) : null;
      if (back) r.date = back;
      if (k === 0) previous = { text: s.text, date: r.date, dated: r.clue !== null || back !== null };
      const hits = matchAliases(h.text, ctx.actors).map((x) => ({
        ...x,
        start: x.start + h.start,
        end: x.end + h.start,
      }));
      const names = properNouns(h.text, h.start).filter((n) => !hits.some((x) => n.start < x.end && x.start < n.end));
      const flags: FlagT[] = [];
      if (r.afterPublication) {
        flags.push({
          kind: 'impossible-date',
          quote: { articleId: ctx.articleId, text: h.text },
          description: `Draft flag: the clue “${r.clue?.text}” resolves to ${r.date.earliest}–${r.date.latest}, after the article's publication window (${ctx.published.earliest} to ${ctx.published.latest}), yet the passage reports it as done. Check the clue and the publication date.`,
        });
      }
      out.push({
        articleId: ctx.articleId,
        quote: h,
        date: r.date,
        kind: kindOf(h.text, r.planned),
        actors: roles(h.text, h.start, hits),
        names,
        title: draftTitle(h.text),
        flags,
      });
    });
  });
  return out;
}
