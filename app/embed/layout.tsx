import type { ReactNode } from 'react';
import { EmbedHeight } from '../_components/embed-height';
import './embed.css';

// Pages made to be framed by other sites (next.config.js lets only these be framed): compact, and
// every link to the rest of the site opens in the top window.
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <EmbedHeight />
    </>
  );
}
