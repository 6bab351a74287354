/** Serves `root` under `prefix` (default /envoy/) on a free loopback port, like a plain static host. */
export function serveStatic(root: string, prefix?: string): Promise<{ url: string; close: () => Promise<void> }>;
