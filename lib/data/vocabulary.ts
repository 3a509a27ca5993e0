// The closed vocabularies of the data, kept free of zod so that browser code can import them
// without pulling the schema library into the page.

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;

export const CAMPS = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'] as const;

export const ACTOR_KINDS = ['state', 'armed-group', 'coalition', 'organisation', 'person'] as const;

export const ROLES = ['initiator', 'target', 'participant', 'claimant', 'mentioned'] as const;

export const EVENT_KINDS = [
  'airstrike',
  'ground-offensive',
  'territorial-change',
  'truce-or-agreement',
  'statement',
  'killing',
  'attack',
  'designation',
  'withdrawal',
  'deployment',
  'founding',
  'alliance',
  'clashes',
  'casualty-tally',
  'displacement',
  'protest',
  'policy-change',
  'resignation',
  'uprising',
  'crackdown',
  'siege',
  'report',
] as const;

export const CONFIDENCES = ['high', 'medium', 'low-to-medium', 'low'] as const;

/** What a place in `events/places.json` is: a point (a site, a town or city) or an area. */
export const PLACE_KINDS = ['site', 'town-or-city', 'district-or-region', 'governorate', 'country', 'border-area'] as const;

export type Precision = (typeof PRECISIONS)[number];
export type Camp = (typeof CAMPS)[number];
export type Role = (typeof ROLES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
