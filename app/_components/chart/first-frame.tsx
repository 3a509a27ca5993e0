import type { CSSProperties } from 'react';
import { countText } from '@/lib/view/count-text';
import type { ChartFrame, FrameItem } from './frame';

export interface FirstFrameProps {
  frame: ChartFrame;
}

/** A lane label's padding above and below (globals.css): vis-timeline makes the lane as tall as its label. */
const LABEL_PADDING_PX = 8;

/** An inline style string (as vis-timeline is given it) as React's style object: only `margin-top: Npx`. */
function itemStyle(item: FrameItem): CSSProperties {
  const offset = /^margin-top: (\d+)px$/.exec(item.style)?.[1];
  const left = `${item.left}%`;
  return { left, ...(item.width !== undefined && { width: `${item.width}%` }), ...(offset !== undefined && { marginTop: `${offset}px` }) };
}

function Item({ item }: { item: FrameItem }) {
  const content = item.eventId === undefined ? <span className="tl-bucket-count">{item.text}</span> : <span className="tl-item-title">{item.text}</span>;
  return (
    <div
      className={`vis-item vis-${item.type} ${item.className}`}
      style={itemStyle(item)}
      data-event-id={item.eventId}
      data-lane={item.lane}
      title={item.tip}
    >
      {item.type === 'range' ? (
        <div className="vis-item-overflow">
          <div className="vis-item-content">{content}</div>
        </div>
      ) : (
        <div className="vis-item-content">{content}</div>
      )}
    </div>
  );
}

/**
 * The chart's first frame, drawn on the server from the same drawing vis-timeline is then given: the
 * same items at the same places (shares of the window, rows' offsets), shown until vis-timeline has
 * drawn. It is a picture for the eye; the list below is the page's text, so it is hidden from
 * assistive technology.
 */
export function FirstFrame({ frame }: FirstFrameProps) {
  const { lanes } = frame;
  const inLane = (key: string | undefined) => frame.items.filter((item) => item.lane === key);
  return (
    <div className={lanes ? 'tl-frame has-lanes' : 'tl-frame'} aria-hidden="true">
      <div className="tl-frame-axis">
        {frame.ticks.map((tick) => (
          <span key={tick.left} className="tl-frame-tick" style={{ left: `${tick.left}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      {lanes ? (
        lanes.map((lane) => (
          <div key={lane.key} className="tl-frame-lane" style={{ height: `${lane.height + LABEL_PADDING_PX}px` }}>
            <div className="vis-label">
              <div className="vis-inner">
                <span className={`tl-lane-label camp-${lane.camp}`} data-lane={lane.key} style={{ height: `${lane.height}px` }}>
                  <span className="swatch" />
                  <span>
                    {lane.shortName === lane.name ? (
                      <span className="tl-lane-name">{lane.name}</span>
                    ) : (
                      <>
                        <span className="tl-lane-name tl-full-name">{lane.name}</span>
                        <span className="tl-lane-name tl-short-name">{lane.shortName}</span>
                      </>
                    )}{' '}
                    <span className="count">({countText(lane.count)})</span>
                  </span>
                </span>
              </div>
            </div>
            <div className="tl-frame-items">
              {inLane(lane.key).map((item) => (
                <Item key={item.id} item={item} />
              ))}
            </div>
          </div>
        ))
      ) : (
        <div className="tl-frame-items">
          {inLane(undefined).map((item) => (
            <Item key={item.id} item={item} />
          ))}
        </div>
      )}
    </div>
  );
}
