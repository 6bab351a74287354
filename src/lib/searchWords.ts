import { normalizeText } from './normalize';

/**
 * The words of a text as search sees them (see searchMatches.ts for how a query matches them).
 *
 * 1. Fold each character: case, accents, curly quotes and dashes, as normalizeText does (character by character,
 *    so offsets map back to the original text).
 * 2. A word is a run of letters, digits and combining marks, except that these are dropped and the word goes on:
 *    - a hyphen between two letters ("cease-fire" is one word, "ceasefire");
 *    - an apostrophe between two letters ("Taliban's" is "talibans");
 *    - a period after a single letter and before a letter ("U.S." is "us");
 *    - a thousands separator (",", ".", no-break or thin space) between a digit and exactly three digits
 *      ("5,000" is "5000"; "1.5" stays two words).
 * 3. A word starts at its first character and again after each dropped hyphen or period: "cease-fire" can be found
 *    as "ceasefire…" or as "fire…".
 */
export interface Word {
  /** The folded word with the dropped characters left out. */
  text: string;
  /** Offsets in `text` where the word may also be found: 0, then after each dropped hyphen or period. */
  parts: number[];
  /** at[k]: offset in the original text where text[k] starts. */
  at: number[];
  /** end[k]: offset in the original text just after the character text[k] came from. */
  end: number[];
}

const ASCII = /^[^\u0080-\uffff]*$/;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const THOUSANDS = new Set([',', '.', '\u00a0', '\u202f', '\u2009']);

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || (k >= 65 && k <= 90);
  return WORD.test(c);
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90);
  return LETTER.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The folded text as a list of characters, each with the original offset it came from (plus the text's end). */
function foldChars(text: string): { chars: string[]; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      chars.push(lower[i]!);
      origin.push(i);
    }
  } else {
    for (let i = 0; i < text.length;) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      // Each folded code point is its own character, so a letter that folds to two units is still one test.
      for (const f of normalizeText(ch)) {
        chars.push(f);
        origin.push(i);
      }
      i += ch.length;
    }
  }
  origin.push(text.length);
  return { chars, origin };
}

/** What the character at i joins, if anything: 'part' (a new word start follows), 'keep' (dropped, same part), or null. */
function joiner(c: string[], i: number, partLength: number): 'part' | 'keep' | null {
  const ch = c[i]!;
  const prev = c[i - 1];
  const next = c[i + 1];
  if (ch === '-') return isLetter(prev) && isLetter(next) ? 'part' : null;
  if (ch === "'") return isLetter(prev) && isLetter(next) ? 'keep' : null;
  if (ch === '.' && partLength === 1 && isLetter(prev) && isLetter(next)) return 'part';
  if (
    THOUSANDS.has(ch) &&
    isDigit(prev) &&
    isDigit(next) &&
    isDigit(c[i + 2]) &&
    isDigit(c[i + 3]) &&
    !isDigit(c[i + 4])
  )
    return 'keep';
  return null;
}

/** The words of a text, in order, with their offsets in it. */
export function searchWords(text: string): Word[] {
  const { chars, origin } = foldChars(text);
  const out: Word[] = [];
  const n = chars.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(chars[i])) {
      i++;
      continue;
    }
    let word = '';
    const parts = [0];
    const at: number[] = [];
    const end: number[] = [];
    let partLength = 0;
    for (;;) {
      while (i < n && isWordChar(chars[i])) {
        word += chars[i];
        const o = origin[i]!;
        at.push(o);
        end.push(o + (text.codePointAt(o)! > 0xffff ? 2 : 1));
        i++;
        partLength++;
      }
      const join = i < n ? joiner(chars, i, partLength) : null;
      if (!join) break;
      if (join === 'part') {
        parts.push(word.length);
        partLength = 0;
      }
      i++;
    }
    out.push({ text: word, parts, at, end });
  }
  return out;
}

/** ASCII text where no character could join a word (see joiner): its words are just the runs of letters and digits. */
const PLAIN = /^(?:[^\x80-\uffff'\-.,]|[.,](?![a-z0-9]))*$/i;

/**
 * A text's search form: each place a word starts, as " " + the word from there, so that "a word starts with t"
 * is `form.includes(" " + t)`. Title, summary and quotes joined by newlines give the form of each joined by nothing.
 */
export function searchForm(text: string): string {
  if (PLAIN.test(text)) {
    // The common case, about ten times quicker than the general loop; a property test holds it to the same answer.
    const form = (' ' + text.toLowerCase()).replace(/[^a-z0-9]+/g, ' ');
    return form.endsWith(' ') ? form.slice(0, -1) : form;
  }
  return NON_ASCII.test(text) ? slowForm(text) : asciiForm(text.toLowerCase());
}

const NON_ASCII = /[\u0080-\uffff]/;
const isL = (c: number) => c >= 97 && c <= 122;
const isD = (c: number) => c >= 48 && c <= 57;
const isW = (c: number) => isL(c) || isD(c);

/** searchForm of lower-case ASCII text: the rules of searchWords and joiner, on character codes, with no arrays of characters. */
function asciiForm(t: string): string {
  let form = '';
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!isW(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let word = '';
    const parts = [0];
    let partLength = 0;
    for (;;) {
      const from = i;
      while (i < n && isW(t.charCodeAt(i))) i++;
      word += t.slice(from, i);
      partLength += i - from;
      if (i >= n) break;
      const ch = t.charCodeAt(i);
      const prev = t.charCodeAt(i - 1);
      const next = t.charCodeAt(i + 1);
      if ((ch === 45 && isL(prev) && isL(next)) || (ch === 46 && partLength === 1 && isL(prev) && isL(next))) {
        parts.push(word.length);
        partLength = 0;
      } else if (ch === 39 && isL(prev) && isL(next)) {
        // an apostrophe inside a word: dropped, same part
      } else if (
        (ch === 44 || ch === 46) &&
        isD(prev) &&
        isD(next) &&
        isD(t.charCodeAt(i + 2)) &&
        isD(t.charCodeAt(i + 3)) &&
        !isD(t.charCodeAt(i + 4))
      ) {
        // a thousands separator: dropped
      } else break;
      i++;
    }
    for (const p of parts) form += ' ' + (p === 0 ? word : word.slice(p));
  }
  return form;
}

/** searchForm by the general rule (exported for the test that holds the quick path to it). */
export function slowForm(text: string): string {
  let form = '';
  for (const w of searchWords(text)) for (const p of w.parts) form += ' ' + (p === 0 ? w.text : w.text.slice(p));
  return form;
}
