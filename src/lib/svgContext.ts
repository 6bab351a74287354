/*
 * A small stand-in for CanvasRenderingContext2D that writes SVG instead of pixels, so the timeline's own
 * canvas drawing code draws the SVG export too. It covers the calls the timeline makes (rects, rounded
 * rects, circles, lines, text, alpha, dashes, translate) and writes every style as an attribute on its
 * element, so the file looks the same in a browser, Inkscape or Illustrator (no stylesheet to lose).
 */

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (v: number) => String(Math.round(v * 100) / 100);

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  dash: number[];
  dx: number;
  dy: number;
}

/** Splits a CSS font shorthand ("600 12px system-ui, sans-serif") into SVG attributes. */
function fontAttrs(font: string): string {
  const m = /^\s*(?:(italic|normal)\s+)?(?:(bold|normal|[1-9]00)\s+)?(\d+(?:\.\d+)?)px\s+(.+)$/.exec(font);
  if (!m) return `font-family="sans-serif" font-size="12"`;
  const weight = m[2] && m[2] !== 'normal' ? ` font-weight="${m[2]}"` : '';
  return `font-family="${escapeXml(m[4]!)}" font-size="${m[3]}"${weight}${m[1] === 'italic' ? ' font-style="italic"' : ''}`;
}

export class SvgContext {
  private readonly out: string[] = [];
  private path = '';
  private s: State = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    globalAlpha: 1,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    dash: [],
    dx: 0,
    dy: 0,
  };
  private readonly stack: State[] = [];
  private readonly defs: string[] = [];
  private readonly hatches = new Map<string, string>();
  private readonly measure: (font: string, text: string) => number;

  /** `measure` gives a text's width in a font (a real canvas context measures best). */
  constructor(measure: (font: string, text: string) => number) {
    this.measure = measure;
  }

  get fillStyle() {
    return this.s.fillStyle;
  }
  // A canvas pattern has no SVG form: anything but a colour string or one of hatchFill's references draws grey.
  set fillStyle(v: string) {
    this.s.fillStyle = typeof v === 'string' ? v : '#8c959f';
  }

  /**
   * The timeline's diagonal hatching (uncertain dates) in one colour, as an SVG pattern: returns the fill reference
   * to use as fillStyle. The canvas draws the same hatching from a 6 px tile (timeline/draw/shapes.ts).
   */
  hatchFill(colour: string): string {
    let ref = this.hatches.get(colour);
    if (ref === undefined) {
      const id = `hatch-${this.hatches.size}`;
      ref = `url(#${id})`;
      this.hatches.set(colour, ref);
      this.defs.push(
        `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" fill="none" stroke="${escapeXml(colour)}" stroke-width="1.5"/></pattern>`,
      );
    }
    return ref;
  }
  get strokeStyle() {
    return this.s.strokeStyle;
  }
  set strokeStyle(v: string) {
    this.s.strokeStyle = v;
  }
  get lineWidth() {
    return this.s.lineWidth;
  }
  set lineWidth(v: number) {
    this.s.lineWidth = v;
  }
  get globalAlpha() {
    return this.s.globalAlpha;
  }
  set globalAlpha(v: number) {
    this.s.globalAlpha = v;
  }
  get font() {
    return this.s.font;
  }
  set font(v: string) {
    this.s.font = v;
  }
  get textAlign() {
    return this.s.textAlign;
  }
  set textAlign(v: CanvasTextAlign) {
    this.s.textAlign = v;
  }
  get textBaseline() {
    return this.s.textBaseline;
  }
  set textBaseline(v: CanvasTextBaseline) {
    this.s.textBaseline = v;
  }

  save() {
    this.stack.push({ ...this.s, dash: [...this.s.dash] });
  }
  restore() {
    this.s = this.stack.pop() ?? this.s;
  }
  translate(x: number, y: number) {
    this.s.dx += x;
    this.s.dy += y;
  }
  /** Only the translation part is kept: the export draws in CSS pixels and scales the whole SVG. */
  setTransform(_a?: number, _b?: number, _c?: number, _d?: number, e = 0, f = 0) {
    this.s.dx = e;
    this.s.dy = f;
  }
  setLineDash(d: number[]) {
    this.s.dash = [...d];
  }
  getLineDash() {
    return [...this.s.dash];
  }
  measureText(text: string) {
    return { width: this.measure(this.s.font, text) } as TextMetrics;
  }

  beginPath() {
    this.path = '';
  }
  moveTo(x: number, y: number) {
    this.path += `M${n(x + this.s.dx)} ${n(y + this.s.dy)}`;
  }
  lineTo(x: number, y: number) {
    this.path += `L${n(x + this.s.dx)} ${n(y + this.s.dy)}`;
  }
  closePath() {
    this.path += 'Z';
  }
  rect(x: number, y: number, w: number, h: number) {
    this.path += `M${n(x + this.s.dx)} ${n(y + this.s.dy)}h${n(w)}v${n(h)}h${n(-w)}Z`;
  }
  roundRect(x: number, y: number, w: number, h: number, radius: number | number[] = 0) {
    const r = Math.max(0, Math.min(typeof radius === 'number' ? radius : (radius[0] ?? 0), w / 2, h / 2));
    const X = x + this.s.dx;
    const Y = y + this.s.dy;
    const corner = (x1: number, y1: number) => `A${n(r)} ${n(r)} 0 0 1 ${n(x1)} ${n(y1)}`;
    this.path +=
      `M${n(X + r)} ${n(Y)}H${n(X + w - r)}${corner(X + w, Y + r)}V${n(Y + h - r)}${corner(X + w - r, Y + h)}` +
      `H${n(X + r)}${corner(X, Y + h - r)}V${n(Y + r)}${corner(X + r, Y)}Z`;
  }
  /** Full circles only, which is all the timeline draws (the angles are those of a whole turn). */
  arc(x: number, y: number, r: number, _start = 0, _end = Math.PI * 2) {
    const X = x + this.s.dx;
    const Y = y + this.s.dy;
    this.path += `M${n(X + r)} ${n(Y)}A${n(r)} ${n(r)} 0 1 0 ${n(X - r)} ${n(Y)}A${n(r)} ${n(r)} 0 1 0 ${n(X + r)} ${n(Y)}Z`;
  }

  private alpha() {
    return this.s.globalAlpha < 1 ? ` opacity="${n(this.s.globalAlpha)}"` : '';
  }
  private strokeAttrs() {
    const dash = this.s.dash.length > 0 ? ` stroke-dasharray="${this.s.dash.join(' ')}"` : '';
    return `fill="none" stroke="${escapeXml(this.s.strokeStyle)}" stroke-width="${n(this.s.lineWidth)}"${dash}${this.alpha()}`;
  }

  fill() {
    if (this.path) this.out.push(`<path d="${this.path}" fill="${escapeXml(this.s.fillStyle)}"${this.alpha()}/>`);
  }
  stroke() {
    if (this.path) this.out.push(`<path d="${this.path}" ${this.strokeAttrs()}/>`);
  }
  fillRect(x: number, y: number, w: number, h: number) {
    if (w <= 0 || h <= 0) return;
    this.out.push(
      `<rect x="${n(x + this.s.dx)}" y="${n(y + this.s.dy)}" width="${n(w)}" height="${n(h)}" fill="${escapeXml(this.s.fillStyle)}"${this.alpha()}/>`,
    );
  }
  strokeRect(x: number, y: number, w: number, h: number) {
    this.out.push(
      `<rect x="${n(x + this.s.dx)}" y="${n(y + this.s.dy)}" width="${n(w)}" height="${n(h)}" ${this.strokeAttrs()}/>`,
    );
  }
  /** The export sits on white, so clearing an area paints it white. */
  clearRect(x: number, y: number, w: number, h: number) {
    this.out.push(
      `<rect x="${n(x + this.s.dx)}" y="${n(y + this.s.dy)}" width="${n(w)}" height="${n(h)}" fill="#ffffff"/>`,
    );
  }
  fillText(text: string, x: number, y: number) {
    const anchor =
      this.s.textAlign === 'center'
        ? ' text-anchor="middle"'
        : this.s.textAlign === 'right' || this.s.textAlign === 'end'
          ? ' text-anchor="end"'
          : '';
    const base =
      this.s.textBaseline === 'middle'
        ? ' dominant-baseline="central"'
        : this.s.textBaseline === 'top'
          ? ' dominant-baseline="hanging"'
          : '';
    this.out.push(
      `<text x="${n(x + this.s.dx)}" y="${n(y + this.s.dy)}" ${fontAttrs(this.s.font)} fill="${escapeXml(this.s.fillStyle)}"${anchor}${base}${this.alpha()}>${escapeXml(text)}</text>`,
    );
  }

  /** The SVG document: `width` × `height` CSS pixels on a white background, with a title for screen readers and file browsers. */
  toString(width: number, height: number, title: string): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}"><title>${escapeXml(title)}</title>${this.defs.length ? `<defs>${this.defs.join('')}</defs>` : ''}<rect width="100%" height="100%" fill="#ffffff"/>${this.out.join('')}</svg>\n`;
  }

  /** Elements drawn so far (for tests). */
  get elements(): number {
    return this.out.length;
  }
}
