// The web app: a header (sections, RU/EN, editor login state) over one page per route.
// Client routes avoid the API's paths (/documents, /search, /dossier...), which the server answers.
import { StrictMode, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, Route, Switch, useRoute } from 'wouter';
import { request, token } from './api.js';
import { I18nContext, initialLang, makeI18n, type Key, type Lang } from './i18n.js';
import { EditorContext, type Editor } from './editor.js';
import { DocumentPage } from './pages/document.js';
import { DossierPage } from './pages/dossier.js';
import { EditorPage } from './pages/editor.js';
import { NetworkPage } from './pages/network.js';
import { OverviewPage } from './pages/overview.js';
import { SearchPage } from './pages/search.js';
import { SourcesPage } from './pages/sources.js';
import { WatchlistsPage } from './pages/watchlists.js';
import './styles.css';

function NavLink({ href, label }: { href: string; label: string }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} className={active ? 'active' : undefined}>
      {label}
    </Link>
  );
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const [role, setRole] = useState<string | null>(null);
  const editor = useMemo<Editor>(
    () => ({
      role,
      canEdit: role === 'editor' || role === 'admin',
      login: async (value) => {
        token.set(value);
        const granted = await request<{ role: string | null }>('/whoami').then(
          (r) => r.role,
          () => null,
        );
        if (!granted) token.clear();
        setRole(granted);
        return granted !== null;
      },
      logout: () => {
        token.clear();
        setRole(null);
      },
    }),
    [role],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem('coopgraph.lang', lang);
  }, [lang]);
  useEffect(() => {
    const saved = token.get();
    if (saved && !editor.role) void editor.login(saved);
  }, [editor]);

  const nav: [string, Key][] = [
    ['/', 'overview'],
    ['/find', 'search'],
    ['/network', 'network'],
    ['/follow', 'followNav'],
    ['/watch', 'watchNav'],
    ['/editor', 'editor'],
  ];
  return (
    <I18nContext.Provider value={i18n}>
      <EditorContext.Provider value={editor}>
        <header className="top no-print">
          <Link href="/" className="brand">
            coopgraph <small>{i18n.t('tagline')}</small>
          </Link>
          <nav>
            {nav.map(([href, key]) => (
              <NavLink key={href} href={href} label={i18n.t(key)} />
            ))}
          </nav>
          <span className="who">{role && `${i18n.t('loggedAs')} ${role}`}</span>
          <div className="langs" role="group" aria-label="language">
            {(['ru', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </header>
        <main>
          <Switch>
            <Route path="/" component={OverviewPage} />
            <Route path="/find" component={SearchPage} />
            <Route path="/doc/:id">{(p) => <DocumentPage id={p.id} />}</Route>
            <Route path="/party/:code/with/:other">{(p) => <DossierPage code={p.code} other={p.other} />}</Route>
            <Route path="/party/:code">{(p) => <DossierPage code={p.code} />}</Route>
            <Route path="/network" component={NetworkPage} />
            <Route path="/follow" component={SourcesPage} />
            <Route path="/watch/:id">{(p) => <WatchlistsPage id={p.id} />}</Route>
            <Route path="/watch">{() => <WatchlistsPage />}</Route>
            <Route path="/editor" component={EditorPage} />
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </main>
      </EditorContext.Provider>
    </I18nContext.Provider>
  );
}

function NotFound(): ReactNode {
  return <p className="muted">404</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
