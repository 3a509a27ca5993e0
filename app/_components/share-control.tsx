'use client';

import { useId } from 'react';
import { embedCode, type EmbedFrame } from '@/lib/publish/embed';
import { CopyField } from './copy-field';

export interface ShareControlProps {
  /** What is shared, as the labels say it: "this view", "this event". */
  what: string;
  permalink: string;
  frame: EmbedFrame;
  /** The site's public address, where the embed's sizing script is served. */
  site: string;
}

/** "Share": the permalink and the embed code, one click to copy each. */
export function ShareControl({ what, permalink, frame, site }: ShareControlProps) {
  const ids = useId();
  return (
    <details className="share">
      <summary>Share {what}</summary>
      <CopyField label={`Link to ${what}`} value={permalink} id={`${ids}-link`} />
      <CopyField label={`Embed ${what} in a web page (HTML)`} value={embedCode(frame, site)} id={`${ids}-embed`} multiline />
      <p className="muted share-note">The script fits the frame’s height to what it shows; without it the frame keeps the height written here.</p>
    </details>
  );
}
