import { afterAll, vi } from 'vitest';

// The unit project shares one module graph between the files of a worker (isolate: false), so whatever a file
// changes globally is undone when it ends: the next file starts as if it ran alone.
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
