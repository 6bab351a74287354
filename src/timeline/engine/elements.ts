/** The elements React mounts once and hands to the engine, which draws into them imperatively. */
export interface TimelineElements {
  root: HTMLElement;
  scroller: HTMLElement;
  content: HTMLElement;
  sticky: HTMLElement;
  canvas: HTMLCanvasElement;
  axis: SVGSVGElement;
  laneLabels: HTMLElement;
  tooltip: HTMLElement;
  live: HTMLElement;
  status: HTMLElement;
  overviewCanvas: HTMLCanvasElement;
  overviewSvg: SVGSVGElement;
}
