import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { indexOf } from '../fixtures/dataset';
import type { DatasetT } from '../../src/data/schema';
import { fixtureDataset } from './fixture';
import { renderPanel } from './renderPanel';

/** The filter fixture with places: Doha in Qatar, Kabul and Qadis (in Badghis) in Afghanistan; two events unplaced. */
function placedIndex() {
  const ds: DatasetT = fixtureDataset();
  ds.places = [
    { id: 'afghanistan', name: 'Afghanistan', kind: 'country', point: [66, 33], precision: 'country', within: null },
    {
      id: 'badghis',
      name: 'Badghis province',
      kind: 'province',
      point: [63.75, 35.17],
      precision: 'province',
      within: 'afghanistan',
    },
    {
      id: 'qadis',
      name: 'Qadis district',
      kind: 'district',
      point: [63.42, 34.81],
      precision: 'district',
      within: 'badghis',
    },
    { id: 'kabul', name: 'Kabul', kind: 'town', point: [69.17, 34.53], precision: 'town', within: 'afghanistan' },
    { id: 'qatar', name: 'Qatar', kind: 'country', point: [51.25, 25.5], precision: 'country', within: null },
    { id: 'doha', name: 'Doha', kind: 'town', point: [51.53, 25.29], precision: 'town', within: 'qatar' },
  ];
  const at: Record<string, string> = {
    'doha-first-meeting': 'doha',
    'doha-agreement': 'doha',
    'kabul-releases': 'kabul',
    'eid-ceasefire': 'qadis',
    'war-years': 'afghanistan',
  };
  for (const e of ds.events) if (at[e.id]) e.place = at[e.id];
  return indexOf(ds);
}

const places = () => screen.getByRole('region', { name: /^Places/ });
const box = (name: string) => within(places()).getByRole('checkbox', { name });
const summary = () => screen.getByText(/^Showing/, { selector: 'p' });

describe('the Places section', () => {
  test('lists places grouped by containment (country › province › district), each with its count in view', () => {
    renderPanel({}, placedIndex());
    const afghanistan = within(places()).getByRole('list', { name: 'Places in Afghanistan' });
    expect(
      within(afghanistan)
        .getAllByRole('checkbox')
        .map(
          (c) =>
            c.getAttribute('aria-labelledby') &&
            document.getElementById(c.getAttribute('aria-labelledby')!)!.textContent,
        ),
    ).toEqual(['Badghis province', 'Qadis district', 'Kabul']);
    expect(within(places()).getByRole('list', { name: 'Places in Badghis province' })).toBeInTheDocument();
    // Counts include what lies within: Afghanistan 3 (its own, Kabul's, Qadis's), Badghis 1 (Qadis's).
    expect(box('Afghanistan')).toHaveAccessibleDescription('country 3 events in view');
    expect(box('Badghis province')).toHaveAccessibleDescription('province 1 event in view');
    expect(box('Qatar')).toHaveAccessibleDescription('country 2 events in view');
  });

  test('ticking a country filters to it and everything within it, with a chip that removes it', async () => {
    const { store } = renderPanel({}, placedIndex());
    expect(summary()).toHaveTextContent('Showing 7 of 7 events');
    await userEvent.click(box('Afghanistan'));
    expect(store.getState().places).toEqual(['afghanistan']);
    expect(summary()).toHaveTextContent('Showing 3 of 7 events');
    // The other places' counts do not shrink under their own filter: Qatar still says what ticking it would add.
    expect(box('Qatar')).toHaveAccessibleDescription('country 2 events in view');
    await userEvent.click(
      within(screen.getByRole('list', { name: 'Active filters' })).getByRole('button', {
        name: 'Remove place filter: Afghanistan',
      }),
    );
    expect(summary()).toHaveTextContent('Showing 7 of 7 events');
    expect(box('Afghanistan')).not.toBeChecked();
  });

  test('"only" and Clear, and the counts follow the other filters', async () => {
    const { store } = renderPanel({ themes: ['prisoners'] }, placedIndex());
    expect(box('Qatar')).toHaveAccessibleDescription('country 1 event in view');
    await userEvent.click(within(places()).getByRole('button', { name: 'Only Kabul' }));
    expect(store.getState().places).toEqual(['kabul']);
    await userEvent.click(within(places()).getByRole('button', { name: 'Clear places' }));
    expect(store.getState().places).toEqual([]);
  });

  test('a group can be folded away and opened again', async () => {
    renderPanel({}, placedIndex());
    const toggle = within(places()).getByRole('button', { name: /2 places in Afghanistan/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(places()).queryByRole('checkbox', { name: 'Kabul' })).toBeNull();
    await userEvent.click(toggle);
    expect(box('Kabul')).toBeInTheDocument();
  });

  test('a dataset without places has no Places section', () => {
    renderPanel();
    expect(screen.queryByRole('region', { name: /^Places/ })).toBeNull();
  });
});
