import { FLAG_CODES } from './model';

/** Flag kinds in a few words, as the list, the filter panel and the timeline's tooltip name them. */
export const FLAG_KIND_WORDS: Record<(typeof FLAG_CODES)[number], string> = {
  contradiction: 'contradiction',
  'impossible-date': 'impossible date',
  inconsistency: 'inconsistency',
  typo: 'typo',
  unverified: 'unverified',
};

/** "flagged: contradiction, typo" for event i's flag bits, or '' when it carries none. */
export function flagLabel(bits: number): string {
  if (bits === 0) return '';
  return `flagged: ${FLAG_CODES.filter((_, k) => (bits >> k) & 1)
    .map((k) => FLAG_KIND_WORDS[k])
    .join(', ')}`;
}
