import { existsSync } from 'node:fs';

/** Where the real browser is: $CHROME_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function findBrowser(
  candidates: (string | undefined)[] = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
): string | null {
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_BROWSER_MESSAGE =
  '\n!!! REAL-BROWSER TESTS SKIPPED: no Chromium found (set CHROME_PATH, or install it: apt-get update && apt-get install -y chromium). Set E2E_REQUIRED=1 to make this a failure. !!!\n';

export const MISSING_REQUIRED_MESSAGE =
  'E2E_REQUIRED=1 but no Chromium was found at $CHROME_PATH or /usr/bin/chromium. Install it: apt-get update && apt-get install -y chromium';

/** With no browser: a failure when the run requires one (CI), else one loud warning and the suite skips. */
export function checkBrowser(
  found: string | null,
  required: boolean,
  warn: (msg: string) => void = console.warn,
): string | null {
  if (found) return found;
  if (required) throw new Error(MISSING_REQUIRED_MESSAGE);
  warn(NO_BROWSER_MESSAGE);
  return null;
}
