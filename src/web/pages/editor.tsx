// The editor's page: log in with a token (kept in sessionStorage for this tab only), and merge
// people who are the same person. Facts are curated from the document view.
import { useState, type FormEvent } from 'react';
import { post, type Person } from '../api.js';
import { useEditor } from '../editor.js';
import { PartyName, Status, useApi } from '../hooks.js';
import { useI18n } from '../i18n.js';

/** Rows shown at once: a large store knows thousands of people; the filter finds the rest. */
const SHOWN = 200;

export function EditorPage() {
  const { t } = useI18n();
  const editor = useEditor();
  const [value, setValue] = useState('');
  const [refused, setRefused] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefused(!(await editor.login(value.trim())));
    setValue('');
  };
  if (!editor.role)
    return (
      <form className="login" onSubmit={(e) => void submit(e)}>
        <h1>{t('editor')}</h1>
        <label>
          {t('token')} <input type="password" name="token" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
        </label>{' '}
        <button type="submit">{t('login')}</button>
        {refused && <p className="error">{t('badToken')}</p>}
      </form>
    );
  return (
    <div>
      <h1>{t('editor')}</h1>
      <p>
        {t('loggedAs')} {editor.role}.{' '}
        <button type="button" onClick={editor.logout}>
          {t('logout')}
        </button>
      </p>
      {editor.canEdit ? <MergePeople /> : <p>{t('reader')}</p>}
    </div>
  );
}

/** People are merged one into another: each one ticked as the same person is merged into the one kept. */
function MergePeople() {
  const { t, term } = useI18n();
  const [version, setVersion] = useState(0);
  const people = useApi<Person[]>('/people', version);
  const [filter, setFilter] = useState('');
  const [keep, setKeep] = useState<string | null>(null);
  const [same, setSame] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  if (people.state !== 'ok') return <Status of={people} />;
  const words = filter.trim().toLowerCase();
  const shown = people.data
    .filter((p) => p.id === keep || same.has(p.id) || !words || [p.name, ...p.aliases].some((n) => n.toLowerCase().includes(words)))
    .slice(0, SHOWN);
  const merge = async () => {
    try {
      for (const from of same) await post('/people/merge', { from, into: keep });
      setMessage(t('done'));
      setKeep(null);
      setSame(new Set());
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const toggle = (id: string) =>
    setSame((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section>
      <h2>{t('mergePeople')}</h2>
      <p className="muted">{t('mergeHint')}</p>
      <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('filter')} aria-label={t('filter')} />
      <table className="people">
        <thead>
          <tr>
            <th>{t('keep')}</th>
            <th>{t('same')}</th>
            <th />
            <th>{t('role')}</th>
            <th>{t('party')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>
                <input
                  type="radio"
                  name="keep"
                  checked={keep === p.id}
                  onChange={() => setKeep(p.id)}
                  aria-label={`${t('keep')} ${p.name}`}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={same.has(p.id)}
                  disabled={keep === p.id}
                  onChange={() => toggle(p.id)}
                  aria-label={`${t('same')} ${p.name}`}
                />
              </td>
              <td>
                {p.name}
                {p.aliases.length > 0 && <span className="muted"> ({p.aliases.join(', ')})</span>}
              </td>
              <td>{term(p.role)}</td>
              <td>{p.party && <PartyName code={p.party} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={!keep || !same.size} onClick={() => void merge()}>
        {t('merge')}
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
