import type { EventIndex } from './model';
import { findForm, termInForm, type Term } from '../lib/searchMatches';
import { upperBound } from '../lib/bisect';

/**
 * Every event's search text in one string, so that a search is a few indexOf calls instead of one call per event.
 * Synthetic data builds each event's text on demand (about 4 µs an event), so a fresh search over 100k events
 * would cost ~400 ms each time; with the haystack it costs a few milliseconds after a one-off build, which can
 * be done in idle slices before anyone searches. Above HAYSTACK_MAX events the memory is not worth it.
 */
export const HAYSTACK_MAX = 250_000;
const SEP = '\u0000';

export interface Haystack {
  text: string;
  /** starts[i]: offset of event i's text; starts[count]: text length + 1. */
  starts: Uint32Array;
}

interface Building {
  parts: string[];
  next: number;
  done: Haystack | null;
}

const building = new WeakMap<EventIndex, Building>();

/**
 * The same text in V8's compact one-byte form when it is plain ASCII. Strings from String.normalize are two-byte,
 * and indexOf over a two-byte haystack is about 1.4 times slower; one decode at build time (~20 ms for 20 MB) pays
 * for itself within a search or two.
 */
function oneByte(text: string): string {
  if (/[\u0080-\uffff]/.test(text) || typeof TextDecoder === 'undefined') return text;
  return new TextDecoder('latin1').decode(new TextEncoder().encode(text));
}

/** Adds up to `budget` more events to the index's haystack; returns it once complete, else null (or null when too big). */
export function buildHaystack(index: EventIndex, budget = Infinity): Haystack | null {
  if (index.count > HAYSTACK_MAX) return null;
  let b = building.get(index);
  if (!b) building.set(index, (b = { parts: [], next: 0, done: null }));
  if (b.done) return b.done;
  const stop = Math.min(index.count, b.next + budget);
  for (; b.next < stop; b.next++) b.parts.push(index.searchText(b.next));
  if (b.next < index.count) return null;
  const starts = new Uint32Array(index.count + 1);
  let at = 0;
  for (let i = 0; i < index.count; i++) {
    starts[i] = at;
    at += b.parts[i]!.length + 1;
  }
  starts[index.count] = at;
  b.done = { text: oneByte(b.parts.join(SEP)), starts };
  b.parts = [];
  return b.done;
}

/** The event whose text holds offset `at`: the last start <= at. */
function eventAt(starts: Uint32Array, count: number, at: number): number {
  return Math.max(0, upperBound(starts, at, 0, count) - 1);
}

/** 1 for each event in which the term is found: one pass over the haystack per form. */
function scanTerm(h: Haystack, term: Term, count: number): Uint8Array {
  const mask = new Uint8Array(count);
  for (const f of term.forms) {
    for (let from = 0; ;) {
      const at = findForm(h.text, f, from);
      if (at < 0) break;
      const i = eventAt(h.starts, count, at);
      mask[i] = 1;
      from = h.starts[i + 1]!;
    }
  }
  return mask;
}

/**
 * 1 for each event that matches every term (lib/searchMatches.ts). The longest term scans the whole haystack; a
 * later one scans it again, unless few events are left, when only their own texts are checked.
 */
export function searchHaystack(h: Haystack, terms: readonly Term[], count: number): Uint8Array {
  let mask: Uint8Array | null = null;
  let left = count;
  // Longer terms are usually rarer: scanning for one first leaves fewer events to check for the rest.
  for (const term of [...terms].sort((a, b) => b.text.length - a.text.length)) {
    // Checking an event's own text costs about a twentieth of its share of a full scan; below an eighth, it wins.
    if (mask && left * 8 < count) {
      left = 0;
      for (let i = 0; i < count; i++) {
        if (!mask[i]) continue;
        if (termInForm(h.text.slice(h.starts[i]!, h.starts[i + 1]! - 1), term)) left++;
        else mask[i] = 0;
      }
      continue;
    }
    const found = scanTerm(h, term, count);
    left = 0;
    if (mask) for (let i = 0; i < count; i++) left += mask[i] = mask[i]! & found[i]!;
    else for (let i = 0; i < count; i++) left += found[i]!;
    mask ??= found;
  }
  return mask ?? new Uint8Array(count);
}
