import type { TimelineIndex } from '@/lib/timeline/codec';
import { bucketLabel, bucketTitle, eventTooltip, type DrawnBucket } from './items';

// Item content as DOM nodes built with textContent: no event text ever becomes HTML.

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

function clusterSize(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null || !('uiItems' in item) || !Array.isArray(item.uiItems)) return undefined;
  return item.uiItems.length;
}

export function itemSpan(item: unknown): number {
  if (typeof item !== 'object' || item === null || !('start' in item) || !(item.start instanceof Date)) return 0;
  return 'end' in item && item.end instanceof Date ? item.end.getTime() - item.start.getTime() : 0;
}

/** vis-timeline's `template`: a cluster's count, a period's count, or an event's title. */
export function itemContent(item: unknown, index: TimelineIndex, buckets: ReadonlyMap<string, DrawnBucket>): HTMLElement | string {
  const size = clusterSize(item);
  if (size !== undefined) return textNode('span', `${size} events`, 'tl-cluster');
  const id = itemId(item) ?? '';
  const bucket = buckets.get(id);
  if (bucket) {
    const node = textNode('span', bucketLabel(bucket), 'tl-bucket-count');
    node.title = bucketTitle(bucket);
    return node;
  }
  const at = index.position.get(id);
  if (at === undefined) return '';
  const node = textNode('span', index.titles[at] ?? '', 'tl-item-title');
  node.title = eventTooltip(index, at);
  return node;
}
