import { describe, expect, test } from 'vitest';
import { isTyping } from '../../src/lib/isTyping';

// A single-key shortcut must never fire while the user types "j" or "?" into a field, and must still fire
// while focus sits on a checkbox or a button.
function el(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-t]') as HTMLElement;
}

describe('isTyping', () => {
  test.each([
    ['<input data-t type="text">', true],
    ['<input data-t type="search">', true],
    ['<input data-t type="date">', true],
    ['<textarea data-t></textarea>', true],
    ['<select data-t></select>', true],
    ['<div role="combobox"><span data-t>x</span></div>', true],
    ['<input data-t type="checkbox">', false],
    ['<input data-t type="radio">', false],
    ['<button data-t>b</button>', false],
    ['<div data-t tabindex="0">timeline</div>', false],
  ])('%s → %s', (html, expected) => {
    expect(isTyping(el(html))).toBe(expected);
  });

  test('a non-element target is not typing', () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping(window)).toBe(false);
  });
});
