/// <reference lib="webworker" />
// The import worker: a thin shell over serveImports (parse, detect, validate and index off the page's thread).
import { serveImports } from './serve';

serveImports(self as unknown as Parameters<typeof serveImports>[0]);
