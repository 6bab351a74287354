import type { EventIndex } from '../data/model';
import type { LaneMode } from '../state/viewState';
import { actorColour } from '../lib/palette';
import { SvgContext } from '../lib/svgContext';
import { buildLanes, laneGeometry } from './core/lanes';
import { buildVisibleIndex } from './core/visible';
import { TimeScale } from './core/timeScale';
import { layoutFrame, type Frame } from './core/frame';
import { drawBackground } from './draw/lanes';
import { drawDensity, drawStackedDensity } from './draw/density';
import { drawMarks, fitText, LABEL_FONT } from './draw/marks';
import { ringPlaced } from './draw/highlightShapes';
import type { ColorBy } from '../data/vocabulary';
import { AXIS_BAND, drawAxisOnto, drawLegendSwatch, FONT_FAMILY, INK, MUTED, SHAPES, wrap } from './draw/exportParts';
import { formatCount } from '../lib/formatCount';

/** What the image shows: the timeline's data, filters, lanes and colours, and the window drawn now. */
export interface TimelineImageInput {
  index: EventIndex;
  filtered: Uint32Array;
  lanes: LaneMode;
  colourBy: ColorBy;
  /** [from, to) in UTC ms. */
  window: [number, number];
  /** Width of the plot in CSS pixels (the timeline's width on screen). */
  width: number;
  /** Height of the lanes on screen; every lane is drawn, so the image may be taller. */
  height: number;
  selectedId: string | null;
  /** The heading above the plot (the dataset's title). */
  title: string;
  /** The caption line(s) below: dataset, filters, window, date of export, link. */
  caption: string;
}

const PAD = 16;
const TITLE_H = 34;
const LEGEND_ROW = 22;
const CAPTION_LINE = 16;
const MAX_PLOT_H = 4000;

interface Prepared {
  frame: Frame;
  scale: TimeScale;
  lanes: ReturnType<typeof buildLanes>;
  plotH: number;
  legend: { label: string; colour: string }[];
}

function prepare(input: TimelineImageInput, measure: (font: string, text: string) => number): Prepared {
  const { index, filtered } = input;
  const scale = new TimeScale(input.window[0], input.window[1], input.width);
  const lanes = buildLanes(index, filtered, input.lanes);
  const plotH = Math.min(MAX_PLOT_H, Math.max(input.height, laneGeometry(lanes.lanes.length, input.height).total));
  const titles = new Map<number, string>();
  const title = (i: number) => titles.get(i) ?? (titles.set(i, index.event(i).title), titles.get(i)!);
  const frame = layoutFrame(
    {
      index,
      vis: buildVisibleIndex(filtered, index.start, index.end),
      lanes,
      scale,
      viewHeight: plotH,
      scrollY: 0,
      labelWidth: (i) => Math.ceil(measure(LABEL_FONT, title(i))),
      splitByTheme: input.colourBy === 'theme',
    },
    null,
  );
  // The legend names the colours the image uses: the themes (or the busiest actors) that colour the events shown.
  const theme = input.colourBy === 'theme';
  const counts = new Uint32Array(theme ? index.themes.length : index.actors.length);
  const [offsets, ids] = theme ? [index.themeOffsets, index.themeIds] : [index.actorOffsets, index.actorIds];
  for (let k = 0; k < filtered.length; k++) {
    const i = filtered[k]!;
    if (index.end[i]! <= scale.from || index.start[i]! >= scale.to) continue;
    // A mark takes the colour of its first theme (or actor), or of its lane when the lanes are those groups.
    const last = input.lanes === input.colourBy ? offsets[i + 1]! : Math.min(offsets[i + 1]!, offsets[i]! + 1);
    for (let j = offsets[i]!; j < last; j++) counts[ids[j]!]!++;
  }
  const legend = theme
    ? index.themes.flatMap((t, p) => (counts[p]! > 0 ? [{ label: t.label, colour: t.color }] : []))
    : [...counts.keys()]
        .filter((p) => counts[p]! > 0)
        .sort((a, b) => counts[b]! - counts[a]! || a - b)
        .slice(0, 12)
        .map((p) => ({ label: index.actors[p]!.name, colour: actorColour(p) }));
  return { frame, scale, lanes, plotH, legend };
}

interface Layout {
  width: number;
  height: number;
  legendRows: { label: string; colour: string; x: number; row: number }[][];
  captionLines: string[];
}

const LEGEND_FONT = `11px ${FONT_FAMILY}`;

function layout(input: TimelineImageInput, p: Prepared, measure: (font: string, text: string) => number): Layout {
  const width = input.width + 2 * PAD;
  const rows: Layout['legendRows'] = [[]];
  let x = 0;
  const items = [
    ...p.legend.map((l) => ({ ...l, shape: false })),
    ...SHAPES.map((label) => ({ label, colour: MUTED, shape: true })),
  ];
  for (const item of items) {
    const w = 16 + measure(LEGEND_FONT, item.label) + 14;
    if (x + w > input.width && x > 0) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push({
      label: item.shape ? `shape:${item.label}` : item.label,
      colour: item.colour,
      x,
      row: rows.length - 1,
    });
    x += w;
  }
  const captionLines = wrap(input.caption, input.width, `11px ${FONT_FAMILY}`, measure);
  const height =
    PAD + TITLE_H + AXIS_BAND + p.plotH + 10 + rows.length * LEGEND_ROW + 6 + captionLines.length * CAPTION_LINE + PAD;
  return { width, height, legendRows: rows, captionLines };
}

