'use client';

import Link from 'next/link';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { namesMatch, searchTerms } from '@/lib/view/search-text';
import { EMPTY_VIEW, hasFilters, normaliseQuery, serializeViewState, viewHref, type ViewState } from '@/lib/view/url-state';
import type { ActorGroup } from '@/lib/view/actor-groups';
import { filterSummary } from './filter-summary';
import { useDraft } from './use-draft';
import { useView } from './view-state';

export interface FilterBarProps {
  groups: ReadonlyArray<ActorGroup>;
  shown: number;
  total: number;
  /**
   * When the controls fold behind one "Filters" button, with the active filters said in a line:
   * on narrow screens (the site's timeline, so that its first screen shows events), or always (an embed).
   */
  folded: 'narrow' | 'always';
  /** The name of the place the rendered view is filtered to, for that line. */
  placeName?: string | undefined;
  /** Shown after the count and the downloads (the site's timeline puts Share there). */
  children?: ReactNode;
}

const TYPING_DELAY_MS = 250;

export function FilterBar({ groups, shown: renderedCount, total, folded, placeName, children }: FilterBarProps) {
  // The view asked for: a ticked box stays ticked, and the chart and list follow, while the server renders it.
  const { state, rendered: { place: renderedPlace }, navigate, preview, page } = useView();
  const shown = preview?.count ?? renderedCount;
  const ids = useId();
  const [query, setQuery, markQuerySent] = useDraft(state.q);
  const [from, setFrom, markFromSent] = useDraft(state.from ?? '');
  const [to, setTo, markToSent] = useDraft(state.to ?? '');
  const [actorSearch, setActorSearch] = useState('');
  const [open, setOpen] = useState(false);

  // Typing replaces the history entry instead of adding one per keystroke.
  useEffect(() => {
    const q = normaliseQuery(query);
    if (q === state.q) return;
    const timer = setTimeout(() => {
      markQuerySent(q);
      navigate({ ...state, q }, 'replace');
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, state, navigate, markQuerySent]);

  const changeDate = (which: 'from' | 'to', value: string) => {
    (which === 'from' ? setFrom : setTo)(value);
    // A date input reports '' while a date is half typed; only whole dates and clearing change the view.
    if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    (which === 'from' ? markFromSent : markToSent)(value);
    navigate({ ...state, [which]: value === '' ? undefined : value }, 'replace');
  };

  const toggleActor = (id: string, checked: boolean) => {
    const actors = [...new Set(checked ? [...state.actors, id] : state.actors.filter((actor) => actor !== id))].sort();
    navigate({ ...state, actors }, 'push');
  };
  const changeMatch = (match: ViewState['match']) => navigate({ ...state, match }, 'push');

  const actorTerms = useMemo(() => searchTerms(actorSearch), [actorSearch]);
  const visibleGroups = useMemo(
    () =>
      groups
        .map((group) => ({ ...group, actors: group.actors.filter((option) => namesMatch([option.name, ...option.aliases], actorTerms)) }))
        .filter((group) => group.actors.length > 0),
    [groups, actorTerms],
  );
  // The downloads hold the events the filters keep: how the chart shows them is not part of them.
  const exportQuery = serializeViewState({ ...state, event: undefined, lanes: undefined, window: undefined, story: undefined, step: undefined });
  // The selection, the lanes and the window are not filters: clearing the filters keeps them.
  const cleared: ViewState = { ...state, ...EMPTY_VIEW, match: undefined, from: undefined, to: undefined };
  const selectedNames = groups
    .flatMap((group) => group.actors)
    .filter((option) => state.actors.includes(option.id))
    .map((option) => option.name);
  const summary = filterSummary(state, {
    actor: (id) => groups.flatMap((group) => group.actors).find((option) => option.id === id)?.name,
    place: (id) => (id === renderedPlace ? placeName : undefined),
  });

  return (
    <section className={`filters fold-${folded}${open ? ' is-open' : ''}`} aria-label="Filters">
      <div className="filters-fold">
        <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={`${ids}-controls`} onClick={() => setOpen(!open)}>
          Filters
        </button>
        <p className="filters-summary">{summary}</p>
      </div>
      <div className="filters-controls" id={`${ids}-controls`}>
        <div className="filter-row">
          <label className="field field-search" htmlFor={`${ids}-q`}>
            <span>Search titles, summaries and quotes</span>
            <input
              id={`${ids}-q`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="e.g. Tanf, hospitals, Aleppo"
              autoComplete="off"
            />
          </label>
          <label className="field" htmlFor={`${ids}-from`}>
            <span>From</span>
            <input id={`${ids}-from`} type="date" value={from} min="1995-01-01" max="2030-12-31" onChange={(event) => changeDate('from', event.target.value)} />
          </label>
          <label className="field" htmlFor={`${ids}-to`}>
            <span>To</span>
            <input id={`${ids}-to`} type="date" value={to} min="1995-01-01" max="2030-12-31" onChange={(event) => changeDate('to', event.target.value)} />
          </label>
        </div>

        <div className="actor-row">
          <details className="actor-filter">
            <summary>
              Actors
              {selectedNames.length > 0 ? `: ${selectedNames.join(state.match === 'all' ? ' and ' : ', ')}` : ' (any)'}
            </summary>
            <label className="field" htmlFor={`${ids}-actor-search`}>
              <span>Find an actor by any name (e.g. Daesh, Nusra, HTS)</span>
              <input
                id={`${ids}-actor-search`}
                type="search"
                value={actorSearch}
                onChange={(event) => setActorSearch(event.target.value)}
                autoComplete="off"
              />
            </label>
            {visibleGroups.length === 0 && <p className="muted">No actor goes by that name.</p>}
            <div className="actor-groups">
              {visibleGroups.map((group) => (
                <fieldset key={group.camp} className={`actor-group camp-${group.camp}`}>
                  <legend>
                    <span className="swatch" aria-hidden="true" />
                    {group.label}
                  </legend>
                  <ul>
                    {group.actors.map((option) => (
                      <li key={option.id}>
                        <label title={option.aliases.length > 0 ? `Also: ${option.aliases.join(', ')}` : undefined}>
                          <input
                            type="checkbox"
                            checked={state.actors.includes(option.id)}
                            onChange={(event) => toggleActor(option.id, event.target.checked)}
                          />
                          {option.name} <span className="count">({option.count})</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </div>
          </details>
          <fieldset className="match-switch">
            <legend>Show events involving</legend>
            <label>
              <input type="radio" name={`${ids}-match`} checked={state.match !== 'all'} onChange={() => changeMatch(undefined)} />
              any of the ticked actors
            </label>
            <label>
              <input type="radio" name={`${ids}-match`} checked={state.match === 'all'} onChange={() => changeMatch('all')} />
              all of the ticked actors
            </label>
          </fieldset>
        </div>
      </div>

      <div className="filter-status">
        <p role="status" aria-live="polite">
          <strong>
            {shown} of {total} events
          </strong>
        </p>
        {hasFilters(state) && (
          <Link
            href={viewHref(cleared, {}, page)}
            scroll={false}
            onClick={(event) => {
              // A new tab or window keeps the browser's own handling.
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              navigate(cleared, 'push');
            }}
          >
            Clear all filters
          </Link>
        )}
        <span className="downloads">
          Download these {shown} events:{' '}
          <a href={`/data/export.csv${exportQuery}`} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={`/data/export.json${exportQuery}`} download>
            JSON
          </a>
        </span>
        {children}
      </div>
    </section>
  );
}
