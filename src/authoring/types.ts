/** The dataset types the authoring core builds on (re-exported from the app's schema). */
export type {
  ArticleT,
  ActorT,
  ChromeT,
  DatasetT,
  DateIntervalT,
  EventT,
  FlagT,
  QuoteT,
  ThemeT,
  PrecisionT,
} from '../data/schema';
import type { z } from 'zod';
import type { Confidence } from '../data/schema';
export type ConfidenceT = z.infer<typeof Confidence>;
