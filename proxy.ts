import type { NextRequest } from 'next/server';
import { readPrerenderedHome } from '@/lib/publish/prerendered-home';
import { timelineResponse } from '@/lib/publish/timeline-cache';

// Only a production build has a stored `/`; the development server renders every view.
const home = process.env.NODE_ENV === 'production' ? readPrerenderedHome() : null;

export function proxy(request: NextRequest) {
  return timelineResponse(request, home);
}

export const config = { matcher: '/' };
