import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { SourceNotes, safeHref } from '../../src/reader/SourceNotes';
import { MoreFromSource } from '../../src/reader/MoreFromSource';

describe('notes from the source file in the event card', () => {
  test('a coder summary says it is not a quote, a citation says it is a cited source; neither is marked as a quote', () => {
    render(
      <SourceNotes
        notes={[
          {
            kind: 'summary',
            text: 'On 15 March 2020, Taliban militants attacked <b>a checkpoint</b>.',
            source: 'ACLED',
          },
          { kind: 'citation', text: 'Pajhwok Afghan News; Tolo News', url: 'https://example.org/a' },
          { kind: 'citation', text: 'Reuters', url: 'javascript:alert(1)' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'From the source file' });
    expect(region).toHaveTextContent('Summary by ACLED’s coders — not a quote from an article');
    expect(region).toHaveTextContent('Cited source: Pajhwok Afghan News; Tolo News');
    expect(within(region).getByText(/<b>a checkpoint<\/b>/)).toBeInTheDocument();
    expect(region.querySelectorAll('mark, q, blockquote, b')).toHaveLength(0);
    const links = within(region).getAllByRole('link', { name: 'Open the article' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
  });

  test('without a source named, the summary is the dataset’s coders’; nothing shows without notes', () => {
    const { container, rerender } = render(<SourceNotes notes={[{ kind: 'summary', text: 'A summary.' }]} />);
    expect(container).toHaveTextContent('Summary by the dataset’s coders — not a quote from an article');
    rerender(<SourceNotes notes={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  test.each([
    ['https://example.org/x', 'https://example.org/x'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('a link %s becomes %s', (url, href) => expect(safeHref(url)).toBe(href));

  test('"More from the source" lists the kept columns, leaving out empty ones', async () => {
    render(<MoreFromSource extra={{ fatalities: '3', admin1: 'Badghis', tags: '' }} />);
    await userEvent.click(screen.getByText('More from the source'));
    const group = screen.getByRole('group');
    expect(group).toHaveTextContent('(2 columns)');
    expect(group).toHaveTextContent(/fatalities\s*3/);
    expect(group).toHaveTextContent(/admin1\s*Badghis/);
    expect(group).not.toHaveTextContent('tags');
  });
});
