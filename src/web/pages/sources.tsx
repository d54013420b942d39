// Followed sources: what the poller fetches, when it last did and what came of it; editors add
// and remove sources here, and may drop article files or paste an article's address to ingest it at once.
import { useState, type DragEvent, type FormEvent } from 'react';
import { post, remove, request, type FollowedSource } from '../api.js';
import { useEditor } from '../editor.js';
import { Status, useApi } from '../hooks.js';
import { useI18n } from '../i18n.js';

/** Local date and time of an ISO instant. */
function useWhen() {
  const { lang } = useI18n();
  const f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string | null) => (iso ? f.format(new Date(iso)) : '—');
}

function every(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const)
    if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

export function SourcesPage() {
  const { t } = useI18n();
  const editor = useEditor();
  const when = useWhen();
  const [version, setVersion] = useState(0);
  const sources = useApi<FollowedSource[]>('/sources', version);
  const [url, setUrl] = useState('');
  const [interval, setInterval] = useState('30m');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await post('/sources', { url: url.trim(), every: interval.trim() || undefined, name: name.trim() || undefined });
      setUrl('');
      setName('');
      setVersion((v) => v + 1);
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const drop = async (id: string) => {
    try {
      await remove(`/sources/${encodeURIComponent(id)}`);
      setVersion((v) => v + 1);
    } catch (err) {
      setMessage((err as Error).message);
    }
  };

  return (
    <div className="follow">
      <h1>{t('followTitle')}</h1>
      <p className="muted">{t('followHint')}</p>
      {editor.canEdit ? (
        <form className="filters" onSubmit={(e) => void add(e)} aria-label={t('follow')}>
          <label>
            {t('address')} <input type="url" name="url" required value={url} onChange={(e) => setUrl(e.target.value)} size={40} />
          </label>{' '}
          <label>
            {t('every')} <input name="every" value={interval} onChange={(e) => setInterval(e.target.value)} size={5} />
          </label>{' '}
          <label>
            {t('name')} <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>{' '}
          <button type="submit" disabled={busy}>
            {t('follow')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('editorsOnly')}</p>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {sources.state !== 'ok' ? (
        <Status of={sources} />
      ) : sources.data.length === 0 ? (
        <p className="muted">{t('noSources')}</p>
      ) : (
        <table className="sources">
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('kind')}</th>
              <th>{t('every')}</th>
              <th>{t('status')}</th>
              <th>{t('lastFetch')}</th>
              <th>{t('nextFetch')}</th>
              <th>{t('stored')}</th>
              <th>{t('lastError')}</th>
              {editor.canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {sources.data.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={s.url} rel="noopener noreferrer" target="_blank">
                    {s.name ?? s.url}
                  </a>
                </td>
                <td>{s.kind}</td>
                <td>{every(s.everyMs)}</td>
                <td className="status">{s.lastStatus ?? '—'}</td>
                <td>{when(s.lastFetchAt)}</td>
                <td>{when(s.nextFetchAt)}</td>
                <td className="stored">{s.items}</td>
                <td className="error">{s.lastError ?? ''}</td>
                {editor.canEdit && (
                  <td>
                    <button type="button" onClick={() => void drop(s.id)} aria-label={`${t('remove')} ${s.name ?? s.url}`}>
                      {t('remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editor.canEdit && <DropFiles />}
    </div>
  );
}

/** Article files dropped here go to POST /documents, each as it is (plain text or HTML). */
function DropFiles() {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [results, setResults] = useState<string[]>([]);
  const ingest = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const lines: string[] = [];
    for (const file of Array.from(e.dataTransfer.files)) {
      const type = /\.html?$/i.test(file.name) ? 'text/html' : 'text/plain';
      const id = file.name.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
      try {
        const outcome = await request<{ status: string; id: string }>(`/documents?id=${encodeURIComponent(id)}`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: await file.text(),
        });
        lines.push(`${file.name}: ${outcome.status === 'inserted' ? t('ingested') : t('duplicate')} (${outcome.id})`);
      } catch (err) {
        lines.push(`${file.name}: ${(err as Error).message}`);
      }
    }
    setResults(lines);
  };
  const [address, setAddress] = useState('');
  const fetchOne = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const outcome = await post<{ status: string; id: string }>('/sources/ingest', { url: address.trim() });
      setResults([`${address.trim()}: ${outcome.status === 'inserted' ? t('ingested') : t('duplicate')} (${outcome.id})`]);
      setAddress('');
    } catch (err) {
      setResults([`${address.trim()}: ${(err as Error).message}`]);
    }
  };
  return (
    <div
      className={over ? 'dropzone over' : 'dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void ingest(e)}
    >
      <p>{t('dropHere')}</p>
      <form onSubmit={(e) => void fetchOne(e)}>
        <label>
          {t('pasteUrl')}{' '}
          <input type="url" name="article" required value={address} onChange={(e) => setAddress(e.target.value)} size={40} />
        </label>{' '}
        <button type="submit">{t('ingestNow')}</button>
      </form>
      {results.length > 0 && (
        <ul role="status">
          {results.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