/** Draws the whole image in CSS pixels onto a canvas context (or an SvgContext): title, axis, lanes, marks, legend, caption. */
function drawImage(
  ctx: CanvasRenderingContext2D,
  input: TimelineImageInput,
  p: Prepared,
  l: Layout,
  measure: (font: string, text: string) => number,
) {
  const { index } = input;
  ctx.save();
  ctx.translate(PAD, PAD);
  ctx.font = `700 16px ${FONT_FAMILY}`;
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(fitText(ctx, input.title, input.width, measure(ctx.font, input.title)), 0, 18);
  ctx.translate(0, TITLE_H);
  const level = drawAxisOnto(ctx, p.scale, measure);
  ctx.translate(0, AXIS_BAND);
  const f = p.frame;
  drawBackground(ctx, p.lanes.lanes.length, f.geometry, input.width, p.plotH, level.ticks, p.scale);
  if (f.mode === 'density' && f.grid) {
    if (f.grid.lanes !== p.lanes.lanes.length)
      drawStackedDensity(
        ctx,
        f.grid,
        p.scale,
        f.geometry,
        index.themes.map((t) => t.color),
      );
    else
      drawDensity(
        ctx,
        f.grid,
        p.scale,
        f.geometry,
        p.lanes.lanes.map((ln) => (p.lanes.mode === input.colourBy ? ln.colour : null)),
        p.plotH,
      );
  } else {
    const titles = (i: number) => index.event(i).title;
    drawMarks(
      ctx,
      f.placed,
      f.badges,
      f.geometry,
      {
        index,
        lanes: p.lanes,
        colourBy: input.colourBy,
        title: titles,
        textWidth: (i) => Math.ceil(measure(LABEL_FONT, titles(i))),
        scale: p.scale,
      },
      input.width,
      p.plotH,
    );
    const sel = input.selectedId ? index.indexOf(input.selectedId) : -1;
    if (sel >= 0) ringPlaced(ctx, f.placed, f.geometry, sel, 'selected', input.width);
  }
  if (p.lanes.mode !== 'single') {
    ctx.font = `600 11px ${FONT_FAMILY}`;
    ctx.textBaseline = 'middle';
    p.lanes.lanes.forEach((lane, k) => {
      const y = k * f.geometry.laneH + 8;
      ctx.fillStyle = lane.colour ?? '#d0d7de';
      ctx.fillRect(4, y - 6, 3, 12);
      ctx.fillStyle = INK;
      ctx.fillText(`${lane.label} · ${formatCount(lane.count)}`, 11, y);
    });
  }
  if (input.filtered.length === 0) {
    ctx.font = `13px ${FONT_FAMILY}`;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'center';
    ctx.fillText('No events match the filters.', input.width / 2, p.plotH / 2);
    ctx.textAlign = 'start';
  }
  ctx.translate(0, p.plotH + 10);
  ctx.font = LEGEND_FONT;
  ctx.textBaseline = 'middle';
  for (const row of l.legendRows) {
    for (const item of row) {
      const y = item.row * LEGEND_ROW + LEGEND_ROW / 2;
      const text = drawLegendSwatch(ctx, item.label, item.colour, item.x, y);
      ctx.fillStyle = INK;
      ctx.fillText(text, item.x + 16, y);
    }
  }
  ctx.translate(0, l.legendRows.length * LEGEND_ROW + 6);
  ctx.font = `11px ${FONT_FAMILY}`;
  ctx.fillStyle = MUTED;
  ctx.textBaseline = 'alphabetic';
  l.captionLines.forEach((line, k) => ctx.fillText(line, 0, (k + 1) * CAPTION_LINE - 4));
  ctx.restore();
}

function canvasMeasure(): (font: string, text: string) => number {
  const c = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (font, text) => {
    const key = `${font}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (c) c.font = font;
      w = c ? c.measureText(text).width : text.length * 6.5;
      cache.set(key, w);
    }
    return w;
  };
}

/** How many events the image would show as marks, for choosing whether an SVG stays a reasonable size. */
export function imageMarkCount(input: TimelineImageInput): number {
  const p = prepare(input, (_f, t) => t.length * 6.5);
  return p.frame.mode === 'density' ? p.frame.visibleCount : p.frame.placed.length + p.frame.badges.length;
}

/** The timeline as drawn now, as a PNG at `scale`× (2 by default), on white. */
export async function timelinePng(input: TimelineImageInput, scale = 2): Promise<Blob> {
  const measure = canvasMeasure();
  const p = prepare(input, measure);
  const l = layout(input, p, measure);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(l.width * scale);
  canvas.height = Math.round(l.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  drawImage(ctx, input, p, l, measure);
  // The plot clears its area to transparent: put white under everything.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

/** The same view as an SVG document with every style written on its element. */
export function timelineSvg(input: TimelineImageInput): string {
  const measure = canvasMeasure();
  const p = prepare(input, measure);
  const l = layout(input, p, measure);
  const svg = new SvgContext(measure);
  drawImage(svg as unknown as CanvasRenderingContext2D, input, p, l, measure);
  return svg.toString(l.width, l.height, `${input.title}. ${input.caption}`);
}
