import type { TimelineIndex } from '@/lib/timeline/codec';
import { decodeMask } from '@/lib/timeline/mask';
import type { ViewState } from '@/lib/view/url-state';
import { CampLegend } from './camp-legend';
import { FirstFrame } from './chart/first-frame';
import { chartFrame } from './chart/frame';
import { openingDrawing } from './chart/opening';
import { TimelineChart } from './timeline-chart';

export interface TimelineRegionProps {
  /** Whether the view keeps any event: without one there is nothing to draw. */
  hasEvents: boolean;
  /** Where "Clear all filters" leads when the view keeps nothing; absent when no filter is set. */
  clearHref?: string | undefined;
  /**
   * For the chart's first frame: the index as the browser decodes it (`timelineIndex`), the view
   * rendered, and the events its filters keep (`null`: all).
   */
  index: TimelineIndex | null;
  state: ViewState;
  mask: string | null;
}

/** The chart's first frame for a view, from the same index and builders as vis-timeline's drawing. */
function firstFrame(index: TimelineIndex | null, state: ViewState, mask: string | null) {
  if (!index) return null;
  const opening = openingDrawing(index, mask === null ? null : decodeMask(mask, index.size), state);
  return opening && chartFrame(index, opening.drawing, opening.window);
}

/** The timeline of a view with its heading and legend, or what to do when the filters keep nothing. */
export function TimelineRegion({ hasEvents, clearHref, index, state, mask }: TimelineRegionProps) {
  const frame = hasEvents ? firstFrame(index, state, mask) : null;
  return (
    <section className="timeline-region" aria-labelledby="timeline-heading">
      <div className="region-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <CampLegend />
      </div>
      {hasEvents ? (
        // No Suspense boundary of its own: React outlines a boundary this large into a hidden block that
        // only a script puts in place, so the frame would be missing without JavaScript and would push
        // the list down when it arrived.
        <TimelineChart firstFrame={frame && <FirstFrame frame={frame} />} firstLanes={frame?.lanes?.length ?? 0} />
      ) : (
        <div className="empty-state" role="status">
          <p>
            <strong>No events match these filters.</strong>
          </p>
          {clearHref && <a href={clearHref}>Clear all filters</a>}
        </div>
      )}
    </section>
  );
}
