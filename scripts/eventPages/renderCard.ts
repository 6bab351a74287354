import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from '../../src/export/core/cardTree.ts';

const require = createRequire(import.meta.url);

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | null = null;

/** Inter from @fontsource/inter: its .woff files (satori reads TTF, OTF and WOFF, not WOFF2). */
function interFonts(): Font[] {
  if (!fonts) {
    const file = (w: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`));
    const ext = (w: number) =>
      readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-ext-${w}-normal.woff`));
    fonts = [
      { name: 'Inter', data: file(400), weight: 400, style: 'normal' },
      { name: 'Inter', data: file(700), weight: 700, style: 'normal' },
      // Latin Extended, for names such as "Abdul Ghani Baradar" spelt with diacritics.
      { name: 'Inter', data: ext(400), weight: 400, style: 'normal' },
      { name: 'Inter', data: ext(700), weight: 700, style: 'normal' },
    ];
  }
  return fonts;
}

/** A card as a 1200×630 PNG: satori lays it out as SVG, resvg draws it. */
export async function renderCard(node: CardNode): Promise<Buffer> {
  // satori's types want React elements; a plain { type, props } tree is what it reads.
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: interFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
