import type { Actor, Camp, EventKind, PlaceKind, Role, TimelineEvent } from '@/lib/data/schema';

export const CAMP_LABELS: Record<Camp, string> = {
  regime: 'Assad regime and allies',
  opposition: 'Opposition rebels',
  jihadist: 'Jihadist groups',
  kurdish: 'Kurdish-led forces',
  'us-coalition': 'US-led coalition',
  other: 'Other states and bodies',
};

/** The camps' names where room is short: lane labels on a phone. */
export const CAMP_SHORT_LABELS: Record<Camp, string> = {
  regime: 'Regime',
  opposition: 'Rebels',
  jihadist: 'Jihadists',
  kurdish: 'Kurdish-led',
  'us-coalition': 'US coalition',
  other: 'Others',
};

/** Display order of the camps in filters and the legend. */
export const CAMP_ORDER: ReadonlyArray<Camp> = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'];

export const ROLE_LABELS: Record<Role, string> = {
  initiator: 'initiator',
  target: 'target',
  participant: 'participant',
  claimant: 'claimant',
  mentioned: 'mentioned',
};

export const KIND_LABELS: Record<EventKind, string> = {
  airstrike: 'Airstrike',
  'ground-offensive': 'Ground offensive',
  'territorial-change': 'Territorial change',
  'truce-or-agreement': 'Truce or agreement',
  statement: 'Statement or claim',
  killing: 'Killing',
  attack: 'Attack',
  designation: 'Designation',
  withdrawal: 'Withdrawal',
  deployment: 'Deployment',
  founding: 'Founding',
  alliance: 'Alliance',
  clashes: 'Clashes',
  'casualty-tally': 'Casualty tally',
  displacement: 'Displacement',
  protest: 'Protest',
  'policy-change': 'Policy change',
  resignation: 'Resignation',
  uprising: 'Uprising',
  crackdown: 'Crackdown',
  siege: 'Siege',
  report: 'Report',
};

/** The camp an event is coloured by: its first initiator's, or else its first actor's. */
export function eventCamp(event: TimelineEvent, actorById: ReadonlyMap<string, Actor>): Camp {
  const lead = event.actors.find(({ role }) => role === 'initiator') ?? event.actors[0];
  return (lead && actorById.get(lead.actor)?.camp) ?? 'other';
}

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  site: 'Site',
  'town-or-city': 'Town or city',
  'district-or-region': 'District or region',
  governorate: 'Governorate',
  country: 'Country',
  'border-area': 'Border area',
};
