import { formatCount } from '../../lib/formatCount';
/*
 * The link-preview card of an event (1200×630), as the element tree satori lays out: the dataset above,
 * the title large, the date (as precisely as known) below, in the colour of the event's first theme.
 * Pure data, no React, so the build script renders it without a DOM.
 */

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | (CardNode | string)[] };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const h = (type: string, style: Record<string, string | number>, ...children: (CardNode | string)[]): CardNode => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/** A title cut at a word boundary to fit three lines at its size. */
export function cardTitle(title: string, max = 120): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** The card of one event. */
export function eventCard(p: {
  title: string;
  date: string;
  dataset: string;
  kind: string;
  colour: string;
  sources: number;
}): CardNode {
  const title = cardTitle(p.title);
  const size = title.length <= 50 ? 68 : title.length <= 90 ? 56 : 46;
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: '#14213d',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    h('div', { width: 20, height: CARD_HEIGHT, background: p.colour }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 64px',
        width: CARD_WIDTH - 20,
      },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', gap: 8 },
        h('div', { fontSize: 26, fontWeight: 700, letterSpacing: 4, color: '#9fb3d9' }, 'ENVOY'),
        h('div', { fontSize: 28, color: '#c9d4ea' }, cardTitle(p.dataset, 80)),
      ),
      h('div', { fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
      h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 24 },
        h('div', { fontSize: 40, fontWeight: 700 }, p.date),
        h(
          'div',
          { fontSize: 26, color: '#c9d4ea', border: '2px solid #51607a', borderRadius: 999, padding: '4px 18px' },
          p.kind,
        ),
        h(
          'div',
          { fontSize: 26, color: '#c9d4ea' },
          p.sources === 1 ? '1 source article' : `${p.sources} source articles`,
        ),
      ),
    ),
  );
}

/** The card shared by every event when the dataset is too large for one card each. */
export function datasetCard(p: { dataset: string; events: number }): CardNode {
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px',
      background: '#14213d',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    h('div', { fontSize: 26, fontWeight: 700, letterSpacing: 4, color: '#9fb3d9' }, 'ENVOY'),
    h('div', { fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, cardTitle(p.dataset)),
    h('div', { fontSize: 32, color: '#c9d4ea' }, `${formatCount(p.events)} events, each with its evidence`),
  );
}
