import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * The modules the page imports dynamically as it starts (src/app/panels.tsx and src/data/prefetch.ts): the three
 * panels and the dataset parser.
 */
export const BOOT_IMPORTS = [
  'src/timeline/TimelinePanel.tsx',
  'src/filters/FilterPanel.tsx',
  'src/reader/ReaderPanel.tsx',
  'src/data/loadDataset.ts',
];

const slashed = (id: string) => id.split('\\').join('/');

/** The chunk of each boot import (its own, or the one it was grouped into) and every chunk it imports statically, with the CSS they bring. */
export function bootFiles(bundle: OutputBundle, modules: readonly string[] = BOOT_IMPORTS) {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (scripts.has(c.fileName)) return;
    scripts.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const f of c.imports) {
      const dep = byFile.get(f);
      if (dep) visit(dep);
    }
  };
  for (const m of modules) {
    const holds = (x: OutputChunk) =>
      [x.facadeModuleId, ...x.moduleIds].some((id) => id && slashed(id).endsWith(`/${m}`));
    const c = chunks.find(holds);
    if (!c) throw new Error(`bootPreload: no chunk for ${m}; update BOOT_IMPORTS to the modules the page starts with.`);
    visit(c);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Links the page's boot imports in the built page's head, so the browser fetches them with the entry script rather
 * than once it has run: the entry would otherwise add these links itself (Vite's preload helper skips those already
 * there), a few at a time, inside its first task. Scripts are modulepreloaded; styles preloaded, not applied, so they
 * hold nothing up (the helper applies them when the panel's import asks).
 */
export function bootPreload(): Plugin {
  return {
    name: 'envoy-boot-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The app's page only (a test page built with the same config starts with other modules).
        if (!ctx.bundle || ctx.path !== '/index.html') return [];
        const { scripts, styles } = bootFiles(ctx.bundle);
        const linked = (f: string) => html.includes(`/${f}"`);
        const tags: HtmlTagDescriptor[] = [
          ...scripts
            .filter((f) => !linked(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` } })),
          ...styles
            .filter((f) => !linked(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` } })),
        ];
        return tags.map((t) => ({ ...t, injectTo: 'head' as const }));
      },
    },
  };
}
