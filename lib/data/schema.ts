import 'server-only';
import { z } from 'zod';
import { ACTOR_KINDS, CAMPS, CONFIDENCES, EVENT_KINDS, PRECISIONS, ROLES } from '@/lib/data/vocabulary';

export { ACTOR_KINDS, CAMPS, CONFIDENCES, EVENT_KINDS, PRECISIONS, ROLES };
export type { Camp, EventKind, Precision, Role } from '@/lib/data/vocabulary';

// Every type in the app is inferred from these schemas, so the compiler and the runtime check agree.

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; whether the calendar date exists is checked in validate.ts. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const precision = z.enum(PRECISIONS);

const text = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  outlet: text,
  author: text.optional(),
  authorConfidence: z.enum(CONFIDENCES).optional(),
  published: partialDate,
  publishedPrecision: precision,
  publishedNote: text.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  urlConfidence: z.enum(CONFIDENCES).optional(),
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be a plain .txt file name'),
  confidence: z.enum(CONFIDENCES),
});

export const RelationSchema = z.strictObject({ actor: kebabId, relation: text });

export const ActorSchema = z.strictObject({
  id: kebabId,
  name: text,
  shortName: text.optional(),
  aliases: z.array(text),
  kind: z.enum(ACTOR_KINDS),
  camp: z.enum(CAMPS),
  description: text,
  relations: z.array(RelationSchema).optional(),
});

export const CitationSchema = z.strictObject({ source: kebabId, quote: text });

export const ClaimSchema = z.strictObject({
  /** Who makes the claim, as the article names them. */
  by: text,
  /** The actor they speak for, where one fits; it must also be among the event's actors. */
  actor: kebabId.optional(),
  says: text,
  citation: CitationSchema,
});

export const PlaceSchema = z.strictObject({
  name: text,
  governorate: text.optional(),
  country: text.optional(),
});

export const EventSchema = z.strictObject({
  id: kebabId,
  title: text.max(120, 'must be at most 120 characters'),
  summary: text,
  kind: z.enum(EVENT_KINDS),
  start: partialDate,
  end: partialDate.optional(),
  precision,
  dateNote: text.optional(),
  place: PlaceSchema.optional(),
  actors: z
    .array(z.strictObject({ actor: kebabId, role: z.enum(ROLES) }))
    .min(1, 'must name at least one actor'),
  citations: z.array(CitationSchema).min(1, 'must have at least one citation'),
  claims: z.array(ClaimSchema).min(1, 'must be left out rather than empty').optional(),
  notes: text.optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;

export interface Dataset {
  sources: Source[];
  actors: Actor[];
  events: TimelineEvent[];
}
