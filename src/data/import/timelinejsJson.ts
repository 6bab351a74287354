import { TIMELINEJS_HEADER } from './timelinejs';

/*
 * TimelineJS's JSON ({title?, events: [slide], eras?}) turned into rows of its own sheet template, so both
 * spellings go through one importer. slide: start_date {year, month, day, hour, minute, display_date},
 * end_date, text {headline, text}, media {url, caption, credit, thumbnail}, group, display_date, unique_id.
 */

export const TIMELINEJS_JSON_HEADER = [...TIMELINEJS_HEADER, 'unique_id'];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function time(d: Obj): string {
  if (d.hour === undefined) return '';
  return `${str(d.hour).padStart(2, '0')}:${(str(d.minute) || '0').padStart(2, '0')}`;
}

export function looksLikeTimelineJsJson(json: unknown): boolean {
  const events = obj(json).events;
  return Array.isArray(events) && events.some((e) => obj(e).start_date !== undefined);
}

/** The slides of a TimelineJS JSON file as rows of the sheet template (plus unique_id), and its title's headline. */
export function timelineJsJsonRows(json: unknown): { title: string; rows: string[][] } {
  const root = obj(json);
  const rows: string[][] = [];
  for (const item of Array.isArray(root.events) ? root.events : []) {
    const e = obj(item);
    const s = obj(e.start_date);
    const end = obj(e.end_date);
    const text = obj(e.text);
    const media = obj(e.media);
    const bg = obj(e.background);
    rows.push([
      str(s.year),
      str(s.month),
      str(s.day),
      time(s),
      str(end.year),
      str(end.month),
      str(end.day),
      time(end),
      str(e.display_date) || str(s.display_date),
      str(text.headline),
      str(text.text),
      str(media.url),
      str(media.credit),
      str(media.caption),
      str(media.thumbnail),
      '',
      str(e.group),
      str(bg.url) || str(bg.color),
      str(e.unique_id),
    ]);
  }
  const title = str(obj(obj(root.title).text).headline);
  return { title, rows };
}
