import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { CAMP_LABELS, CAMP_ORDER } from '@/lib/data/labels';
import type { Actor } from '@/lib/data/schema';
import type { Camp } from '@/lib/data/vocabulary';

// The actor picker's options: every actor under its camp, with how many events it takes part in.

export interface ActorOption {
  id: string;
  name: string;
  /** Every other name the actor goes by, so the filter can find it by any of them. */
  aliases: string[];
  count: number;
}

export interface ActorGroup {
  camp: Camp;
  label: string;
  actors: ActorOption[];
}

const groupsByCatalog = new WeakMap<Catalog, ActorGroup[]>();

export function actorGroups(catalog: Catalog): ActorGroup[] {
  let groups = groupsByCatalog.get(catalog);
  if (!groups) {
    groups = buildActorGroups(catalog);
    groupsByCatalog.set(catalog, groups);
  }
  return groups;
}

function buildActorGroups(catalog: Catalog): ActorGroup[] {
  const counts = new Map<string, number>();
  for (const event of catalog.events) {
    for (const actor of new Set(event.actors.map((role) => role.actor))) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return CAMP_ORDER.map((camp) => ({
    camp,
    label: CAMP_LABELS[camp],
    actors: catalog.actors
      .filter((actor) => actor.camp === camp)
      .map((actor) => toOption(actor, counts.get(actor.id) ?? 0))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((group) => group.actors.length > 0);
}

function toOption(actor: Actor, count: number): ActorOption {
  const aliases = [...new Set([actor.shortName, ...actor.aliases].filter((name): name is string => !!name && name !== actor.name))];
  return { id: actor.id, name: actor.name, aliases, count };
}
