import type { TimelineIndex } from '@/lib/timeline/codec';
import { countText } from '@/lib/view/count-text';
import { bucketLabel, bucketTitle, eventTooltip, type DrawnBucket } from './items';

// Item and lane-label content as DOM nodes built with textContent: no event text ever becomes HTML.

function textNode(tag: string, text: string, className: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  return node;
}

// vis-timeline hands its callbacks untyped item data: read only what is there.
export function itemId(item: unknown): string | undefined {
  return typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : undefined;
}

/** The event an item draws (one event has an item in each of its lanes); `undefined` for a count. */
export function itemEventId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('event-id' in item)) return undefined;
  return typeof item['event-id'] === 'string' ? item['event-id'] : undefined;
}

/**
 * vis-timeline's `template`: an event's title, or a period's count. A count is a
 * button, so that the keyboard reaches it, says what it holds and zooms into it like a click.
 */
export function itemContent(item: unknown, index: TimelineIndex, buckets: ReadonlyMap<string, DrawnBucket>): HTMLElement | string {
  const id = itemId(item) ?? '';
  const bucket = buckets.get(id);
  if (bucket) {
    const node = textNode('button', bucketLabel(bucket), 'tl-bucket-count');
    node.setAttribute('type', 'button');
    node.setAttribute('aria-label', bucketTitle(bucket));
    node.dataset.bucket = id;
    return node;
  }
  const at = index.position.get(itemEventId(item) ?? '');
  if (at === undefined) return '';
  const node = textNode('span', index.titles[at] ?? '', 'tl-item-title');
  node.title = eventTooltip(index, at);
  return node;
}

/** What a lane's label shows: its name (and a short one for narrow charts) and how many events it holds; how tall its lane is. */
export interface LaneLabel {
  key: string;
  name: string;
  shortName: string;
  camp: string;
  count: number;
  /** Pixels: the lane is as tall as its label (vis-timeline's auto height), so the rows decide it. */
  height: number;
}

// vis-timeline's `groupTemplate` gets the group's data back: read only what `laneLabelNode` needs.
function laneLabelOf(group: unknown): LaneLabel | undefined {
  if (typeof group !== 'object' || group === null || !('id' in group) || !('label' in group)) return undefined;
  const { id, label } = group;
  if (typeof id !== 'string' || typeof label !== 'object' || label === null || !('name' in label) || !('camp' in label) || !('count' in label)) return undefined;
  const { name, camp, count } = label;
  if (typeof name !== 'string' || typeof camp !== 'string' || typeof count !== 'number') return undefined;
  const shortName = 'shortName' in label && typeof label.shortName === 'string' ? label.shortName : name;
  const height = 'height' in label && typeof label.height === 'number' ? label.height : 0;
  return { key: id, name, shortName, camp, count, height };
}

/**
 * vis-timeline's `groupTemplate`: the lane's camp colour, its name and its count, "Russia (38)", as
 * tall as its lane's rows. Both names are there; the chart's width picks one (globals.css), as in
 * the server's first frame.
 */
export function laneLabelNode(group: unknown): HTMLElement | string {
  const label = laneLabelOf(group);
  if (!label) return '';
  const node = document.createElement('span');
  node.className = `tl-lane-label camp-${label.camp}`;
  node.dataset.lane = label.key;
  node.style.height = `${label.height}px`;
  const swatch = textNode('span', '', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  const names = label.shortName === label.name ? [textNode('span', label.name, 'tl-lane-name')] : [textNode('span', label.name, 'tl-lane-name tl-full-name'), textNode('span', label.shortName, 'tl-lane-name tl-short-name')];
  text.append(...names, ' ', textNode('span', `(${countText(label.count)})`, 'count'));
  node.append(swatch, text);
  return node;
}
