import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { countText } from '@/lib/view/count-text';

// A period count says what it holds on hover and on keyboard focus: its first events by title and
// how many more. The tip stays while the pointer moves onto it, and Esc dismisses it.

export interface BucketTipContent {
  /** "Russia, 2016: 1,045 events" */
  heading: string;
  titles: string[];
  more: number;
}

interface BucketTipState extends BucketTipContent {
  id: string;
  top: number;
  /** From the left edge of the chart, or from its right edge for a count in the right half. */
  left?: number;
  right?: number;
}

export const BUCKET_TIP_ID = 'bucket-tip';

/**
 * Watches the chart's counts (elements with `data-bucket`) for hover, focus and keyboard activation.
 * `describe` says what a count holds; `activate` is what Enter or Space on a focused count does.
 */
export function useBucketTip(
  canvasRef: RefObject<HTMLElement | null>,
  describe: (id: string) => BucketTipContent | null,
  activate: (id: string) => void,
): { tip: BucketTipState | null; dismiss: () => void } {
  const [tip, setTip] = useState<BucketTipState | null>(null);
  /** The count the tip describes, which refers to it while it is shown. */
  const described = useRef<HTMLElement | null>(null);
  const dismiss = useCallback(() => {
    described.current?.removeAttribute('aria-describedby');
    described.current = null;
    setTip(null);
  }, []);
  const show = useEffectEvent((button: HTMLElement) => {
    const id = button.dataset.bucket;
    const content = id === undefined ? null : describe(id);
    const chart = canvasRef.current?.parentElement;
    const item = button.closest('.vis-item') ?? button;
    if (!id || !content || !chart) return;
    const box = item.getBoundingClientRect();
    const frame = chart.getBoundingClientRect();
    const top = box.bottom - frame.top;
    const inRightHalf = box.left + box.width / 2 > frame.left + frame.width / 2;
    if (described.current !== button) described.current?.removeAttribute('aria-describedby');
    described.current = button;
    button.setAttribute('aria-describedby', BUCKET_TIP_ID);
    setTip({ id, ...content, top, ...(inRightHalf ? { right: frame.right - box.right } : { left: box.left - frame.left }) });
  });
  const onActivate = useEffectEvent(activate);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const bucketOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.vis-item')?.querySelector<HTMLElement>('[data-bucket]') : null);
    const onOver = (event: PointerEvent) => {
      const button = bucketOf(event.target);
      if (button) show(button);
    };
    const onOut = (event: PointerEvent) => {
      const leaving = bucketOf(event.target);
      const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      if (!leaving || bucketOf(to) === leaving || to?.closest(`#${BUCKET_TIP_ID}`) || document.activeElement === leaving) return;
      dismiss();
    };
    const onFocus = (event: FocusEvent) => {
      const button = event.target instanceof HTMLElement && event.target.dataset.bucket !== undefined ? event.target : null;
      if (button) show(button);
    };
    // A count is a button: Enter and Space click it, with no pointer (`detail` 0). A pointer's tap is vis-timeline's select.
    const onClick = (event: MouseEvent) => {
      const id = event.target instanceof HTMLElement ? event.target.dataset.bucket : undefined;
      if (id !== undefined && event.detail === 0) onActivate(id);
    };
    canvas.addEventListener('pointerover', onOver);
    canvas.addEventListener('pointerout', onOut);
    canvas.addEventListener('focusin', onFocus);
    canvas.addEventListener('focusout', dismiss);
    canvas.addEventListener('click', onClick);
    return () => {
      canvas.removeEventListener('pointerover', onOver);
      canvas.removeEventListener('pointerout', onOut);
      canvas.removeEventListener('focusin', onFocus);
      canvas.removeEventListener('focusout', dismiss);
      canvas.removeEventListener('click', onClick);
    };
  }, [canvasRef, dismiss]);

  // Esc dismisses the tip before anything else reads the key (it would otherwise close the selection).
  useEffect(() => {
    if (!tip) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dismiss();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [tip, dismiss]);

  return { tip, dismiss };
}

export interface BucketTipProps {
  tip: BucketTipState;
  onLeave: () => void;
}

export function BucketTip({ tip, onLeave }: BucketTipProps) {
  return (
    <div id={BUCKET_TIP_ID} role="tooltip" className="bucket-tip" style={{ top: tip.top, left: tip.left, right: tip.right }} onPointerLeave={onLeave}>
      <p className="bucket-tip-heading">{tip.heading}</p>
      <ul>
        {tip.titles.map((title, at) => (
          <li key={at}>{title}</li>
        ))}
      </ul>
      <p className="bucket-tip-more">
        {tip.more > 0 ? `and ${countText(tip.more)} more. ` : ''}Select to zoom in.
      </p>
    </div>
  );
}
