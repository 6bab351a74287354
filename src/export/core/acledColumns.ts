/** ACLED's 31 columns, in order (the layout since ACLED's March 2023 column change). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/**
 * Envoy's own columns, after ACLED's: together with event_id_cnty (the event id), notes (the summary),
 * location, latitude and longitude they hold every field of an Envoy event, so a re-import loses nothing.
 * Lists are "; "-separated ids; *_json columns hold JSON. The README documents each one.
 */
export const ENVOY_COLUMNS = [
  'envoy_title',
  'envoy_kind',
  'envoy_date_earliest',
  'envoy_date_latest',
  'envoy_precision',
  'envoy_approximate',
  'envoy_start_precision',
  'envoy_end_precision',
  'envoy_likeliest_json',
  'envoy_derivation_method',
  'envoy_derivation_clue',
  'envoy_derivation_article',
  'envoy_derivation_relative_to',
  'envoy_derivation_note',
  'envoy_confidence',
  'envoy_actors_json',
  'envoy_themes',
  'envoy_evidence_json',
  'envoy_flags_json',
  'envoy_source_notes_json',
  'envoy_place',
  'envoy_status',
  'envoy_extra_json',
  'envoy_link',
] as const;

export type EnvoyColumn = (typeof ENVOY_COLUMNS)[number];

/** Every column of an Envoy CSV export, in order. */
export const EXPORT_COLUMNS: readonly string[] = [...ACLED_COLUMNS, ...ENVOY_COLUMNS];
