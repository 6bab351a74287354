import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { PhoneReadBar } from '../../src/app/PhoneReadBar';
import { Providers } from '../../src/app/Providers';
import { DatasetContext } from '../../src/data/DatasetContext';
import { indexOf } from '../fixtures/dataset';
import { createEnvoyStore } from '../../src/state/store';
import { tinyDataset } from '../data/fixture';

function setup() {
  const index = indexOf(tinyDataset());
  const store = createEnvoyStore();
  render(
    <Providers store={store}>
      <DatasetContext.Provider value={index}>
        <PhoneReadBar />
      </DatasetContext.Provider>
    </Providers>,
  );
  return { index, store };
}

describe('PhoneReadBar', () => {
  test('appears once an event is selected, names it, and brings the article to the front', async () => {
    const { index, store } = setup();
    expect(screen.queryByRole('button', { name: 'Read the source' })).toBeNull();
    const ev = index.event(0);
    act(() => store.getState().actions.select(ev.id));
    const button = screen.getByRole('button', { name: 'Read the source' });
    expect(button).toHaveAccessibleDescription(ev.title);
    await userEvent.click(button);
    expect(store.getState().panel).toBe('reader');
    expect(screen.queryByRole('button', { name: 'Read the source' })).toBeNull();
  });

  test('stays hidden for an id the dataset does not know', () => {
    const { store } = setup();
    act(() => store.getState().actions.select('no-such-event'));
    expect(screen.queryByRole('button', { name: 'Read the source' })).toBeNull();
  });
});
