import type { ImportInput } from '../data/import/types';

/** What the importer takes for the files the user picked or dropped: one file, or the files of a folder. */
export function inputFromFiles(files: readonly File[]): ImportInput | null {
  if (files.length === 0) return null;
  if (files.length === 1 && !(files[0]!.webkitRelativePath ?? '').includes('/'))
    return { kind: 'file', file: files[0]! };
  return { kind: 'files', files: [...files] };
}

/** A file found inside a dropped folder, named by its path in it (a dropped File has no webkitRelativePath). */
function withPath(file: File, path: string): File {
  return path === file.name ? file : new File([file], path, { type: file.type, lastModified: file.lastModified });
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries hands out at most 100 entries a call, until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
    out.push(withPath(file, entry.fullPath.replace(/^\//, '')));
  } else if (entry.isDirectory) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, out);
  }
}

/** The files of a drop, folders walked (a dropped folder with dataset.json and articles/ opens as one dataset). */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  // Entries must be taken while the drop event runs; the files are read after.
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  if (entries.some((e) => e?.isDirectory)) {
    const out: File[] = [];
    for (const e of entries) if (e) await walk(e, out);
    return out;
  }
  return [...data.files];
}
