import { useId } from 'react';
import { LANE_MODES, type LaneMode } from '@/lib/view/url-state';

export interface TimelineToolbarProps {
  ready: boolean;
  hasSelection: boolean;
  lanes: LaneMode | undefined;
  onZoom: (action: 'in' | 'out' | 'fit') => void;
  onShowAround: (span: 'year' | 'month') => void;
  onLanes: (lanes: LaneMode | undefined) => void;
}

const LANE_LABELS: Record<LaneMode, string> = { actor: 'One per ticked actor', camp: 'One per camp' };

export function TimelineToolbar({ ready, hasSelection, lanes, onZoom, onShowAround, onLanes }: TimelineToolbarProps) {
  const id = useId();
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline zoom and lanes">
      <button type="button" onClick={() => onZoom('in')} disabled={!ready}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom('out')} disabled={!ready}>
        Zoom out
      </button>
      <button type="button" onClick={() => onZoom('fit')} disabled={!ready}>
        Fit all
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" onClick={() => onShowAround('year')} disabled={!ready}>
        {hasSelection ? 'Year around selection' : 'One year'}
      </button>
      <button type="button" onClick={() => onShowAround('month')} disabled={!ready}>
        {hasSelection ? 'Month around selection' : 'One month'}
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <label className="lanes-choice" htmlFor={`${id}-lanes`}>
        Lanes
        <select id={`${id}-lanes`} value={lanes ?? ''} onChange={(event) => onLanes(LANE_MODES.find((mode) => mode === event.target.value))}>
          <option value="">One band</option>
          {LANE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {LANE_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
