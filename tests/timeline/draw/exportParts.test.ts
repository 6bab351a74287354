import { wrap } from '../../../src/timeline/draw/exportParts';

const mono = (_font: string, s: string) => s.length * 10;

test.each([
  ['short', 100, ['short']],
  ['one two three four', 90, ['one two', 'three', 'four']],
  ['one two three four', 100, ['one two', 'three four']],
  ['see https://example.org/envoy/?actors=a,b', 100, ['see', 'https://ex', 'ample.org/', 'envoy/?act', 'ors=a,b']],
  ['', 100, []],
])('wrap(%j, %i px)', (text, width, want) => {
  const lines = wrap(text, width, '11px x', mono);
  expect(lines).toEqual(want);
  for (const l of lines) expect(mono('', l)).toBeLessThanOrEqual(width);
  expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
});
