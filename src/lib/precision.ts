/** How precisely one end of a date is known, finest first. */
export const ENDPOINT_PRECISION_CODES = ['day', 'week', 'month', 'year'] as const;
export type EndpointPrecisionCode = (typeof ENDPOINT_PRECISION_CODES)[number];

/** How precisely a date is known: an instant to a unit, or a span (something that lasted). EventIndex.precision holds the index. */
export const PRECISION_CODES = [...ENDPOINT_PRECISION_CODES, 'span'] as const;
export type PrecisionCode = (typeof PRECISION_CODES)[number];
