'use client';

import { format } from 'date-fns';
import { useId, useRef, useState } from 'react';
import { FORMAT_KEYS, FORMAT_LABELS, parseCiteResponse, type CiteResponse, type FormatKey } from '@/lib/publish/cite-response';
import { CopyField } from './copy-field';

export interface CiteControlProps {
  eventId: string;
  permalink: string;
}

/** "Cite": the event's citation in six formats and its permalink, one click to copy each. */
export function CiteControl({ eventId, permalink }: CiteControlProps) {
  const ids = useId();
  const [data, setData] = useState<CiteResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<FormatKey>('apa');
  const requested = useRef(false);

  const load = () => {
    if (requested.current) return;
    requested.current = true;
    fetch(`/api/cite/${encodeURIComponent(eventId)}?accessed=${format(new Date(), 'yyyy-MM-dd')}`)
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        const parsed = parseCiteResponse(json);
        if (parsed) setData(parsed);
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  };

  return (
    <details className="cite" onToggle={(event) => event.currentTarget.open && load()}>
      <summary>Cite this event</summary>
      <CopyField label="Permalink" value={permalink} id={`${ids}-permalink`} />
      <fieldset className="format-choice">
        <legend>Format</legend>
        {FORMAT_KEYS.map((key) => (
          <label key={key}>
            <input type="radio" name={`${ids}-format`} value={key} checked={chosen === key} onChange={() => setChosen(key)} />
            {FORMAT_LABELS[key]}
          </label>
        ))}
      </fieldset>
      {failed && <p role="alert">The citations could not be loaded. The permalink above still identifies the event.</p>}
      {!data && !failed && <p className="muted">Preparing citations…</p>}
      {data && (
        <>
          <CopyField label={`This event (${FORMAT_LABELS[chosen]})`} value={data.event[chosen]} id={`${ids}-event`} multiline />
          <h4>The articles it cites</h4>
          {data.sources.map((source) => (
            <CopyField
              key={source.id}
              label={`${source.title}, ${source.outlet} (${FORMAT_LABELS[chosen]})`}
              value={source.formats[chosen]}
              id={`${ids}-${source.id}`}
              multiline
            />
          ))}
        </>
      )}
    </details>
  );
}
