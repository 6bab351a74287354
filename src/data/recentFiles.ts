// Files the user opened, kept in this browser (IndexedDB) so a reload reopens them and "Recent datasets"
// lists them until removed. The original bytes are kept, never the parsed dataset: a reload re-imports them.
import { createStore, del, get, set, values } from 'idb-keyval';
import type { ColumnMapping, ImportFormat, ImportInput } from './import/types';

/** What "Recent datasets" shows about a kept file. */
export interface RecentFile {
  id: string;
  /** The file's name, or the folder's, as the user picked it. */
  name: string;
  /** Bytes, all files together. */
  size: number;
  format: ImportFormat;
  events: number;
  /** When it was last opened (ms since 1970). */
  openedAt: number;
  /** The user's column mapping, for a CSV Envoy did not recognise. */
  mapping?: ColumnMapping;
  /** Name, size and modification time of each file, to find the same file opened again. */
  fingerprint: string;
}

/** The kept bytes: one file, or the files of a folder with their paths inside it. */
type Kept =
  | { kind: 'file'; name: string; type: string; blob: Blob }
  | { kind: 'files'; files: { path: string; type: string; blob: Blob }[] };

let stores: { meta: ReturnType<typeof createStore>; files: ReturnType<typeof createStore> } | null = null;
// Two databases, because idb-keyval opens one object store per database.
const db = () => (stores ??= { meta: createStore('envoy-recent', 'meta'), files: createStore('envoy-files', 'files') });

/** A file's path inside the folder it was picked or dropped with (carried in the name when Envoy rebuilt the File). */
export function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

function fingerprint(input: Exclude<ImportInput, { kind: 'url' }>): string {
  const files = input.kind === 'file' ? [input.file] : input.files;
  return files
    .map((f) => `${pathOf(f)}:${f.size}:${f.lastModified}`)
    .sort()
    .join('|');
}

/** What the user picked, in words: the file's name, or the folder a set of files came from. */
export function inputName(input: ImportInput): string {
  if (input.kind === 'url') return input.url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? input.url;
  if (input.kind === 'file') return input.file.name;
  const top = new Set(input.files.map((f) => pathOf(f).split('/')[0]));
  return top.size === 1 && input.files.some((f) => pathOf(f).includes('/'))
    ? [...top][0]!
    : `${input.files.length} files`;
}

export function inputSize(input: Exclude<ImportInput, { kind: 'url' }>): number {
  return (input.kind === 'file' ? [input.file] : input.files).reduce((n, f) => n + f.size, 0);
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The kept files, most recently opened first; empty when this browser keeps nothing. */
export async function listRecent(): Promise<RecentFile[]> {
  try {
    const all = await values<RecentFile>(db().meta);
    return all.sort((a, b) => b.openedAt - a.openedAt);
  } catch {
    return [];
  }
}

/**
 * Keeps a file the user opened (the same file opened again keeps its id) and returns its id.
 * Throws when the browser will not keep it (private mode, storage full).
 */
export async function keepFile(
  input: Exclude<ImportInput, { kind: 'url' }>,
  about: Pick<RecentFile, 'format' | 'events' | 'mapping'>,
): Promise<RecentFile> {
  const print = fingerprint(input);
  const same = (await listRecent()).find((r) => r.fingerprint === print);
  const record: RecentFile = {
    id: same?.id ?? newId(),
    name: inputName(input),
    size: inputSize(input),
    openedAt: Date.now(),
    fingerprint: print,
    ...about,
  };
  if (!record.mapping) delete record.mapping;
  const kept: Kept =
    input.kind === 'file'
      ? { kind: 'file', name: input.file.name, type: input.file.type, blob: input.file }
      : { kind: 'files', files: input.files.map((f) => ({ path: pathOf(f), type: f.type, blob: f })) };
  if (!same) await set(record.id, kept, db().files);
  await set(record.id, record, db().meta);
  return record;
}

/** A kept file as the importer takes it, with what Recent datasets knows about it; null when it is not kept here. */
export async function reopenFile(
  id: string,
): Promise<{ input: Exclude<ImportInput, { kind: 'url' }>; recent: RecentFile } | null> {
  const [recent, kept] = await Promise.all([get<RecentFile>(id, db().meta), get<Kept>(id, db().files)]);
  if (!recent || !kept) return null;
  // A File rebuilt from a Blob has no webkitRelativePath, so the path inside the folder travels in its name.
  const input: Exclude<ImportInput, { kind: 'url' }> =
    kept.kind === 'file'
      ? { kind: 'file', file: new File([kept.blob], kept.name, { type: kept.type, lastModified: recent.openedAt }) }
      : { kind: 'files', files: kept.files.map((f) => new File([f.blob], f.path, { type: f.type })) };
  return { input, recent };
}

/** Marks a kept file as opened now (it moves to the top of Recent datasets). */
export async function touchRecent(id: string): Promise<void> {
  const recent = await get<RecentFile>(id, db().meta).catch(() => undefined);
  if (recent) await set(id, { ...recent, openedAt: Date.now() }, db().meta).catch(() => {});
}

/** Forgets a kept file and its bytes. */
export async function removeRecent(id: string): Promise<void> {
  await Promise.all([del(id, db().meta), del(id, db().files)]);
}
