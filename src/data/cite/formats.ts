import { bibtexEntry } from './bibtex';
import type { CslItem } from './cslItem';
import { plainCitation } from './plainText';
import { risRecord } from './ris';

export type CitationFormat = 'plain' | 'bibtex' | 'ris' | 'csl-json';

export const FORMAT_LABELS: Record<CitationFormat, string> = {
  plain: 'Plain text (APA style)',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** The items written in one format, ready to copy: references a blank line apart (plain), entry or record, or a JSON array. */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  switch (format) {
    case 'plain':
      return items.map(plainCitation).join('\n\n');
    case 'bibtex':
      return items.map(bibtexEntry).join('\n');
    case 'ris':
      return items.map(risRecord).join('');
    case 'csl-json':
      return JSON.stringify(items, null, 2);
  }
}
