'use client';

import { useState } from 'react';

/**
 * A local copy of a value that lives in the URL. Typing updates the copy at once; the URL catches up
 * after navigation. A change that arrives from outside (back, forward, "clear") replaces the copy,
 * but our own change coming back does not, so a keystroke made meanwhile is never lost.
 */
export function useDraft(value: string): [string, (next: string) => void, (sent: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(value);
  }
  return [draft, setDraft, setSent];
}
