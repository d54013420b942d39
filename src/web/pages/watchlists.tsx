// Watchlists and their alerts inbox: the list with counts of new alerts, a form for editors, and
// one watchlist's alerts (those stored since it was last seen marked new), with its Atom feed.
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { post, remove, type Inbox, type Watchlist } from '../api.js';
import { useEditor } from '../editor.js';
import { Status, useApi } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';

const EVENT_TYPES = ['meeting', 'visit', 'signing', 'forum', 'proposal'];
const AGREEMENT_KINDS = ['agreement', 'protocol', 'memorandum', 'roadmap', 'plan', 'contract', 'other'];

export function WatchlistsPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const editor = useEditor();
  const [version, setVersion] = useState(0);
  const lists = useApi<Watchlist[]>('/watchlists', version);
  return (
    <div className="watchlists">
      <h1>{t('watchTitle')}</h1>
      <p className="muted">{t('watchHint')}</p>
      {lists.state !== 'ok' ? (
        <Status of={lists} />
      ) : lists.data.length === 0 ? (
        <p className="muted">{t('noWatchlists')}</p>
      ) : (
        <ul className="lists">
          {lists.data.map((w) => (
            <li key={w.id} className={w.id === id ? 'selected' : undefined}>
              <Link href={`/watch/${encodeURIComponent(w.id)}`}>{w.name}</Link> <span className="muted">({w.description})</span>{' '}
              <span className="tag">
                {w.alerts} {t('alerts').toLowerCase()}
              </span>{' '}
              {w.newAlerts > 0 && (
                <strong className="new">
                  {w.newAlerts} {t('newAlerts')}
                </strong>
              )}
            </li>
          ))}
        </ul>
      )}
      {id && <AlertsInbox id={id} onChange={() => setVersion((v) => v + 1)} />}
      {editor.canEdit ? <NewWatchlist onMade={() => setVersion((v) => v + 1)} /> : <p className="muted">{t('editorsOnly')}</p>}
    </div>
  );
}

function AlertsInbox({ id, onChange }: { id: string; onChange: () => void }) {
  const { t, date, term } = useI18n();
  const editor = useEditor();
  const [version, setVersion] = useState(0);
  const inbox = useApi<Inbox>(`/watchlists/${encodeURIComponent(id)}/alerts`, version);
  if (inbox.state !== 'ok') return <Status of={inbox} />;
  const seen = async () => {
    await post(`/watchlists/${encodeURIComponent(id)}/seen`);
    setVersion((v) => v + 1);
    onChange();
  };
  const drop = async () => {
    await remove(`/watchlists/${encodeURIComponent(id)}`);
    onChange();
    history.pushState(null, '', '/watch');
    dispatchEvent(new PopStateEvent('popstate'));
  };
  const { watchlist, alerts } = inbox.data;
  // The server's summary is English; the page says the same in its own language.
  const itemLine = (i: Inbox['alerts'][number]['items'][number]) =>
    `${i.name ? `${i.name}, ` : ''}${term(i.kind)}: ${i.parties.join(i.list === 'flows' ? ' → ' : ' – ')}${i.date ? ` (${date(i.date)})` : ''}`;
  return (
    <section className="inbox" aria-label={t('alerts')}>
      <h2>
        {watchlist.name}: {t('alerts')}
      </h2>
      <p>
        <a href={`/watchlists/${encodeURIComponent(id)}/feed.atom`}>{t('atomFeed')}</a>
        {editor.canEdit && (
          <>
            {' '}
            <button type="button" onClick={() => void seen()} disabled={!alerts.some((a) => a.isNew)}>
              {t('markSeen')}
            </button>{' '}
            <button type="button" onClick={() => void drop()}>
              {t('remove')}
            </button>
          </>
        )}
      </p>
      {alerts.length === 0 ? (
        <p className="muted">{t('noAlerts')}</p>
      ) : (
        <ul className="alerts">
          {alerts.map((a) => (
            <li key={a.doc} className={a.isNew ? 'new' : undefined}>
              {a.isNew && <strong className="new">{t('newAlerts')}</strong>}{' '}
              <Link href={`/doc/${encodeURIComponent(a.doc)}`}>{a.title ?? a.doc}</Link> <span className="date">{date(a.published)}</span>
              <ul className="items">
                {a.items.map((i) => (
                  <li key={i.summary}>{itemLine(i)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewWatchlist({ onMade }: { onMade: () => void }) {
  const { t, term } = useI18n();
  const [form, setForm] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const set = (k: string) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ''));
      const made = await post<{ secret: string | null }>('/watchlists', body);
      setSecret(made.secret);
      setForm({});
      onMade();
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const field = (key: string, label: Key) => (
    <label>
      {t(label)} <input name={key} value={form[key] ?? ''} onChange={set(key)} />
    </label>
  );
  const choice = (key: string, label: Key, values: string[]) => (
    <label>
      {t(label)}{' '}
      <select name={key} value={form[key] ?? ''} onChange={set(key)}>
        <option value="">{t('any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {term(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="new-watchlist" onSubmit={(e) => void submit(e)} aria-label={t('newWatchlist')}>
      <h2>{t('newWatchlist')}</h2>
      <div className="filters">
        <label>
          {t('name')} <input name="name" required value={form.name ?? ''} onChange={set('name')} />
        </label>
        {field('party', 'party')}
        {field('with', 'withParty')}
        {choice('type', 'eventType', EVENT_TYPES)}
        {choice('kind', 'agreementKind', AGREEMENT_KINDS)}
        {field('person', 'person')}
        {field('words', 'words')}
        {field('webhook', 'webhook')}
        {field('email', 'email')}
      </div>
      <button type="submit">{t('create')}</button>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {secret && (
        <p role="status">
          {t('secretOnce')} <code>{secret}</code>
        </p>
      )}
    </form>
  );
}
