import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { Layout } from '../../src/app/Layout';

function Thrower(): never {
  throw new Error('the canvas exploded');
}

let readerBroken = true;
function FlakyReader() {
  if (readerBroken) throw new Error('first try fails');
  return <p>Recovered content</p>;
}

describe('Layout', () => {
  test('shows three named regions', () => {
    render(<Layout filters={<p>f</p>} timeline={<p>t</p>} reader={<p>r</p>} />);
    for (const name of ['Filters', 'Timeline', 'Source article']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  test('a region that throws shows a message and a retry, and the others keep working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Layout
        filters={<button type="button">Still here</button>}
        timeline={<Thrower />}
        reader={<p>Article text</p>}
      />,
    );
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(timeline).toHaveTextContent('The timeline panel ran into a problem');
    expect(timeline).toHaveTextContent('the canvas exploded');
    expect(screen.getByRole('button', { name: 'Still here' })).toBeInTheDocument();
    expect(screen.getByText('Article text')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });

  test('retry renders the region again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    readerBroken = true;
    render(<Layout filters={<p>f</p>} timeline={<p>t</p>} reader={<FlakyReader />} />);
    expect(screen.getByRole('region', { name: 'Source article' })).toHaveTextContent('ran into a problem');
    readerBroken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Recovered content')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });

  test('the panel tabs switch with the arrow keys', async () => {
    render(<Layout filters={<p>f</p>} timeline={<p>t</p>} reader={<p>r</p>} />);
    const timelineTab = screen.getByRole('tab', { name: 'Timeline' });
    expect(timelineTab).toHaveAttribute('aria-selected', 'true');
    timelineTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Article' })).toHaveFocus();
  });
});

describe('Layout with the map', () => {
  test('the map is a fourth tab (Filters, Timeline, Map, Article) and a named region', async () => {
    render(<Layout filters={<p>f</p>} timeline={<p>t</p>} map={<p>m</p>} reader={<p>r</p>} />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Filters', 'Timeline', 'Map', 'Article']);
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent('m');
    screen.getByRole('tab', { name: 'Timeline' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  });

  test('on a wide screen the map takes its place above the timeline only when shown', () => {
    const { container, rerender } = render(
      <Layout filters={<p>f</p>} timeline={<p>t</p>} map={<p>m</p>} reader={<p>r</p>} mapShown={false} />,
    );
    expect(container.querySelector('.layout')).toHaveAttribute('data-map', 'hidden');
    rerender(<Layout filters={<p>f</p>} timeline={<p>t</p>} map={<p>m</p>} reader={<p>r</p>} mapShown />);
    expect(container.querySelector('.layout')).toHaveAttribute('data-map', 'shown');
    // Above the timeline in reading order too, as it is on screen.
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(regions.indexOf('Map')).toBe(regions.indexOf('Timeline') - 1);
  });
});
