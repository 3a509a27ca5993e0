import { getCatalog } from '@/lib/data/catalog';
import { homeCard, OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/publish/og-card';

export const alt = 'The Syrian war, 2011–2024: a citable timeline, with the colours of its camps and its sources';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogImage(homeCard(getCatalog()));
}
