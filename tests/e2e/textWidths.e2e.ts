import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { e2eDescribe } from './harness';
import { generateSynthetic } from '../../src/data/synthetic';

/*
 * The timeline measures titles as sums of word widths (src/timeline/draw/textWidths.ts) instead of measuring each
 * title and each cut of it. That is only right if the sum is what the browser's measureText gives, for the canvas
 * font the marks use: checked here in the real browser, on the bundled dataset's titles and generated ones.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BADGE_FONT = `600 ${LABEL_FONT}`;

/** The module as the page can run it: transpiled, its exports gathered on window.__textWidths. */
function moduleScript(): string {
  const source = readFileSync(resolve(ROOT, 'src/timeline/draw/textWidths.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return `(() => { const exports = {}; ${js}; window.__textWidths = exports; })();`;
}

function titles(): string[] {
  const bundled = JSON.parse(
    readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8'),
  ) as { events: { title: string }[] };
  const synthetic = generateSynthetic(20_000, 3);
  const generated = Array.from(
    { length: 400 },
    (_, k) => synthetic.eventTitle?.(k * 50) ?? synthetic.event(k * 50).title,
  );
  return [...bundled.events.map((e) => e.title), ...generated];
}

e2eDescribe('title widths', (t) => {
  test('word sums equal measureText for every title and its cuts with an ellipsis, so labels fit and cut as before', async () => {
    // A blank page: the app's content security policy forbids the inline script that loads the module here.
    const page = t.page;
    await page.goto('about:blank');
    await page.addScriptTag({ content: moduleScript() });
    const all = titles();
    const result = await page.evaluate(
      ([list, fonts]) => {
        const mod = (
          window as unknown as {
            __textWidths: {
              wordWidths(
                m: unknown,
                font: string,
              ): {
                width(s: string): number;
                ceil(s: string): number;
                fits(s: string, room: number): boolean;
                cutFits(s: string, room: number): (k: number) => boolean;
                exact: boolean;
              };
            };
          }
        ).__textWidths;
        const ctx = document.createElement('canvas').getContext('2d')!;
        const wrong: string[] = [];
        let checked = 0;
        for (const font of fonts) {
          const table = mod.wordWidths(ctx, font);
          const measured = (s: string) => {
            ctx.font = font;
            return ctx.measureText(s).width;
          };
          for (const title of list) {
            // The whole title, and a cut at every few characters, as fitText tries them.
            const cuts = [
              title,
              ...Array.from({ length: Math.ceil(title.length / 3) }, (_, k) => `${title.slice(0, 3 * k + 1)}…`),
            ];
            for (const s of cuts) {
              checked++;
              const m = measured(s);
              if (
                table.width(s) !== m ||
                table.ceil(s) !== Math.ceil(m) ||
                table.fits(s, Math.floor(m)) !== m <= Math.floor(m)
              )
                wrong.push(`${font}: ${s} ${table.width(s)} vs ${m}`);
            }
            // Cutting at every length for a few rooms, as fitText's search does.
            for (const room of [40, 97.5, 150, 220]) {
              const fits = table.cutFits(title, room);
              for (let k = 1; k < title.length; k++) {
                checked++;
                if (fits(k) !== measured(`${title.slice(0, k)}…`) <= room)
                  wrong.push(`${font}: cut ${k} of ${title} in ${room}`);
              }
            }
          }
          if (!table.exact) wrong.push(`${font}: the table gave up summing words`);
        }
        return { checked, wrong: wrong.slice(0, 10) };
      },
      [all, [LABEL_FONT, BADGE_FONT]] as const,
    );
    console.log(`title widths: ${result.checked} strings checked against measureText in ${all.length} titles`);
    expect(result.checked).toBeGreaterThan(1000);
    expect(result.wrong).toEqual([]);
  });
});
