/**
 * A record's own value for a key, never one inherited from Object.prototype: ids such as "constructor" or
 * "toString" are ordinary ids, not the prototype's methods. Use it (or a Map) for every lookup by id in plain objects.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
