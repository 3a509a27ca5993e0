export interface TimelineToolbarProps {
  ready: boolean;
  hasSelection: boolean;
  onZoom: (action: 'in' | 'out' | 'fit') => void;
  onShowAround: (span: 'year' | 'month') => void;
}

export function TimelineToolbar({ ready, hasSelection, onZoom, onShowAround }: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline zoom">
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
    </div>
  );
}
