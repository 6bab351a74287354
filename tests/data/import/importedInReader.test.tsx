// An imported ACLED event in the reader as it is today: no article, no quotes, and nothing breaks. (How the
// card shows source notes and "More from the source" is the Open-dataset UI's work.)
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { assembleIndex } from '../../../src/data/import/assemble';
import { CsvCollector } from '../../../src/data/import/csvCollect';
import { acledImporter } from '../../../src/data/import/acled';
import { renderReader } from '../../reader/fixture';
import { ACLED_HEADER, acledRow } from './helpers';

function acledIndex() {
  const c = new CsvCollector(acledImporter(ACLED_HEADER), ACLED_HEADER);
  c.add(
    acledRow({
      time_precision: '3',
      event_date: '15 March 2020',
      notes: 'Taliban militants attacked an army checkpoint in Qadis district.',
    }),
    2,
  );
  c.add(acledRow({ event_id_cnty: 'AFG90002', event_date: '2020-03-16' }), 3);
  const { payload, dataset } = c.finish({
    id: 'acled',
    title: 'acled.csv',
    description: 'An ACLED export, opened from acled.csv.',
  });
  return assembleIndex(payload, dataset);
}

describe('an imported event in the reader', () => {
  test('shows its composed title and its month, not the coded mid-month day, without an article', () => {
    const index = acledIndex();
    renderReader({ event: 'afg90001' }, index);
    expect(
      screen.getByRole('heading', {
        name: /Battles: Taliban vs Military Forces of Afghanistan \(2014-2021\) in Qadis/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/March 2020/).length).toBeGreaterThan(0);
    // Not as the date, not as the basis, not bare under "More from the source".
    expect(screen.queryByText('15 March 2020')).not.toBeInTheDocument();
    expect(
      screen
        .getAllByText(/15 March 2020/)
        .every((el) => /the midpoint ACLED writes when it knows only the month/.test(el.textContent ?? '')),
    ).toBe(true);
  });
});
