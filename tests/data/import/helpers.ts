import { assembleIndex } from '../../../src/data/import/assemble';
import { runImport, type RunOptions } from '../../../src/data/import/run';
import type { EventIndex } from '../../../src/data/model';
import type { EventT } from '../../../src/data/schema';
import type { WireOutcome } from '../../../src/data/import/protocol';

/** Imports text as a file of that name, as the worker would. */
export function importText(text: string | Uint8Array, name: string, opts: RunOptions = {}): Promise<WireOutcome> {
  return runImport({ kind: 'file', file: new File([text as BlobPart], name) }, opts);
}

export type Opened = Extract<WireOutcome, { kind: 'ok' }> & { index: EventIndex; events: EventT[] };

/** Imports and expects success; returns the assembled index and every event in time order. */
export async function open(text: string | Uint8Array, name: string, opts: RunOptions = {}): Promise<Opened> {
  const o = await importText(text, name, opts);
  if (o.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(o)}`);
  const index = assembleIndex(o.payload, o.dataset);
  return { ...o, index, events: Array.from({ length: index.count }, (_, i) => index.event(i)) };
}

/** A CSV line from cells, quoting where needed. */
export function line(cells: readonly string[], sep = ','): string {
  return cells
    .map((c) => (c.includes(sep) || c.includes('"') || c.includes('\n') ? `"${c.replaceAll('"', '""')}"` : c))
    .join(sep);
}

export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** One ACLED row, with plausible defaults and the given columns changed. */
export function acledRow(over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    event_id_cnty: 'AFG90001',
    event_date: '2020-03-15',
    year: '2020',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Taliban',
    assoc_actor_1: '',
    inter1: '2',
    actor2: 'Military Forces of Afghanistan (2014-2021)',
    assoc_actor_2: '',
    inter2: '1',
    interaction: '12',
    civilian_targeting: '',
    iso: '4',
    region: 'Caspian',
    country: 'Afghanistan',
    admin1: 'Badghis',
    admin2: 'Qadis',
    admin3: '',
    location: 'Qadis',
    latitude: '34.8081',
    longitude: '63.4347',
    geo_precision: '1',
    source: 'Pajhwok Afghan News; Tolo News',
    source_scale: 'National',
    notes: 'On 15 March 2020, Taliban militants attacked an army checkpoint in Qadis district. 3 soldiers were killed.',
    fatalities: '3',
    tags: '',
    timestamp: '1618526000',
  };
  return ACLED_HEADER.map((h) => over[h] ?? base[h]!);
}

export function acledCsv(rows: Partial<Record<string, string>>[], sep = ','): string {
  return [line(ACLED_HEADER, sep), ...rows.map((r) => line(acledRow(r), sep))].join('\n') + '\n';
}
