import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getCatalog } from '@/lib/data/catalog';
import { datasetVersion } from '@/lib/data/versions';
import { SITE_LANGUAGE, SITE_NAME, SITE_SHORT_NAME, siteUrl } from '@/lib/publish/site';
import { SiteFooter } from './_components/site-footer';
import './globals.css';

const DESCRIPTION =
  'An interactive, citable timeline of the Syrian war: the jihadist groups, the rebels, the regime and the foreign powers, with a verbatim source for every event.';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_SHORT_NAME}, 2011–2024`, template: `%s · ${SITE_SHORT_NAME}` },
  description: DESCRIPTION,
  openGraph: { type: 'website', title: SITE_NAME, description: DESCRIPTION, siteName: SITE_NAME },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const catalog = getCatalog();
  return (
    <html lang={SITE_LANGUAGE}>
      <body>
        {children}
        <SiteFooter version={datasetVersion(catalog.events)} events={catalog.events.length} sources={catalog.sources.length} />
      </body>
    </html>
  );
}
