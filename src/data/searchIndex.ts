import type { Term } from '../lib/searchMatches';
import { partitionPoint } from '../lib/bisect';

/**
 * A token index over the events' search forms (lib/searchWords.ts): every distinct word start (" ceasefire",
 * " fire") once, in code-unit order, with the events it occurs in. A term form f is found in an event exactly
 * when one of its tokens starts with f (and, for an f ending in a digit, does not go on with a digit): that is
 * `findForm` in lib/searchMatches.ts read token by token, so the index answers what a full scan answers.
 *
 * Tokens in many events keep a bitset (count / 8 bytes), rare ones a list of positions, whichever is smaller:
 * at a million synthetic events the whole index is about 20 MB.
 */
export interface SearchIndex {
  count: number;
  /** Distinct tokens in code-unit order. */
  tokens: string[];
  /** postings of token k: positions[postStart[k] .. postStart[k+1]), or bits[k] when the token is common. */
  postStart: Uint32Array;
  positions: Uint32Array;
  bits: (Uint8Array | null)[];
  /** Bytes held by the typed arrays (for the benchmark's memory report). */
  bytes: number;
}

/** Builds the index from each event's search form (a string of " word" tokens). */
export function buildSearchIndex(count: number, form: (i: number) => string): SearchIndex {
  const ids = new Map<string, number>();
  const names: string[] = [];
  let freq = new Uint32Array(1024);
  let lastSeen = new Int32Array(1024).fill(-1);
  // (event, token) pairs in event order: one growable buffer.
  let pairs = new Uint32Array(Math.max(1024, count * 8));
  let np = 0;
  const eventEnd = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const f = form(i);
    // A token is what follows a space, up to the next space: a search form starts with one. Text before the first
    // space is no token, since the matcher finds a word only after a space (imported rows start with a line break).
    for (let a = f.indexOf(' ') + 1; a > 0 && a <= f.length;) {
      let b = f.indexOf(' ', a);
      if (b < 0) b = f.length;
      if (b > a) {
        const tok = f.slice(a, b);
        let id = ids.get(tok);
        if (id === undefined) {
          id = names.length;
          ids.set(tok, id);
          names.push(tok);
          if (id >= freq.length) {
            const nf = new Uint32Array(freq.length * 2);
            nf.set(freq);
            freq = nf;
            const nl = new Int32Array(lastSeen.length * 2).fill(-1);
            nl.set(lastSeen);
            lastSeen = nl;
          }
        }
        if (lastSeen[id] !== i) {
          lastSeen[id] = i;
          freq[id]!++;
          if (np === pairs.length) {
            const grown = new Uint32Array(pairs.length * 2);
            grown.set(pairs);
            pairs = grown;
          }
          pairs[np++] = id;
        }
      }
      a = b + 1;
    }
    eventEnd[i] = np;
  }
  const order = names.map((_, k) => k).sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
  const rank = new Uint32Array(names.length);
  order.forEach((k, r) => (rank[k] = r));
  const tokens = order.map((k) => names[k]!);
  const dense = Math.max(1, Math.ceil(count / 32));
  const bits: (Uint8Array | null)[] = tokens.map((_, r) =>
    freq[order[r]!]! > dense ? new Uint8Array((count + 7) >> 3) : null,
  );
  const postStart = new Uint32Array(tokens.length + 1);
  for (let r = 0; r < tokens.length; r++) postStart[r + 1] = postStart[r]! + (bits[r] ? 0 : freq[order[r]!]!);
  const positions = new Uint32Array(postStart[tokens.length]!);
  const fill = postStart.slice(0, tokens.length);
  for (let i = 0, p = 0; i < count; i++) {
    for (; p < eventEnd[i]!; p++) {
      const r = rank[pairs[p]!]!;
      const set = bits[r];
      if (set) set[i >> 3]! |= 1 << (i & 7);
      else positions[fill[r]!++] = i;
    }
  }
  let bytes = postStart.byteLength + positions.byteLength;
  for (const b of bits) if (b) bytes += b.byteLength;
  return { count, tokens, postStart, positions, bits, bytes };
}

function firstAtLeast(tokens: string[], f: string): number {
  return partitionPoint(0, tokens.length, (k) => tokens[k]! < f);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Ranks of the tokens a form finds: those starting with it, less those that go on with a digit after a digit. */
export function tokensFound(ix: SearchIndex, f: string): number[] {
  const out: number[] = [];
  const digit = isDigitCode(f.charCodeAt(f.length - 1));
  for (let r = firstAtLeast(ix.tokens, f); r < ix.tokens.length; r++) {
    const t = ix.tokens[r]!;
    if (!t.startsWith(f)) break;
    if (digit && isDigitCode(t.charCodeAt(f.length))) continue;
    out.push(r);
  }
  return out;
}

/** 1 for each event in which the term is found. */
function termMask(ix: SearchIndex, term: Term): Uint8Array {
  const n = ix.count;
  const bytes = (n + 7) >> 3;
  const acc = new Uint8Array(bytes);
  for (const f of term.forms) {
    for (const r of tokensFound(ix, f)) {
      const set = ix.bits[r];
      if (set) for (let b = 0; b < bytes; b++) acc[b]! |= set[b]!;
      else
        for (let p = ix.postStart[r]!; p < ix.postStart[r + 1]!; p++)
          acc[ix.positions[p]! >> 3]! |= 1 << (ix.positions[p]! & 7);
    }
  }
  return acc;
}

/** A bit for each event that every term is found in (bit i&7 of byte i>>3); all 0 for no terms. */
export function searchIndexBits(ix: SearchIndex, terms: readonly Term[]): Uint8Array {
  let acc: Uint8Array | null = null;
  for (const term of terms) {
    const m = termMask(ix, term);
    if (acc) for (let b = 0; b < m.length; b++) acc[b]! &= m[b]!;
    else acc = m;
  }
  return acc ?? new Uint8Array((ix.count + 7) >> 3);
}

/** 1 for each event that every term is found in (matchesForm over every event); all 0 for no terms. */
export function searchIndexMask(ix: SearchIndex, terms: readonly Term[]): Uint8Array {
  return matchesOf(searchIndexBits(ix, terms), ix.count).mask;
}

/** Set bits in each byte value. */
const ONES = Uint8Array.from({ length: 256 }, (_, v) => {
  let c = 0;
  for (let x = v; x; x &= x - 1) c++;
  return c;
});

/**
 * The events a bitset holds, as a mask (1 per event) and as positions in order, in one pass over its set bits: the
 * empty bytes (most of them for a rare word) cost a test each, and a common word costs no branch per event.
 */
export function matchesOf(bits: Uint8Array, count: number): { mask: Uint8Array; rows: Uint32Array } {
  let n = 0;
  for (let b = 0; b < bits.length; b++) n += ONES[bits[b]!]!;
  const mask = new Uint8Array(count);
  const rows = new Uint32Array(n);
  for (let b = 0, m = 0; b < bits.length; b++) {
    for (let v = bits[b]!; v !== 0; v &= v - 1) {
      const i = (b << 3) | (31 - Math.clz32(v & -v));
      mask[i] = 1;
      rows[m++] = i;
    }
  }
  return { mask, rows };
}

/** How many events a bitset holds. */
export function countBits(bits: Uint8Array): number {
  let n = 0;
  for (let b = 0; b < bits.length; b++) n += ONES[bits[b]!]!;
  return n;
}
