import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { highlightSegments, snapOffset, splitSegments, type HighlightRange } from '../../src/lib/highlight';

const r = (start: number, end: number, data: string, priority = 1): HighlightRange<string> => ({
  start,
  end,
  data,
  priority,
});

/** Segments written compactly: "text[a,b,c]" per run, covers strongest first. */
function show(text: string, ranges: HighlightRange<string>[], from?: number, to?: number): string[] {
  return highlightSegments(text, ranges, from, to).map((s) => `${s.text}[${s.covers.map((c) => c.data).join(',')}]`);
}

describe('highlightSegments', () => {
  test.each([
    ['no ranges: one plain run', 'hello world', [], ['hello world[]']],
    ['one quote in the middle', 'hello world', [r(6, 11, 'a')], ['hello []', 'world[a]']],
    ['two separate quotes', 'one two three', [r(0, 3, 'a'), r(8, 13, 'b')], ['one[a]', ' two []', 'three[b]']],
    ['adjacent quotes stay two runs', 'abcdef', [r(0, 3, 'a'), r(3, 6, 'b')], ['abc[a]', 'def[b]']],
    [
      'overlapping quotes split in three (equal length: earlier first)',
      'abcdefgh',
      [r(0, 5, 'a'), r(3, 8, 'b')],
      ['abc[a]', 'de[a,b]', 'fgh[b]'],
    ],
    [
      'nested quote: innermost first at equal priority',
      'abcdefgh',
      [r(0, 8, 'outer'), r(2, 4, 'inner')],
      ['ab[outer]', 'cd[inner,outer]', 'efgh[outer]'],
    ],
    [
      'higher priority first even when longer',
      'abcdefgh',
      [r(0, 8, 'strong', 3), r(2, 4, 'quiet', 2)],
      ['ab[strong]', 'cd[strong,quiet]', 'efgh[strong]'],
    ],
    ['identical ranges both cover', 'abc', [r(0, 3, 'a'), r(0, 3, 'b')], ['abc[a,b]']],
    [
      'empty and out-of-text ranges are dropped or clipped',
      'abc',
      [r(1, 1, 'empty'), r(2, 99, 'tail'), r(-5, 1, 'head')],
      ['a[head]', 'b[]', 'c[tail]'],
    ],
    [
      'curly quotes and dashes are ordinary characters',
      '“All sides” — said',
      [r(0, 11, 'q'), r(12, 13, 'dash')],
      ['“All sides”[q]', ' []', '—[dash]', ' said[]'],
    ],
  ] as const)('%s', (_name, text, ranges, expected) => {
    expect(show(text, [...ranges])).toEqual(expected);
  });

  test('clips to [from, to) so a quote crossing a paragraph break renders in both paragraphs', () => {
    const text = 'First para ends.\n\nSecond begins here.';
    const quote = r(11, 24, 'q');
    expect(show(text, [quote], 0, 16)).toEqual(['First para []', 'ends.[q]']);
    expect(show(text, [quote], 18, text.length)).toEqual(['Second[q]', ' begins here.[]']);
  });

  test('never splits an emoji (surrogate pair): boundaries inside one widen to the whole character', () => {
    const text = 'a😀b';
    // 😀 is two UTF-16 units at offsets 1 and 2; a range starting or ending inside it takes the whole emoji.
    expect(show(text, [r(2, 4, 'x')])).toEqual(['a[]', '😀b[x]']);
    expect(show(text, [r(0, 2, 'x')])).toEqual(['a😀[x]', 'b[]']);
    expect(snapOffset(text, 2, 'back')).toBe(1);
    expect(snapOffset(text, 2, 'forward')).toBe(3);
    expect(snapOffset(text, 1, 'forward')).toBe(1);
  });

  test('for any ranges, runs tile the text in order, and each carries exactly the ranges covering it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(35), fc.nat(35), fc.integer({ min: 0, max: 3 })), { maxLength: 8 }),
        (text, raw) => {
          const ranges = raw.map(([a, b, p], i) => r(Math.min(a, b), Math.max(a, b), String(i), p));
          const segs = highlightSegments(text, ranges);
          expect(segs.map((s) => s.text).join('')).toBe(text);
          let at = 0;
          for (const s of segs) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
            const mid = s.start;
            const expected = ranges
              .filter((q) => q.end > q.start)
              .filter(
                (q) =>
                  snapOffset(text, Math.max(q.start, 0), 'back') <= mid &&
                  snapOffset(text, Math.min(q.end, text.length), 'forward') > mid,
              )
              .map((q) => q.data)
              .sort();
            expect(s.covers.map((c) => c.data).sort()).toEqual(expected);
            for (let k = 1; k < s.covers.length; k++)
              expect(s.covers[k - 1]!.priority).toBeGreaterThanOrEqual(s.covers[k]!.priority);
          }
          expect(at).toBe(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('splitSegments', () => {
  test('cuts a quote that crosses a window edge into both windows', () => {
    const text = 'First ends.\n\nSecond begins.';
    const segs = highlightSegments(text, [r(6, 19, 'q')]);
    const parts = splitSegments(text, segs, [
      { start: 0, end: 11 },
      { start: 13, end: text.length },
    ]);
    expect(parts.map((p) => p.map((s) => `${s.text}[${s.covers.map((c) => c.data).join(',')}]`))).toEqual([
      ['First []', 'ends.[q]'],
      ['Second[q]', ' begins.[]'],
    ]);
  });

  test('for any ranges and windows, it gives what segmenting each window on its own gives', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(45)), { maxLength: 6 }),
        fc.uniqueArray(fc.nat(45), { maxLength: 8 }),
        (text, raw, cuts) => {
          const ranges = raw.map(([a, b], i) => r(Math.min(a, b), Math.max(a, b), String(i)));
          const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
          // Windows between alternate cut points: sorted, disjoint, with gaps (as chrome leaves between paragraphs).
          const windows = [];
          for (let i = 0; i + 1 < points.length; i += 2) windows.push({ start: points[i]!, end: points[i + 1]! });
          const parts = splitSegments(text, highlightSegments(text, ranges), windows);
          const simple = (segs: ReturnType<typeof highlightSegments<string>>) =>
            segs.map((s) => [s.start, s.end, s.text, s.covers.map((c) => c.data).sort()]);
          expect(parts.map(simple)).toEqual(
            windows.map((w) => simple(highlightSegments(text, ranges, w.start, w.end))),
          );
        },
      ),
    );
  });
});
