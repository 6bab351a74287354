/** Distinct, readable-on-white colours for imported themes; past the table, golden-angle hues (still distinct). */
const THEME_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#a6761d',
  '#1f78b4',
  '#b2182b',
  '#4d9221',
  '#6a3d9a',
  '#b15928',
  '#01665e',
];

function hex(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, '0');
}

function hsl(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return `#${hex(f(0) * 255)}${hex(f(8) * 255)}${hex(f(4) * 255)}`;
}

/** The colour of the k-th theme of an import; no two of the first few thousand are the same. */
export function themeColour(k: number): string {
  if (k < THEME_COLOURS.length) return THEME_COLOURS[k]!;
  const j = k - THEME_COLOURS.length;
  // Hue steps by the golden angle; lightness cycles so that hues that come round again differ.
  return hsl((j * 137.508) % 360, 0.55 + ((j >> 3) % 3) * 0.1, 0.32 + (j % 4) * 0.04 + ((j >> 5) % 5) * 0.01);
}
