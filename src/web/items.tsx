// One line for an item of a facts record, by list: shared by the document view and search.
import type { FactsRecord } from './api.js';
import { PartyName } from './hooks.js';
import { useI18n } from './i18n.js';

export const LISTS = ['events', 'agreements', 'flows', 'figures', 'people', 'plans'] as const;
export type List = (typeof LISTS)[number];
export type Item = FactsRecord[List][number];

export function ItemSummary({ list, item }: { list: List; item: Item }) {
  const { term, date, number } = useI18n();
  switch (list) {
    case 'people': {
      const p = item as FactsRecord['people'][number];
      return (
        <>
          {p.name}, {term(p.role)}
          {p.actor && (
            <>
              {' '}
              (<PartyName code={p.actor} />)
            </>
          )}
        </>
      );
    }
    case 'events': {
      const e = item as FactsRecord['events'][number];
      return (
        <>
          {term(e.type)}: <Names codes={e.actors} /> {e.date && `· ${date(e.date)}`} {e.place && `· ${e.place}`}
        </>
      );
    }
    case 'agreements': {
      const a = item as FactsRecord['agreements'][number];
      return (
        <>
          {term(a.kind)} ({term(a.status)}): <Names codes={a.actors} /> {a.year ?? ''}
          {a.until ? `–${a.until}` : ''}
        </>
      );
    }
    case 'flows': {
      const f = item as FactsRecord['flows'][number];
      return (
        <>
          <PartyName code={f.from} /> → <PartyName code={f.to} />: {f.goods.join(', ')}
        </>
      );
    }
    case 'figures': {
      const f = item as FactsRecord['figures'][number];
      return (
        <>
          {term(f.metric)}: {number(f.value)} {f.unit ?? ''}{' '}
          {f.change_pct !== null && `(${f.change_pct > 0 ? '+' : ''}${number(f.change_pct)}%)`} {f.period ?? ''} <Names codes={f.actors} />
        </>
      );
    }
    case 'plans': {
      const p = item as FactsRecord['plans'][number];
      return (
        <>
          {term(p.kind)}: <Names codes={p.actors} /> {p.year ?? ''}
        </>
      );
    }
  }
}

function Names({ codes }: { codes: string[] }) {
  return (
    <>
      {codes.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          <PartyName code={c} />
        </span>
      ))}
    </>
  );
}
