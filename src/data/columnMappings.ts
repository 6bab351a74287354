// The user's answer in the mapping step, remembered in this browser for the next file with the same header.
import type { ColumnMapping } from './import/types';

const PREFIX = 'envoy:mapping:';

/** A key for a header: its column names, trimmed and lower-cased, in order (the importer's `headerKey` when it gives one). */
export function headerKeyOf(header: readonly string[], given?: string): string {
  return given ?? header.map((h) => h.trim().toLowerCase()).join('\u001f');
}

/** The mapping remembered for this header, or null; one naming a column the header lacks is not used. */
export function rememberedMapping(header: readonly string[], given?: string): ColumnMapping | null {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + headerKeyOf(header, given));
    if (!raw) return null;
    const mapping = JSON.parse(raw) as ColumnMapping;
    const columns = new Set(header);
    const named = Object.entries(mapping).filter(([k]) => k !== 'actorSeparator' && k !== 'themeSeparator');
    if (typeof mapping.date !== 'string' || typeof mapping.title !== 'string') return null;
    return named.every(([, v]) => typeof v === 'string' && columns.has(v)) ? mapping : null;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly string[], mapping: ColumnMapping, given?: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + headerKeyOf(header, given), JSON.stringify(mapping));
  } catch {
    // Storage turned off: the mapping works for this file, and is asked again next time.
  }
}
