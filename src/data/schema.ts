import './zodConfig';
import { z } from 'zod';
import { ISO_DAY } from '../lib/days';
import { ENDPOINT_PRECISION_CODES, FLAG_CODES, KIND_CODES, PRECISION_CODES } from './vocabulary';

/** A calendar day, ISO 8601 (YYYY-MM-DD). Days are UTC calendar days, never instants. */
export const IsoDay = z
  .string()
  .regex(ISO_DAY, 'must be a day written YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar day',
  );

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');

export const Precision = z.enum(PRECISION_CODES);
/** How precisely one end of a span is known. */
export const EndpointPrecision = z.enum(ENDPOINT_PRECISION_CODES);
export const Confidence = z.enum(['high', 'medium', 'low']);

/** The schema version this build writes; a dataset without `schemaVersion` is version 1 and still opens. */
export const SCHEMA_VERSION = 2;

/** A verbatim passage of one article; resolved to character offsets at load time. */
export const Quote = z.object({
  articleId: Slug.describe('Id of the article the passage is quoted from (from the articles list).'),
  text: z
    .string()
    .min(1, 'must not be empty')
    .describe('Verbatim passage of the article body: copy it exactly, curly quotes and typos included.'),
});

/** How a date was worked out, quoting the clue it rests on. */
export const Derivation = z.object({
  method: z
    .enum(['explicit', 'dateline', 'relative-to-publication', 'relative-to-event', 'inferred-from-context', 'external'])
    .describe(
      'How the date was worked out: stated outright (explicit), from the date line, counted from the publication date or from another event, inferred from context, or taken from an outside source (external, e.g. an ACLED export).',
    ),
  /** The words in the article the date rests on, verbatim ("on Saturday", "last month"). */
  clue: z.string().min(1).describe('The words in the article the date rests on, verbatim.'),
  articleId: Slug.optional().describe('The article the clue is quoted from.'),
  /** For relative-to-event: the event the clue counts from. */
  relativeTo: Slug.optional().describe('For relative-to-event: the id of the event the clue counts from.'),
  confidence: Confidence.describe('How sure the date is: high, medium or low.'),
  /** Plain-words reasoning, including any outside fact checked and where. */
  note: z.string().min(1).describe('Reasoning in plain words; an outside fact checked is marked "External:".'),
});

export const DateInterval = z
  .object({
    earliest: IsoDay.describe('Earliest possible day (YYYY-MM-DD).'),
    latest: IsoDay.describe('Latest possible day (YYYY-MM-DD), inclusive.'),
    precision: Precision.describe(
      'How precisely the evidence dates it: day, week, month, year, or span (something that lasted).',
    ),
    approximate: z
      .boolean()
      .describe('True when the interval itself is a judgement rather than a bound stated by the text.'),
    derivation: Derivation.describe('How the date was worked out, quoting the clue it rests on.'),
    startPrecision: EndpointPrecision.optional().describe(
      'For a span: how precisely its start is known ("since September 2018" starts in September 2018, known to the month).',
    ),
    endPrecision: EndpointPrecision.optional().describe('For a span: how precisely its end is known.'),
    likeliest: z
      .object({
        earliest: IsoDay.describe('First day of the likeliest part (YYYY-MM-DD).'),
        latest: IsoDay.describe('Last day of the likeliest part (YYYY-MM-DD), inclusive.'),
        clue: z.string().min(1).describe('The words of the source that point to this part of the window, verbatim.'),
      })
      .optional()
      .describe(
        'For an instant whose date is uncertain: the part of the window the evidence points to, only where a source gives one.',
      ),
  })
  .refine((d) => d.earliest <= d.latest, { message: 'earliest must not be after latest', path: ['latest'] });

export const ChromeKind = z.enum([
  'header',
  'breadcrumb',
  'title-repeat',
  'teaser',
  'comment-form',
  'ad-notice',
  'navigation',
  'byline-box',
  'other',
]);

