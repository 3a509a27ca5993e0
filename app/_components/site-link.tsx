import Link from 'next/link';
import type { ReactNode } from 'react';

export interface SiteLinkProps {
  href: string;
  /** `_top` inside an embed: the page opens in place of the page that frames the embed. */
  target?: '_top' | undefined;
  className?: string;
  children: ReactNode;
}

/**
 * A link to a page of the site. Inside an embed's frame it is a plain link to the top window: an
 * in-app navigation would load the full site inside someone else's iframe.
 */
export function SiteLink({ href, target, className, children }: SiteLinkProps) {
  if (target) {
    return (
      <a href={href} target={target} className={className}>
        {children}
      </a>
    );
  }
  // Not prefetched: a page someone lands on from a shared link should not load the pages it links to.
  return (
    <Link href={href} className={className} prefetch={false}>
      {children}
    </Link>
  );
}
