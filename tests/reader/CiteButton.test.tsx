import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Providers } from '../../src/app/Providers';
import { parseDataset } from '../../src/data/loadDataset';
import { generateSynthetic } from '../../src/data/synthetic';
import { CiteButton } from '../../src/reader/CiteButton';
import { datasetText } from '../data/fixture';
import { polyfillDialogs } from '../app/dialogHelpers';

polyfillDialogs();

const index = parseDataset(datasetText());

function open(i: typeof index, eventPos: number) {
  render(
    <Providers>
      <CiteButton index={i} event={i.event(eventPos)} />
    </Providers>,
  );
  return userEvent
    .click(screen.getByRole('button', { name: 'Cite' }))
    .then(() => screen.getByRole('dialog', { name: 'Cite this event' }));
}

test('an article with no byline or outlet is cited by its title and date only, in every format', async () => {
  const pos = [...Array(index.count).keys()].find((i) =>
    index
      .event(i)
      .evidence.every(
        (q) =>
          index.articles[index.articleIndex.get(q.articleId)!]!.byline === null &&
          index.articles[index.articleIndex.get(q.articleId)!]!.outlet === null,
      ),
  )!;
  const dialog = await open(index, pos);
  const region = within(dialog).getByRole('region', { name: /^Source articles/ });
  const article = index.articles[index.articleIndex.get(index.event(pos).evidence[0]!.articleId)!]!;
  expect(region.textContent).toMatch(
    new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. \\(\\d{4}`),
  );
  await userEvent.click(within(dialog).getAllByRole('radio', { name: 'BibTeX' })[0]!);
  expect(region.textContent).toMatch(/^@article\{/);
  expect(region.textContent).not.toMatch(/author|journaltitle/);
  await userEvent.click(within(dialog).getAllByRole('radio', { name: 'RIS' })[0]!);
  expect(region.textContent).not.toMatch(/^AU {2}-|^T2 {2}-/m);
});

test('a publication date known only to the month is written as the month', async () => {
  const monthArticle = index.articles.find((a) => a.published.precision === 'month')!;
  const pos = [...Array(index.count).keys()].find((i) =>
    index.event(i).evidence.some((q) => q.articleId === monthArticle.id),
  )!;
  const dialog = await open(index, pos);
  const region = within(dialog).getByRole('region', { name: /^Source articles/ });
  expect(region.textContent).toMatch(/\(\d{4}, [A-Z][a-z]+\)\./);
});

test('generated data holds no articles: nothing is invented for them, and the view is still citable', async () => {
  const syn = generateSynthetic(50, 1);
  const dialog = await open(syn, 3);
  expect(within(dialog).getByText(/holds none of the articles the event cites/)).toBeInTheDocument();
  expect(within(dialog).getByRole('region', { name: /^The Envoy view/ }).textContent).toContain(syn.event(3).title);
});
