import { CampLegend } from './camp-legend';
import { TimelineChart } from './timeline-chart';

export interface TimelineRegionProps {
  /** Whether the view keeps any event: without one there is nothing to draw. */
  hasEvents: boolean;
  /** Where "Clear all filters" leads when the view keeps nothing; absent when no filter is set. */
  clearHref?: string | undefined;
}

/** The timeline of a view with its heading and legend, or what to do when the filters keep nothing. */
export function TimelineRegion({ hasEvents, clearHref }: TimelineRegionProps) {
  return (
    <section className="timeline-region" aria-labelledby="timeline-heading">
      <div className="region-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <CampLegend />
      </div>
      {hasEvents ? (
        <TimelineChart />
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
