import { describe, expect, test } from 'vitest';
import { locate, locateAll } from '../../src/lib/locate';

const text = 'Ghani said he was prepared to call an “immediate” and “permanent” ceasefire.\n\nThe Taliban rebuffed it.';

describe('locate', () => {
  test.each([
    ['an “immediate” and “permanent” ceasefire', 35],
    ['ceasefire.\n\nThe Taliban', 66],
    ['ceasefire. The Taliban', 66],
    ['not in the text', -1],
  ])('%j starts at %i', (quote, start) => {
    const r = locate(text, quote);
    expect(r ? r.start : -1).toBe(start);
    if (r && quote === text.slice(r.start, r.end)) expect(text.slice(r.start, r.end)).toBe(quote);
  });

  test('a quote crossing a paragraph break covers the break', () => {
    const r = locate(text, 'ceasefire. The Taliban')!;
    expect(text.slice(r.start, r.end)).toBe('ceasefire.\n\nThe Taliban');
  });

  test('every occurrence is found', () => {
    expect(locateAll('a Taliban b Taliban', 'Taliban').map((r) => r.start)).toEqual([2, 12]);
  });
});
