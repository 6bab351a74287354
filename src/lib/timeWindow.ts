/** A time window [from, to) in UTC milliseconds. */
export type TimeWindow = [number, number];