/**
 * A run of page chrome in an article file, given verbatim; hidden by the reader's clean view.
 * `occurrence` picks which match of `text` in the file is chrome (1 = first, the default), for a title
 * repeated in the page that is body text once and chrome again.
 */
export const Chrome = z.object({
  kind: ChromeKind.describe(
    'What the run is: header, breadcrumb, title-repeat, teaser, comment-form, ad-notice, navigation, byline-box or other.',
  ),
  text: z.string().min(1).describe('The run of chrome, verbatim as it occurs in the article file.'),
  occurrence: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Which match of text in the file is chrome (1 = first, the default).'),
});

export const Article = z.object({
  id: Slug.describe("The article's id, a lowercase slug; evidence and clues name it."),
  /** File name inside the dataset's articles/ folder; the file is the seed byte for byte. */
  file: z
    .string()
    .regex(
      /^[\w.-]+\.(?:txt|md)$/,
      'must be a .txt or .md file name (plain text; an HTML page is stored as the text Readability extracts)',
    )
    .describe(
      "File name inside the dataset's articles/ folder (a .txt or .md file, kept byte for byte; for an HTML page, the text Readability extracts from it).",
    ),
  title: z.string().min(1).describe('The headline as the article gives it.'),
  outlet: z.string().nullable().describe('Who published it, when the file says; null when it does not.'),
  byline: z.string().nullable().describe('The author as the file names them; null when it does not.'),
  dateline: z.string().nullable().describe('The place of the date line ("Doha"); null when there is none.'),
  published: z
    .object({
      earliest: IsoDay.describe('Earliest day it can have been published (YYYY-MM-DD).'),
      latest: IsoDay.describe('Latest day it can have been published (YYYY-MM-DD), inclusive.'),
      precision: Precision.describe('How precisely the publication date is known.'),
      method: z
        .enum(['dateline', 'inferred'])
        .describe('dateline: the file states the date; inferred: worked out from clues.'),
      clues: z
        .array(
          z.object({
            quote: z.string().min(1).describe('Verbatim words of the article file.'),
            reasoning: z.string().min(1).describe('Why these words date the article, in plain words.'),
          }),
        )
        .min(1, 'needs at least one clue')
        .describe(
          'The evidence for the publication date: a date line, or clues such as a weekday tied to a known event.',
        ),
      confidence: Confidence.describe('How sure the publication date is: high, medium or low.'),
      note: z.string().describe('Reasoning in plain words.'),
    })
    .describe('When the article was published, and the evidence for it.'),
  chrome: z
    .array(Chrome)
    .describe('Runs of page chrome in the file (menus, teasers, comment forms) that the reader hides.'),
});

export const ActorType = z.enum([
  'person',
  'state',
  'government-body',
  'armed-group',
  'international-body',
  'media',
  'group',
  'other',
]);

export const Actor = z.object({
  id: Slug.describe("The actor's id, a lowercase slug; events and links name it."),
  name: z.string().min(1).describe('The name shown in the filter panel.'),
  type: ActorType.describe('person, state, government-body, armed-group, international-body, media, group or other.'),
  /** The actor this one belongs to (a spokesman to his movement, an envoy to his government). */
  affiliation: Slug.nullable().describe(
    'Id of the actor this one belongs to (a spokesman to his movement, an envoy to his government).',
  ),
  /** Role or title as the articles give it, e.g. "US special envoy". */
  title: z
    .string()
    .nullable()
    .describe('Role or title as the articles give it, e.g. "US special envoy"; null when none.'),
  aliases: z
    .array(z.string().min(1))
    .describe('Every name, spelling and title the articles use for this actor, verbatim; never one of another actor.'),
});

