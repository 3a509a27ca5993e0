'use client';

import { viewHref } from '@/lib/view/url-state';
import { useView } from './view-state';

/** From an embed, the same view on the full site, in the top window. */
export function FullTimelineLink() {
  const { state } = useView();
  return (
    <a href={viewHref(state)} target="_top" className="embed-open">
      Open in the full timeline
    </a>
  );
}
