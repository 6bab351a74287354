/** Milliseconds in one UTC day. */
export const DAY_MS = 86_400_000;

/** An ISO day as written, YYYY-MM-DD: the shape only (dayToMs tells whether it is a real calendar day). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** UTC midnight of an ISO day (YYYY-MM-DD), in milliseconds. */
export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The ISO day (YYYY-MM-DD) containing a UTC millisecond instant. */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days in an inclusive window of ISO days: 1 when earliest is latest. */
export function windowDays(earliest: string, latest: string): number {
  return Math.round((dayToMs(latest) - dayToMs(earliest)) / DAY_MS) + 1;
}

/** Exclusive end of an inclusive ISO day range: midnight after the latest day. */
export function dayEndMs(day: string): number {
  return dayToMs(day) + DAY_MS;
}
