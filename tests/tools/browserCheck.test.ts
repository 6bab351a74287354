import { describe, expect, test, vi } from 'vitest';
import { checkBrowser, findBrowser, MISSING_REQUIRED_MESSAGE, NO_BROWSER_MESSAGE } from '../e2e/browser';

describe('finding the real browser for the browser suite', () => {
  test('takes the first candidate that exists', () => {
    expect(findBrowser(['/no/such/chrome', undefined, process.execPath])).toBe(process.execPath);
    expect(findBrowser(['/no/such/chrome', undefined])).toBeNull();
  });

  test('with E2E_REQUIRED a missing browser fails the run, saying how to install one', () => {
    expect(() => checkBrowser(null, true)).toThrow(MISSING_REQUIRED_MESSAGE);
    expect(MISSING_REQUIRED_MESSAGE).toContain('apt-get install -y chromium');
  });

  test('without it the suite skips with one loud line', () => {
    const warn = vi.fn();
    expect(checkBrowser(null, false, warn)).toBeNull();
    expect(warn).toHaveBeenCalledExactlyOnceWith(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toMatch(/SKIPPED.*apt-get install -y chromium.*E2E_REQUIRED=1/s);
  });

  test('a browser that exists is used as it is', () => {
    expect(checkBrowser('/usr/bin/chromium', true)).toBe('/usr/bin/chromium');
  });
});