export const Theme = z.object({
  id: Slug.describe("The theme's id, a lowercase slug; events and links name it."),
  label: z.string().min(1).describe('The name shown in the filter panel.'),
  description: z.string().min(1).describe('What the theme covers, in a sentence.'),
  /** A CSS colour shared by the timeline and the filter panel. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour')
    .describe('A #rrggbb colour shared by the timeline and the filter panel; no two themes share one.'),
});

export const EventKind = z.enum(KIND_CODES);
/**
 * commentator: speaks of the event without taking part in it (a remark made later, attached as evidence). The actor
 * filter and the counts leave commentators out; the event card still names them.
 */
export const ActorRole = z.enum(['actor', 'target', 'speaker', 'participant', 'mentioned', 'commentator']);

export const Flag = z.object({
  kind: z
    .enum(FLAG_CODES)
    .describe('What is wrong: contradiction, impossible-date, inconsistency, typo or unverified.'),
  quote: Quote.describe('The passage at fault, verbatim.'),
  /** What the article says, and what the other evidence says, in plain words. */
  description: z.string().min(1).describe('What the article says, and what the other evidence says, in plain words.'),
});

/**
 * What a source file says about an event that is not a verbatim quote of an article Envoy holds:
 * a coder's summary (ACLED `notes`) or a reference to an article (ACLED `source`, UCDP `source_article`).
 * Shown as such in words, and never highlighted as if it were a quote.
 */
export const SourceNote = z.object({
  kind: z
    .enum(['summary', 'citation'])
    .describe(
      "summary: words written by the dataset's coders; citation: a reference to an article Envoy does not hold.",
    ),
  text: z.string().min(1).describe('The summary or reference, exactly as the source file gives it.'),
  source: z.string().min(1).optional().describe('Who wrote it or where it comes from, e.g. "ACLED" or "Reuters".'),
  url: z.string().optional().describe('A link to the article, when the source file gives one.'),
});

export const PlaceKind = z.enum(['site', 'town', 'district', 'province', 'country', 'region']);
/** How precisely a place's point is known: a site or town is a point; a district, province or country an area. */
export const SpatialPrecision = z.enum(['exact', 'town', 'district', 'province', 'country', 'region']);

/** A place as the articles (or the source file) name it, with its coordinates as an outside fact. */
export const Place = z.object({
  id: Slug.describe("The place's id, a lowercase slug; events name it in place."),
  name: z.string().min(1).describe('The name as the articles write it.'),
  kind: PlaceKind.describe('site (e.g. an airbase), town, district, province, country or region.'),
  point: z
    .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
    .describe('[longitude, latitude] in degrees (WGS 84).'),
  precision: SpatialPrecision.describe(
    'How precisely the point locates the place: exact, or only to the town, district, province, country or region.',
  ),
  within: Slug.nullable()
    .optional()
    .describe('Id of the place that contains this one (Qadis district is within Badghis province).'),
  boundary: z.unknown().optional().describe('GeoJSON geometry of the area, where the kind is an area.'),
  source: z
    .string()
    .min(1)
    .optional()
    .describe('Where the coordinates come from (an outside fact), e.g. "GeoNames 1138958".'),
});

export const Event = z.object({
  id: Slug.describe(
    "The event's id, a lowercase slug; links name it, so keep it when the event changes (or add an eventAliases entry).",
  ),
  title: z.string().min(1).describe('A short neutral title.'),
  summary: z.string().min(1).describe('What happened, in a sentence or two.'),
  date: DateInterval.describe('When it happened, as an interval of possible days with its precision.'),
  kind: EventKind.describe(
    'occurred; statement (or claim); planned (announced for later); status (an ongoing state, e.g. a troop level).',
  ),
  actors: z
    .array(
      z.object({
        actorId: Slug.describe('Id of the actor, from the actors list.'),
        role: ActorRole.describe('actor, target, speaker, participant or mentioned.'),
      }),
    )
    .describe('Who took part, and how.'),
  themes: z
    .array(Slug)
    .min(1, 'needs at least one theme')
    .describe('Ids of its themes, from the themes list; at least one.'),
  location: z.string().nullable().describe('Where, in words; null when no source says.'),
  evidence: z
    .array(Quote)
    .describe(
      'Verbatim quotes, one or more per article reporting the event. May be empty for imported data that holds no article text, when sourceNotes say where the event comes from.',
    ),
  flags: z
    .array(Flag)
    .describe('Where an article contradicts itself or another, or states something that cannot be right.'),
  sourceNotes: z
    .array(SourceNote)
    .optional()
    .describe('Summaries and references from the source file that are not verbatim quotes.'),
  place: Slug.optional().describe(
    'Id of the place where it happened, from the places list; absent when no source gives one.',
  ),
  status: z.enum(['candidate']).optional().describe('candidate: drafted by a tool, not yet reviewed by a person.'),
  extra: z
    .record(z.string(), z.string())
    .optional()
    .describe('Columns of the source file Envoy has no place for (fatalities, admin areas, codes), kept as given.'),
});

/**
 * The window the timeline opens on when a link names none: where the story is. Every event stays
 * reachable by zooming out or "Fit all"; `note` says why this window (for the dataset's maintainers).
 */
export const HomeWindow = z
  .object({
    earliest: IsoDay.describe('First day of the opening view (YYYY-MM-DD).'),
    latest: IsoDay.describe('Last day of the opening view (YYYY-MM-DD), inclusive.'),
    note: z.string().min(1).describe('Why the timeline opens on this window.'),
  })
  .refine((h) => h.earliest <= h.latest, { message: 'earliest must not be after latest', path: ['latest'] });

export const Dataset = z.object({
  schemaVersion: z.number().int().min(1).optional().describe('The Envoy dataset format version; absent means 1.'),
  id: Slug.describe("The dataset's id, a lowercase slug."),
  title: z.string().min(1).describe('The title shown in the header.'),
  description: z.string().min(1).describe('What the dataset covers and where it comes from.'),
  /** When the dataset was last revised. */
  version: z.string().min(1).describe('When the dataset was last revised (a date or a version number).'),
  articles: z
    .array(Article)
    .describe(
      'The source articles whose text the dataset brings (in articles/); may be empty for data without article text.',
    ),
  actors: z.array(Actor).describe('Everyone the events name.'),
  themes: z.array(Theme).min(1).describe('What the events are about; at least one.'),
  events: z.array(Event).describe('The events, in any order.'),
  places: z.array(Place).optional().describe('Places the events refer to by id.'),
  /** Where the timeline opens; without it, it opens on every event. */
  home: HomeWindow.optional().describe(
    'The window the timeline opens on when a link names none; without it, the whole span.',
  ),
  /** Old event id -> current event id, so that links survive merges and renames. */
  eventAliases: z
    .record(Slug, Slug)
    .default({})
    .describe('Old event id -> current event id, so that links survive merges and renames.'),
});

export type IsoDayT = z.infer<typeof IsoDay>;
export type PrecisionT = z.infer<typeof Precision>;
export type QuoteT = z.infer<typeof Quote>;
export type DateIntervalT = z.infer<typeof DateInterval>;
export type ArticleT = z.infer<typeof Article>;
export type ActorT = z.infer<typeof Actor>;
export type ThemeT = z.infer<typeof Theme>;
export type EventT = z.infer<typeof Event>;
export type EventKindT = z.infer<typeof EventKind>;
export type ActorRoleT = z.infer<typeof ActorRole>;
export type FlagT = z.infer<typeof Flag>;
export type ChromeT = z.infer<typeof Chrome>;
export type ChromeKindT = z.infer<typeof ChromeKind>;
export type HomeWindowT = z.infer<typeof HomeWindow>;
export type DatasetT = z.infer<typeof Dataset>;
export type SourceNoteT = z.infer<typeof SourceNote>;
export type PlaceT = z.infer<typeof Place>;
