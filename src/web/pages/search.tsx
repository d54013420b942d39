// Search: words in Russian or English, narrowed by facets (party, event type, sector, language)
// and a date range; the filters live in the URL so that a search can be shared.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { query, type SearchResult } from '../api.js';
import { snippetParts } from '../highlight.js';
import { PartyName, Status, useApi } from '../hooks.js';
import { ItemSummary, LISTS, type Item, type List } from '../items.js';
import { useI18n, type Key } from '../i18n.js';

const FACETS: { name: 'party' | 'type' | 'sector' | 'lang'; label: Key }[] = [
  { name: 'party', label: 'party' },
  { name: 'type', label: 'eventType' },
  { name: 'sector', label: 'sector' },
  { name: 'lang', label: 'language' },
];
const FILTERS = ['q', 'party', 'type', 'sector', 'lang', 'from', 'to'] as const;

/** Facet counts as [value, count], whether the server sends an object or a list. */
function facetEntries(facet: unknown): [string, number][] {
  if (Array.isArray(facet)) return facet.map((f: { value: string; count: number }) => [f.value, f.count]);
  return facet && typeof facet === 'object' ? Object.entries(facet as Record<string, number>) : [];
}

export function SearchPage() {
  const { t, date, number } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const [words, setWords] = useState(current.q);
  const result = useApi<SearchResult>(current.q ? `/search${query({ ...current, limit: 50 })}` : null);
  const go = (change: Partial<typeof current>) => navigate(`/find${query({ ...current, ...change })}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: words.trim() });
  };

  return (
    <div className="search">
      <h1>{t('search')}</h1>
      <form onSubmit={submit} className="searchbar" role="search">
        <input
          type="search"
          name="q"
          value={words}
          onChange={(e) => setWords(e.target.value)}
          placeholder={t('query')}
          aria-label={t('query')}
        />
        <button type="submit">{t('find')}</button>
        <label>
          {t('from')} <input type="date" value={current.from} onChange={(e) => go({ from: e.target.value })} />
        </label>
        <label>
          {t('to')} <input type="date" value={current.to} onChange={(e) => go({ to: e.target.value })} />
        </label>
      </form>
      {current.q && result.state !== 'ok' && <Status of={result} />}
      {result.state === 'ok' && (
        <div className={result.data.facets ? 'with-facets' : undefined}>
          <aside className="facets" hidden={!result.data.facets}>
            {FACETS.map(({ name, label }) => {
              const entries = facetEntries(result.data.facets?.[name]);
              if (!entries.length && !current[name]) return null;
              return (
                <fieldset key={name}>
                  <legend>{t(label)}</legend>
                  <label>
                    <input type="radio" name={name} checked={!current[name]} onChange={() => go({ [name]: '' })} /> {t('any')}
                  </label>
                  {entries.map(([value, count]) => (
                    <label key={value}>
                      <input type="radio" name={name} checked={current[name] === value} onChange={() => go({ [name]: value })} />{' '}
                      <FacetValue facet={name} value={value} /> <span className="muted">{number(count)}</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <div>
            <p className="muted">
              {number(result.data.items.length)} {t('results')}
            </p>
            {!result.data.items.length && <p>{t('nothing')}</p>}
            <ol className="hits">
              {result.data.items.map((hit) => (
                <li key={hit.id}>
                  <Link href={`/doc/${encodeURIComponent(hit.id)}`} className="hit-title">
                    {hit.title ?? hit.id}
                  </Link>{' '}
                  <span className="muted">
                    {date(hit.published)} · {hit.lang}
                  </span>
                  <p className="snippet">
                    {snippetParts(hit.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
                  </p>
                </li>
              ))}
            </ol>
            {!!result.data.facts?.length && (
              <section>
                <h2>{t('facts')}</h2>
                <ul className="events">
                  {result.data.facts.slice(0, 100).map(({ doc, list, item }, i) => (
                    <li key={i}>
                      <span className={`tag k-${list}`}>{t(list as Key)}</span>{' '}
                      {(LISTS as readonly string[]).includes(list) ? (
                        <ItemSummary list={list as List} item={item as unknown as Item} />
                      ) : null}{' '}
                      <Link href={`/doc/${encodeURIComponent(doc)}`}>{doc}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function FacetValue({ facet, value }: { facet: string; value: string }) {
  const { term } = useI18n();
  if (facet === 'party') return <PartyName code={value} />;
  return <>{facet === 'lang' ? value : term(value)}</>;
}
