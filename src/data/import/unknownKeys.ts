import type { z } from 'zod';

/*
 * zod drops keys a schema does not name, silently. A misspelt key ("titel") would vanish with its value, so the
 * importer walks the file against the schema and reports each unknown key in words, with the nearest known key.
 */

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  in?: z.ZodType;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function nearest(key: string, known: string[]): string | null {
  let best: string | null = null;
  let score = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < score) {
      score = d;
      best = k;
    }
  }
  return best !== null && score <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function label(path: string): string {
  return path === '' ? 'the dataset' : path;
}

/** Every key of `value` that `schema` does not name, as sentences: `events[3] has an unknown key "titel" (did you mean "title"?)`. */
export function unknownKeys(schema: z.ZodType, value: unknown, path = '', out: string[] = [], limit = 50): string[] {
  if (out.length >= limit || value === null || typeof value !== 'object') return out;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return unknownKeys(def.innerType!, value, path, out, limit);
    case 'pipe':
      return unknownKeys(def.in!, value, path, out, limit);
    case 'array':
      if (Array.isArray(value)) value.forEach((v, i) => unknownKeys(def.element!, v, `${path}[${i}]`, out, limit));
      return out;
    case 'tuple':
      if (Array.isArray(value))
        value.forEach((v, i) => def.items?.[i] && unknownKeys(def.items[i], v, `${path}[${i}]`, out, limit));
      return out;
    case 'record':
      for (const [k, v] of Object.entries(value)) unknownKeys(def.valueType!, v, `${path}.${k}`, out, limit);
      return out;
    case 'object': {
      if (Array.isArray(value)) return out;
      const shape = def.shape!;
      const known = Object.keys(shape);
      for (const [k, v] of Object.entries(value)) {
        if (Object.hasOwn(shape, k)) {
          unknownKeys(shape[k]!, v, path === '' ? k : `${path}.${k}`, out, limit);
          continue;
        }
        // "$schema" points editors at the JSON Schema; it is not data.
        if (path === '' && k === '$schema') continue;
        if (out.length >= limit) return out;
        const hint = nearest(k, known);
        out.push(
          `${label(path)} has an unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}; Envoy ignores it`,
        );
      }
      return out;
    }
    default:
      return out;
  }
}
