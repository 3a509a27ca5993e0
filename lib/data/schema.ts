import 'server-only';
import { z } from 'zod';
import { ACTOR_KINDS, CAMPS, CONFIDENCES, EVENT_KINDS, PLACE_KINDS, PRECISIONS, ROLES } from '@/lib/data/vocabulary';

export { ACTOR_KINDS, CAMPS, CONFIDENCES, EVENT_KINDS, PLACE_KINDS, PRECISIONS, ROLES };
export type { Camp, EventKind, PlaceKind, Precision, Role } from '@/lib/data/vocabulary';

// Every type in the app is inferred from these schemas, so the compiler and the runtime check agree.

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; whether the calendar date exists is checked in validate.ts. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const precision = z.enum(PRECISIONS);

/** A calendar day, `YYYY-MM-DD`; whether it exists is checked in validate.ts. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');

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
  /**
   * The last dated change to the article, such as a blog post's last dated UPDATE: what it reports
   * can be as late as this. Approximate windows may end no later (validate-dates.ts).
   */
  updated: partialDate.optional(),
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
  /** Shown with the actor: what the articles do not say, such as an identification made from outside knowledge. */
  notes: text.optional(),
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
  /** The words, verbatim, in one of the event's quotes that give the place. */
  as: text,
  /** The places of `events/places.json` those words name: one, or several ("Idlib, northern Hama and Latakia"). */
  ids: z.array(kebabId).min(1, 'must name at least one place of events/places.json'),
  /** The words put the event near the place(s) or beside them ("near Jabal al-Akrad", "southeast of al-Bab"), not at them. */
  near: z.literal(true).optional(),
  /**
   * Why an id stands for words that do not name it (neither its record's name nor one of its
   * spellings is in `as`): "the article's “near the area” refers to al-Bab, in Aleppo governorate".
   * The check requires it for each such id, so every place on the map is either named or explained.
   */
  reasons: z.record(kebabId, text).optional(),
  governorate: text.optional(),
  country: text.optional(),
});

/** Where a place's coordinates come from: a gazetteer's record, by its id or by the title of its entry. */
export const CoordinateSourceSchema = z.strictObject({
  /** "GeoNames", "Wikipedia"… */
  gazetteer: text,
  /** The record's id in that gazetteer (GeoNames). */
  id: text.optional(),
  /** The entry's title, for a gazetteer whose entries are named. */
  entry: text.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** How the record gives this place's point, where it is not simply the place's own record. */
  note: text.optional(),
});

/**
 * A place the events name, with where it is. Coordinates are facts about the place, never about an
 * event. A place given only as a country or a broad region ("Syria", "northern Syria") has none and
 * stays off the map. An area (a district, governorate or border area) has a point and a rough radius.
 */
export const PlaceRecordSchema = z.strictObject({
  id: kebabId,
  name: text,
  /** The spellings the articles use. */
  aliases: z.array(text),
  kind: z.enum(PLACE_KINDS),
  governorate: text.optional(),
  /** The country's name as Natural Earth gives it ("Syria", "Iraq"). */
  country: text,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** An area's rough radius, in kilometres. */
  radiusKm: z.number().positive().max(1000).optional(),
  source: CoordinateSourceSchema.optional(),
  notes: text.optional(),
});

/**
 * An actor on an event, grounded in the event's own quotes.
 * - `as`: the words, verbatim, in one of the event's quotes (citations or claims) that name or refer
 *   to the actor ("Russian aircraft", "Moscow", "the group"). An actor with no such words is not on the event.
 * - `role`, as the quoted words say: `initiator` (it acted), `target` (it was acted on), `participant`
 *   (took part), `claimant` (makes a claim recorded under `claims`, with this actor as the claim's
 *   `actor`), `mentioned` (named, not acting). Involvement that rests on one party's account is a
 *   claim, not a role.
 */
export const EventActorSchema = z.strictObject({ actor: kebabId, role: z.enum(ROLES), as: text });

/** A published change to an event: people cite events, so none changes silently. */
export const RevisionSchema = z.strictObject({ date: day, reason: text.max(300, 'must be one line, at most 300 characters') });

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
  actors: z.array(EventActorSchema).min(1, 'must name at least one actor'),
  citations: z.array(CitationSchema).min(1, 'must have at least one citation'),
  claims: z.array(ClaimSchema).min(1, 'must be left out rather than empty').optional(),
  notes: text.optional(),
  /** When the event was first published. */
  added: day,
  /**
   * The day a person last read the whole event against its article or articles. A promise to readers:
   * moved only after such a reading. Not part of the content's fingerprint: a reading changes nothing.
   */
  checked: day,
  /** Every later change, oldest first. */
  revisions: z.array(RevisionSchema).min(1, 'must be left out rather than empty').optional(),
});

/** A step of a story: an event, and our own words for what it shows there. Its text is checked in validate-stories.ts. */
export const StoryStepSchema = z.strictObject({ event: kebabId, text: z.string() });

/**
 * A guided reading through the events (`events/stories/<id>.json`). Each step's text says nothing its
 * event's quotes do not say; the story is published and revised like an event.
 */
export const StorySchema = z.strictObject({
  id: kebabId,
  title: text.max(120, 'must be at most 120 characters'),
  introduction: text.max(600, 'must be short: at most 600 characters'),
  steps: z.array(StoryStepSchema),
  added: day,
  revisions: z.array(RevisionSchema).min(1, 'must be left out rather than empty').optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceRecord = z.infer<typeof PlaceRecordSchema>;
export type CoordinateSource = z.infer<typeof CoordinateSourceSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventActor = z.infer<typeof EventActorSchema>;
export type Revision = z.infer<typeof RevisionSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;

export interface Dataset {
  sources: Source[];
  actors: Actor[];
  /** The places the events name (`events/places.json`). */
  places: PlaceRecord[];
  events: TimelineEvent[];
  /** The guided readings through the events (`events/stories/`). */
  stories: Story[];
}
