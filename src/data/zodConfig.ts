import { z } from 'zod';

// The page's Content-Security-Policy forbids eval: zod checks data without compiling code (and without probing).
// Imported first by schema.ts, so whoever loads the schema (the parser chunk, the importers) gets it, and zod stays
// out of the page's first chunk.
z.config({ jitless: true });
