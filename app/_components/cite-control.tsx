'use client';

import { useId, useRef, useState } from 'react';
import { localDay } from '@/lib/dates/partial-date';
import { FORMAT_KEYS, FORMAT_LABELS, parseCiteResponse, type CiteResponse, type FormatKey } from '@/lib/publish/cite-response';
import { CopyField } from './copy-field';

/** What is cited: an event, or a story through the events. */
export type CiteControlProps = { permalink: string } & ({ eventId: string; storyId?: never } | { storyId: string; eventId?: never });

/** "Cite": the event's (or story's) citation in six formats and its permalink, one click to copy each. */
export function CiteControl({ eventId, storyId, permalink }: CiteControlProps) {
  const noun = storyId === undefined ? 'event' : 'story';
  const api = storyId === undefined ? `/api/cite/${encodeURIComponent(eventId)}` : `/api/cite/stories/${encodeURIComponent(storyId)}`;
  const ids = useId();
  const [data, setData] = useState<CiteResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<FormatKey>('apa');
  const requested = useRef(false);

  const load = () => {
    if (requested.current) return;
    requested.current = true;
    fetch(`${api}?accessed=${localDay(new Date())}`)
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
      <summary>Cite this {noun}</summary>
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
      {failed && <p role="alert">The citations could not be loaded. The permalink above still identifies the {noun}.</p>}
      {!data && !failed && <p className="muted">Preparing citations…</p>}
      {data && (
        <>
          <CopyField label={`This ${noun} (${FORMAT_LABELS[chosen]})`} value={data.event[chosen]} id={`${ids}-event`} multiline />
          <h4>The articles {noun === 'story' ? 'its events cite' : 'it cites'}</h4>
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
