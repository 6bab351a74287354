/**
 * Turns a name or a source id into an Envoy slug: "AFG90001" -> "afg90001", "Military Forces of Afghanistan
 * (2004-2021)" -> "military-forces-of-afghanistan-2004-2021". A name with no Latin letters or digits (Arabic
 * script, say) gets a short stable hash, "x-1k3j9a", so it still has an id and the same name always gets the same one.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string, maxLength = 80): string {
  // Most source ids are a slug but for case (AFG90001): skip the Unicode work.
  const lower = text.toLowerCase();
  if (lower.length <= maxLength && SLUG.test(lower)) return lower;
  const ascii = asciiSlug(text);
  const cut = ascii.length > maxLength ? ascii.slice(0, maxLength).replace(/-+$/, '') : ascii;
  return cut || `x-${hash36(text)}`;
}

/** Text in lower-case Latin letters and digits, accents dropped, every other run of characters one hyphen ('' for none). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a over UTF-16 code units, in base 36: a stable short name for text that has no slug of its own. */
export function hash36(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
