import { SvgContext } from '../../src/lib/svgContext';

const measure = (_font: string, text: string) => text.length * 6;

test('canvas calls become SVG elements with their styles on them', () => {
  const c = new SvgContext(measure);
  c.fillStyle = '#1f5fa8';
  c.globalAlpha = 0.5;
  c.fillRect(1, 2, 30, 10);
  c.globalAlpha = 1;
  c.translate(10, 20);
  c.beginPath();
  c.arc(5, 5, 5, 0, Math.PI * 2);
  c.fill();
  c.strokeStyle = '#14213d';
  c.lineWidth = 1.5;
  c.setLineDash([4, 3]);
  c.strokeRect(0, 0, 8, 8);
  c.font = '600 12px system-ui, "Segoe UI", sans-serif';
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillStyle = '#000000';
  c.fillText('Doha <talks> & "more"', 4, 4);
  const svg = c.toString(100, 50, 'A test');
  expect(svg).toContain('<rect x="1" y="2" width="30" height="10" fill="#1f5fa8" opacity="0.5"/>');
  expect(svg).toContain('<path d="M20 25A5 5 0 1 0 10 25A5 5 0 1 0 20 25Z" fill="#1f5fa8"/>');
  expect(svg).toContain(
    '<rect x="10" y="20" width="8" height="8" fill="none" stroke="#14213d" stroke-width="1.5" stroke-dasharray="4 3"/>',
  );
  expect(svg).toContain('font-family="system-ui, &#34;Segoe UI&#34;, sans-serif" font-size="12" font-weight="600"');
  expect(svg).toContain(
    'text-anchor="middle" dominant-baseline="central">Doha &#60;talks&#62; &#38; &#34;more&#34;</text>',
  );
  expect(svg).not.toMatch(/<style|class=/);
  expect(c.measureText('abc').width).toBe(18);
  // Parses as XML.
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.querySelectorAll('text')).toHaveLength(1);
});

test('save and restore bring back the offset and styles', () => {
  const c = new SvgContext(measure);
  c.save();
  c.translate(5, 5);
  c.fillStyle = '#ff0000';
  c.restore();
  c.fillRect(0, 0, 1, 1);
  expect(c.toString(1, 1, 't')).toContain('<rect x="0" y="0" width="1" height="1" fill="#000000"/>');
});

test('an uncertain date is hatched in the SVG as on the canvas, and a canvas pattern never breaks the export', async () => {
  const { drawWindow } = await import('../../src/timeline/draw/shapes');
  const c = new SvgContext(measure);
  drawWindow(c as unknown as CanvasRenderingContext2D, 10, 90, 20, '#2f6fb0', false, false, null);
  const svg = c.toString(100, 40, 'hatch');
  expect(svg).toContain('<defs><pattern id="hatch-0" width="6" height="6" patternUnits="userSpaceOnUse">');
  expect(svg).toContain('stroke="#2f6fb0"');
  expect(svg).toContain('fill="url(#hatch-0)"');
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  // Something that is not a colour (a CanvasPattern made elsewhere) draws grey instead of throwing.
  const d = new SvgContext(measure);
  d.fillStyle = {} as unknown as string;
  d.fillRect(0, 0, 1, 1);
  expect(d.toString(1, 1, 't')).toContain('fill="#8c959f"');
});
