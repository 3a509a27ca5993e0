export interface StoryPathProps {
  /** `[x, y, step]` in the map's coordinates, in step order. */
  points: ReadonlyArray<readonly [number, number, number]>;
  /** The step being read. */
  current: number | undefined;
}

/** Story mode on the map: the path through the steps that have a place, drawn under the markers. */
export function StoryPath({ points }: Pick<StoryPathProps, 'points'>) {
  return (
    <g className="story-path" aria-hidden="true" data-story-path={points.map(([, , step]) => step).join(',')}>
      {points.length > 1 && <polyline points={points.map(([x, y]) => `${x},${y}`).join(' ')} />}
    </g>
  );
}

/** The numbered stops of the path, drawn above the markers (the clicks go through to them). */
export function StoryStops({ points, current }: StoryPathProps) {
  return (
    <g className="story-stops" aria-hidden="true">
      {points.map(([x, y, step]) => (
        <g key={step} className={step === current ? 'story-stop is-current' : 'story-stop'} data-step={step}>
          <circle cx={x} cy={y} r={5} />
          <text x={x} y={y} dy="0.35em">
            {step}
          </text>
        </g>
      ))}
    </g>
  );
}
