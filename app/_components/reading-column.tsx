'use client';

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { bringIntoView, chartItemOf, listLinkOf, SELECTABLE_ITEM } from './reading-focus';

export interface ReadingColumnProps {
  /** The event the server rendered as selected. */
  selectedId?: string | undefined;
  /** The same view without a selection: where "Back to the timeline" leads without JavaScript. */
  clearHref: string;
  /** The panel's heading, which a keyboard selection (and an opened sheet) moves focus to. */
  headingId: string;
  /**
   * Whether the selected event's panel opens as a sheet over the page on narrow screens (the
   * site's timeline). An embed's frame is as tall as its content: a sheet there would open out of sight.
   */
  sheet: boolean;
  children: ReactNode;
}

/** Where the panel column sits beside the chart and the list; below it, the panel is a sheet. */
const NARROW = '(max-width: 63.99rem)';

const shownAsSheet = (sheet: boolean) => sheet && window.matchMedia(NARROW).matches;

/**
 * The column of the source panel (and of anything read beside it). On wide screens it stays in view
 * beside the chart and the list; on narrow ones the selected event's panel is a sheet over the page,
 * which "Back to the timeline" and Escape close, keeping the selection and the place on the page.
 * Selecting with the keyboard moves focus to the panel's heading, which says the change once (the
 * page's title stays the same, so the router announces nothing); going back returns it to the item.
 */
export function ReadingColumn({ selectedId, clearHref, headingId, sheet, children }: ReadingColumnProps) {
  const column = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  // A new selection opens its sheet again (React's way of resetting state when a prop changes).
  const [seen, setSeen] = useState(selectedId);
  if (seen !== selectedId) {
    setSeen(selectedId);
    setDismissed(null);
  }
  const open = sheet && selectedId !== undefined && dismissed !== selectedId;
  /** How the reader last acted, and where the selection was made: where going back returns. */
  const input = useRef<{ keyboard: boolean; from: 'list' | 'chart' | null }>({ keyboard: false, from: null });

  const close = (id: string) => {
    flushSync(() => setDismissed(id));
    const link = listLinkOf(id);
    link?.focus({ preventScroll: true });
    bringIntoView(input.current.from === 'list' ? link?.closest('li') : chartItemOf(id));
  };
  const closeRef = useRef(close);
  const current = useRef({ selectedId, open });
  useEffect(() => {
    closeRef.current = close;
    current.current = { selectedId, open };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      input.current.keyboard = true;
      const { selectedId: id, open: isOpen } = current.current;
      // Before the page's keys (which clear the selection): with a sheet shown, Escape closes it.
      if (event.key === 'Escape' && !event.defaultPrevented && id !== undefined && isOpen && shownAsSheet(sheet)) {
        event.preventDefault();
        closeRef.current(id);
      }
    };
    const onPointer = () => {
      input.current.keyboard = false;
    };
    const onClick = (event: Event) => {
      const item = event.target instanceof Element ? event.target.closest<HTMLElement>(SELECTABLE_ITEM) : null;
      if (!item) return;
      input.current.from = item.closest('.event-list') ? 'list' : 'chart';
      // Selecting the selected event again opens its sheet again.
      if (item.dataset.eventId === current.current.selectedId) setDismissed(null);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('click', onClick, true);
    };
  }, [sheet]);

  // Focus follows the selection: to the panel's heading after a keyboard selection or into an opened
  // sheet; back to the item's entry when the keyboard clears the selection from the panel.
  const previous = useRef(selectedId);
  useEffect(() => {
    const before = previous.current;
    previous.current = selectedId;
    if (before === selectedId) return;
    const node = column.current;
    if (selectedId !== undefined) {
      if (node) node.scrollTop = 0;
      if (input.current.keyboard || shownAsSheet(sheet)) {
        // Into a sheet opened by a tap, focus goes for screen readers; its ring is for keyboard users.
        node?.toggleAttribute('data-quiet-focus', !input.current.keyboard);
        document.getElementById(headingId)?.focus({ preventScroll: true });
      }
      return;
    }
    const active = document.activeElement;
    const lost = active === null || active === document.body || (node?.contains(active) ?? false);
    if (before !== undefined && input.current.keyboard && lost) listLinkOf(before)?.focus();
  }, [selectedId, headingId, sheet]);

  // While the sheet covers the page, the page behind it is out of reach (keyboard and screen readers alike).
  useEffect(() => {
    const node = column.current;
    if (!open || !node?.parentElement) return;
    const behind = [...node.parentElement.children].filter((child): child is HTMLElement => child !== node && child instanceof HTMLElement);
    const query = window.matchMedia(NARROW);
    const apply = () => behind.forEach((child) => (child.inert = query.matches));
    apply();
    query.addEventListener('change', apply);
    return () => {
      query.removeEventListener('change', apply);
      behind.forEach((child) => (child.inert = false));
    };
  }, [open]);

  const onBack = (event: MouseEvent) => {
    if (selectedId === undefined || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    close(selectedId);
  };

  return (
    <div ref={column} className={open ? 'panel-column is-sheet' : 'panel-column'} data-sheet={sheet ? (open ? 'open' : 'closed') : undefined}>
      {open && (
        <p className="sheet-bar">
          <a href={clearHref} onClick={onBack} className="sheet-back">
            <span aria-hidden="true">←</span> Back to the timeline
          </a>
        </p>
      )}
      {children}
    </div>
  );
}
