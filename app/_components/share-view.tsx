'use client';

import { TIMELINE_EMBED_SIZE, viewTitle } from '@/lib/publish/embed';
import { viewHref } from '@/lib/view/url-state';
import { ShareControl } from './share-control';
import { useView } from './view-state';

export interface ShareViewProps {
  site: string;
  /** Every actor's name by id, to say in the frame's title what the view shows. */
  actorNames: Readonly<Record<string, string>>;
}

/** Shares the view being shown: every parameter of its URL, written by the one serializer. */
export function ShareView({ site, actorNames }: ShareViewProps) {
  const { state } = useView();
  const frame = {
    src: `${site}${viewHref(state, {}, '/embed')}`,
    title: viewTitle(state, (id) => actorNames[id]),
    ...TIMELINE_EMBED_SIZE,
  };
  return <ShareControl what="this view" permalink={`${site}${viewHref(state)}`} frame={frame} site={site} />;
}
