import { SITE_NAME } from '@/lib/publish/site';
import type { ViewState } from '@/lib/view/url-state';

// Embed code: the one place that writes the iframe another site pastes, for the Share control and
// for oEmbed alike.

export interface FrameSize {
  width: number;
  height: number;
}

/** The timeline's starting size; the host script then fits the height to what the embed reports. */
export const TIMELINE_EMBED_SIZE: FrameSize = { width: 800, height: 980 };
export const EVENT_EMBED_SIZE: FrameSize = { width: 560, height: 340 };

/** The script a host page includes to size embeds to their content (see embed-messages.ts). */
export const EMBED_RESIZE_SCRIPT = '/embed-resize.js';

export interface EmbedFrame extends FrameSize {
  /** The absolute address of the embed page. */
  src: string;
  /** What the frame shows, for screen readers. */
  title: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeHtml({ src, title, width, height }: EmbedFrame): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${Math.round(width)}" height="${Math.round(height)}" ` +
    `title="${escapeAttribute(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

/** The iframe and, after it, the script that sizes it to its content. */
export function embedCode(frame: EmbedFrame, site: string): string {
  return `${iframeHtml(frame)}\n<script src="${escapeAttribute(`${site}${EMBED_RESIZE_SCRIPT}`)}" async></script>`;
}

/** A frame's size within what a host allows (oEmbed's maxwidth and maxheight). */
export function fitSize(size: FrameSize, maxWidth?: number, maxHeight?: number): FrameSize {
  return {
    width: maxWidth === undefined ? size.width : Math.min(size.width, maxWidth),
    height: maxHeight === undefined ? size.height : Math.min(size.height, maxHeight),
  };
}

/** What an embedded timeline shows, in words: the site's name and the view's filters. */
export function viewTitle(state: ViewState, actorName: (id: string) => string | undefined): string {
  const parts = [
    state.actors.map((id) => actorName(id) ?? id).join(', '),
    state.q && `“${state.q}”`,
    (state.from || state.to) && [state.from ?? '…', state.to ?? '…'].join(' to '),
  ].filter(Boolean);
  return parts.length === 0 ? SITE_NAME : `${SITE_NAME}: ${parts.join('; ')}`;
}

/** What an embedded event card shows, in words. */
export function eventTitle(title: string, dateLabel: string): string {
  return `${title} (${dateLabel}), from ${SITE_NAME}`;
}
