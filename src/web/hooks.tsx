// Data loading for the pages, and the names of parties (from /parties/{code}, cached).
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { ApiError, request, type Party } from './api.js';
import { useI18n, type Key } from './i18n.js';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: ApiError | Error };

/** GETs a path (null: nothing yet) and reloads whenever it or `version` changes. */
export function useApi<T>(path: string | null, version = 0): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setLoaded({ state: 'loading' });
    request<T>(path).then(
      (data) => live && setLoaded({ state: 'ok', data }),
      (error: Error) => live && setLoaded({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [path, version]);
  return loaded;
}

/** A route the server does not have yet answers 404 "no route ...". */
const missingRoute = (e: Error) => e instanceof ApiError && e.status === 404 && e.message.startsWith('no route');

export function Status({ of, what }: { of: Loaded<unknown>; what?: Key }) {
  const { t } = useI18n();
  if (of.state === 'loading') return <p className="muted">{t('loading')}</p>;
  if (of.state === 'error')
    return (
      <p className="muted" role="status">
        {missingRoute(of.error) ? t('notYet') : `${t('failed')}${what ? ` (${t(what)})` : ''}: ${of.error.message}`}
      </p>
    );
  return null;
}

const parties = new Map<string, Promise<Party | null>>();
export function loadParty(code: string): Promise<Party | null> {
  let p = parties.get(code);
  if (!p) parties.set(code, (p = request<Party>(`/parties/${encodeURIComponent(code)}`).catch(() => null)));
  return p;
}

/** A party's name in the current language: the gazetteer's when the server has it, else the country's, else the code. */
export function usePartyName(code: string): string {
  return usePartyNames([code]).of(code);
}

export function PartyName({ code }: { code: string }) {
  return <>{usePartyName(code)}</>;
}

export function PartyLink({ code }: { code: string }) {
  const name = usePartyName(code);
  return (
    <Link href={`/party/${encodeURIComponent(code)}`} className="party" title={code}>
      {name}
    </Link>
  );
}

export function Parties({ codes }: { codes: string[] }) {
  return (
    <>
      {codes.map((c, i) => (
        <span key={c}>
          {i > 0 && ' · '}
          <PartyLink code={c} />
        </span>
      ))}
    </>
  );
}

/** The first `n` items, and a button that shows them all: a country's dossier can list thousands. */
export function useShown<T>(items: T[], n = 50): [T[], ReactNode] {
  const { t, number } = useI18n();
  const [all, setAll] = useState(false);
  if (all || items.length <= n) return [items, null];
  return [
    items.slice(0, n),
    <button type="button" className="more no-print" onClick={() => setAll(true)}>
      {t('showAll')} ({number(items.length)})
    </button>,
  ];
}

/** Names for many codes at once (charts take plain strings); each falls back as usePartyName says. */
export function usePartyNames(codes: string[]): { lang: string; of: (code: string) => string } {
  const { lang, country } = useI18n();
  const key = [...new Set(codes)].sort().join(',');
  const [loaded, setLoaded] = useState<Map<string, Party | null>>(new Map());
  useEffect(() => {
    let live = true;
    const list = key ? key.split(',') : [];
    void Promise.all(list.map(loadParty)).then((parties) => live && setLoaded(new Map(list.map((c, i) => [c, parties[i]!]))));
    return () => {
      live = false;
    };
  }, [key]);
  return useMemo(
    () => ({ lang, of: (code: string) => loaded.get(code)?.names[lang][0] ?? loaded.get(code)?.names.en[0] ?? country(code) ?? code }),
    [lang, loaded, country],
  );
}
