import { CAMP_LABELS, CAMP_ORDER } from '@/lib/data/labels';

/** What the timeline's colours and dashed borders mean. */
export function CampLegend() {
  return (
    <ul className="legend" aria-label="Colours: the camp of the actor who acted">
      {CAMP_ORDER.map((camp) => (
        <li key={camp} className={`camp-${camp}`}>
          <span className="swatch" aria-hidden="true" />
          {CAMP_LABELS[camp]}
        </li>
      ))}
      <li className="is-approximate">
        <span className="swatch" aria-hidden="true" />
        Approximate date
      </li>
    </ul>
  );
}
