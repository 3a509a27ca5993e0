'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export interface SelectionKeysProps {
  selectedId?: string;
  previousHref?: string;
  nextHref?: string;
  clearHref: string;
  panelHeadingId: string;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * ← / → and j / k walk the events, Enter moves focus to the source panel, Esc clears the selection;
 * and whenever the selection changes the list scrolls to show it.
 */
export function SelectionKeys({ selectedId, previousHref, nextHref, clearHref, panelHeadingId }: SelectionKeysProps) {
  const router = useRouter();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const onControl = event.target instanceof HTMLElement && event.target.closest('a, button, summary, [role="toolbar"]');
      let href: string | undefined;
      if (event.key === 'ArrowLeft' || event.key === 'k') href = previousHref;
      else if (event.key === 'ArrowRight' || event.key === 'j') href = nextHref;
      else if (event.key === 'Escape' && selectedId) href = clearHref;
      else if (event.key === 'Enter' && selectedId && !onControl) {
        event.preventDefault();
        document.getElementById(panelHeadingId)?.focus();
        return;
      }
      if (href) {
        event.preventDefault();
        router.push(href, { scroll: false });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, selectedId, previousHref, nextHref, clearHref, panelHeadingId]);

  useEffect(() => {
    if (!selectedId) return;
    const entry = document.querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(selectedId)}"]`);
    const scroller = entry?.closest<HTMLElement>('.list-scroll');
    // Only where the list scrolls on its own (wide screens): on a phone, jumping the page would lose the panel.
    if (!entry || !scroller || scroller.scrollHeight <= scroller.clientHeight) return;
    const top = entry.offsetTop - scroller.offsetTop;
    // At the list's top: on a wide screen's first view, only the start of the list is in view.
    if (top < scroller.scrollTop || top + entry.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = top - 8;
    }
  }, [selectedId]);

  return null;
}
