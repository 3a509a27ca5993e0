import { fromDayNumber } from '@/lib/dates/day-number';
import type { TimelineIndex } from './codec';
import type { Role } from '@/lib/data/vocabulary';
import { relationBetween, type ListEntry } from './entries';
import { listWindowBounds } from './list-window';
import { isKept } from './mask';

// The list window worked out in the browser from the timeline index, so that the list follows a new
// filter as soon as the chart does. It must give exactly what the server's `listWindow` renders.

/** Entries a page lists at once; the rest are reached by moving the selection. */
export const LIST_WINDOW_SIZE = 100;

/** An event as the list shows it, as `toListEntry` gives it on the server; `pair` (see `relationPair`) adds who acted on whom. */
export function indexEntry(index: TimelineIndex, at: number, pair?: readonly [string, string]): ListEntry {
  const names: string[] = [];
  const roles = new Map<string, Role>();
  for (let k = index.actorStart[at]!; k < index.actorStart[at + 1]!; k += 1) {
    const actor = index.actorList[k]!;
    names.push(index.actorNames[actor] ?? '');
    const role = index.roles[index.actorRole[k]!];
    if (role !== undefined) roles.set(index.actorIds[actor] ?? '', role);
  }
  const outlets: string[] = [];
  for (let k = index.outletStart[at]!; k < index.outletStart[at + 1]!; k += 1) outlets.push(index.outlets[index.outletList[k]!] ?? '');
  const relation = pair && relationBetween(pair, (id) => roles.get(id));
  const nameOf = (id: string) => index.actorFullNames[index.actorIds.indexOf(id)] ?? id;
  return {
    id: index.ids[at] ?? '',
    title: index.titles[at] ?? '',
    dateLabel: index.dateLabels[at] ?? '',
    camp: index.camps[index.camp[at] ?? 0] ?? 'other',
    written: fromDayNumber(index.start[at] ?? 0).slice(0, index.writtenLength[at]),
    actorNames: names,
    outlets,
    ...(relation && { relation: { from: nameOf(relation.from), to: nameOf(relation.to) } }),
  };
}

export interface IndexListWindow {
  /** How many events the filters keep. */
  total: number;
  /** Position of the first entry shown among the kept events. */
  first: number;
  /** Positions in the index of the entries shown, and of the events just outside them. */
  entries: number[];
  before?: number;
  after?: number;
}

/**
 * The kept events a page lists: at most `size`, centred on the selected event (or where it would
 * fall among the kept events when the filters leave it out), as `listWindow` does on the server.
 */
export function indexListWindow(index: TimelineIndex, mask: Uint8Array | null, selected: string | undefined, size: number): IndexListWindow {
  const kept: number[] = [];
  for (let at = 0; at < index.size; at += 1) if (isKept(mask, at)) kept.push(at);
  const selectedAt = selected === undefined ? undefined : index.position.get(selected);
  let anchor = 0;
  // The index is in chronological order: the selection stands after every kept event before it.
  if (selectedAt !== undefined) {
    let below = 0;
    for (const at of kept) if (at < selectedAt) below += 1;
    anchor = Math.min(below, kept.length - 1);
  }
  const { first, end } = listWindowBounds(anchor, kept.length, size);
  const entries = kept.slice(first, end);
  const before = kept[first - 1];
  const after = kept[first + entries.length];
  return { total: kept.length, first, entries, ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
}
