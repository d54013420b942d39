// A document: its text with every extracted item highlighted at its evidence (colour by kind),
// the facts record beside it, and, for an editor, reject / confirm / correct on each item.
import { useMemo, useState } from 'react';
import { post, type FactsRecord, type StoredDocument } from '../api.js';
import { useEditor } from '../editor.js';
import { pieces, type Span } from '../highlight.js';
import { Parties, Status, useApi } from '../hooks.js';
import { ItemSummary, LISTS, type Item, type List } from '../items.js';
import { useI18n, type Key } from '../i18n.js';
import { webLink } from '../url.js';

export function DocumentPage({ id }: { id: string }) {
  const { t, date } = useI18n();
  const [version, setVersion] = useState(0);
  const doc = useApi<StoredDocument>(`/documents/${encodeURIComponent(id)}`, version);
  const [selected, setSelected] = useState<string | null>(null);

  const spans = useMemo(() => {
    if (doc.state !== 'ok' || !doc.data.facts) return [];
    const facts = doc.data.facts;
    return LISTS.flatMap((list) =>
      (facts[list] as Item[]).flatMap((item, i) =>
        (item.evidence ?? []).map((e): Span<List> => ({ start: e.start, end: e.end, kind: list, key: `${list}/${i}` })),
      ),
    );
  }, [doc]);
  const parts = useMemo(() => (doc.state === 'ok' ? pieces(doc.data.text, spans) : []), [doc, spans]);

  if (doc.state !== 'ok') return <Status of={doc} />;
  const { data } = doc;
  const select = (key: string) => {
    setSelected(key);
    document.querySelector(`[data-items~="${CSS.escape(key)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  return (
    <article className="document">
      <h1>{data.title ?? data.id}</h1>
      <p className="muted">
        {t('published')}: {date(data.published)} · {data.lang}
        {webLink(data.url) && (
          <>
            {' · '}
            <a href={webLink(data.url)} rel="noopener noreferrer" target="_blank">
              {t('source')}
            </a>
          </>
        )}
        {data.facts && data.facts.actors.length > 0 && (
          <>
            {' · '}
            <Parties codes={data.facts.actors} />
          </>
        )}
      </p>
      <div className="reader">
        <div className="text" aria-label={t('text')}>
          {parts.map((p) =>
            p.spans.length ? (
              <mark
                key={p.start}
                className={`k-${p.spans[0]!.kind}${p.spans.some((s) => s.key === selected) ? ' selected' : ''}`}
                data-items={p.spans.map((s) => s.key).join(' ')}
                onClick={() => setSelected(p.spans[0]!.key)}
              >
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </div>
        {data.facts && (
          <FactsPanel doc={data.id} facts={data.facts} selected={selected} onSelect={select} onChange={() => setVersion((v) => v + 1)} />
        )}
      </div>
    </article>
  );
}

function FactsPanel({
  doc,
  facts,
  selected,
  onSelect,
  onChange,
}: {
  doc: string;
  facts: FactsRecord;
  selected: string | null;
  onSelect: (key: string) => void;
  onChange: () => void;
}) {
  const { t, term } = useI18n();
  return (
    <aside className="facts" aria-label={t('facts')}>
      <h2>{t('facts')}</h2>
      {facts.sectors.length > 0 && (
        <p>
          {t('sectors')}: {facts.sectors.map(term).join(', ')}
        </p>
      )}
      {LISTS.map((list) =>
        facts[list].length ? (
          <section key={list}>
            <h3 className={`k-${list} legend`}>{t(list as Key)}</h3>
            <ul className="items">
              {(facts[list] as Item[]).map((item, i) => (
                <FactItem
                  key={i}
                  doc={doc}
                  list={list}
                  index={i}
                  item={item}
                  selected={selected === `${list}/${i}`}
                  onSelect={onSelect}
                  onChange={onChange}
                />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </aside>
  );
}

function FactItem({
  doc,
  list,
  index,
  item,
  selected,
  onSelect,
  onChange,
}: {
  doc: string;
  list: List;
  index: number;
  item: Item;
  selected: boolean;
  onSelect: (key: string) => void;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const { canEdit } = useEditor();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${list}/${index}`;
  const act = (action: 'reject' | 'confirm' | 'correct', body: unknown = {}) =>
    post(`/facts/${encodeURIComponent(doc)}/${list}/${index}/${action}`, body).then(
      () => {
        setEditing(null);
        setError(null);
        onChange();
      },
      (e: Error) => setError(e.message),
    );
  const { evidence: _evidence, ...value } = item;
  return (
    <li className={selected ? 'selected' : undefined} data-item={key}>
      <button type="button" className="link" onClick={() => onSelect(key)}>
        <ItemSummary list={list} item={item} />
      </button>
      {canEdit && (
        <span className="curate">
          <button type="button" onClick={() => void act('reject')}>
            {t('reject')}
          </button>
          <button type="button" onClick={() => void act('confirm')}>
            {t('confirm')}
          </button>
          <button type="button" onClick={() => setEditing(JSON.stringify(value, null, 1))}>
            {t('correct')}
          </button>
        </span>
      )}
      {editing !== null && (
        <form
          className="correct"
          onSubmit={(e) => {
            e.preventDefault();
            try {
              void act('correct', JSON.parse(editing) as unknown);
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <textarea value={editing} onChange={(e) => setEditing(e.target.value)} rows={6} aria-label={t('correct')} />
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error && <p className="error">{error}</p>}
    </li>
  );
}
