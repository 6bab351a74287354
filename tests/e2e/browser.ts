import { existsSync } from 'node:fs';

/** Where the real browser is: $CHROME_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function findBrowser(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
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
