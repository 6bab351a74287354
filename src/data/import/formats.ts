import { acledImporter, looksLikeAcled } from './acled';
import { columnIndex, type CsvImporter } from './rowFormat';
import type { ColumnMapping, ImportFormat } from './types';

/** The CSV format a header says it is, or null for a spreadsheet Envoy has to ask about. */
export function detectCsv(header: readonly string[]): ImportFormat | null {
  const cols = columnIndex(header);
  if (looksLikeAcled(cols)) return 'acled-csv';
  return null;
}

/** The importer of a CSV format, made from its header (and the mapping, for a generic CSV). Pure: the page calls it too. */
export function importerFor(format: ImportFormat, header: readonly string[], _mapping?: ColumnMapping): CsvImporter {
  switch (format) {
    case 'acled-csv':
      return acledImporter(header);
    default:
      throw new Error(`no CSV importer for ${format}`);
  }
}
