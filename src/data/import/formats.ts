import { acledImporter, looksLikeAcled } from './acled';
import { mappedImporter } from './mapped';
import { columnIndex, type CsvImporter } from './rowFormat';
import { looksLikeTimelineJs, timelineJsImporter } from './timelinejs';
import type { ColumnMapping, ImportFormat } from './types';
import { looksLikeUcdp, ucdpImporter } from './ucdp';

/** The CSV format a header says it is, or null for a spreadsheet Envoy has to ask about. */
export function detectCsv(header: readonly string[]): ImportFormat | null {
  const cols = columnIndex(header);
  if (looksLikeAcled(cols)) return 'acled-csv';
  if (looksLikeUcdp(cols)) return 'ucdp-csv';
  if (looksLikeTimelineJs(cols)) return 'timelinejs-csv';
  return null;
}

/** The importer of a CSV format, made from its header (and the mapping, for a generic CSV). Pure: the page calls it too. */
export function importerFor(format: ImportFormat, header: readonly string[], mapping?: ColumnMapping): CsvImporter {
  switch (format) {
    case 'acled-csv':
      return acledImporter(header);
    case 'ucdp-csv':
      return ucdpImporter(header);
    case 'timelinejs-csv':
    case 'timelinejs-json':
      return { ...timelineJsImporter(header), format };
    case 'mapped-csv':
      if (!mapping) throw new Error('a mapped CSV needs its column mapping');
      return mappedImporter(header, mapping);
    default:
      throw new Error(`${format} is not read row by row`);
  }
}
