// A party's dossier, or a pair's (`/party/A/with/B`): timeline, agreements, trade flows as a
// Sankey of HS chapters in each direction, figures over time, people, open commitments and the
// sources behind them; exported as Markdown or as a print-friendly page by the server.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { query, type Dossier, type Source } from '../api.js';
import { Chart, usePreloadCharts, type Option } from '../charts.js';
import { Parties, PartyName, Status, useApi, usePartyNames, useShown } from '../hooks.js';
import { useI18n, type I18n } from '../i18n.js';
import { webLink } from '../url.js';

export function DossierPage({ code, other }: { code: string; other?: string }) {
  usePreloadCharts();
  const i18n = useI18n();
  const { t, term, date } = i18n;
  const path = `/dossier/${encodeURIComponent(code)}`;
  const dossier = useApi<Dossier>(`${path}${query({ with: other, format: 'json', sources: PAGE_SOURCES })}`);
  const names = usePartyNames(dossier.state === 'ok' ? dossier.data.flows.flatMap((f) => [f.from, f.to]) : []);
  const flows = useMemo(() => (dossier.state === 'ok' ? sankey(dossier.data, names) : null), [dossier, names]);
  const figures = useMemo(() => (dossier.state === 'ok' ? figureChart(dossier.data, i18n) : null), [dossier, i18n]);
  const d = dossier.state === 'ok' ? dossier.data : null;
  const sources = useMemo(() => (d ? allSources(d) : []), [d]);
  const [timeline, moreTimeline] = useShown(d?.timeline ?? []);
  const [agreements, moreAgreements] = useShown(d?.agreements ?? []);
  const [figureRows, moreFigures] = useShown(d?.figures ?? []);
  const [people, morePeople] = useShown(d?.people ?? []);
  const [commitments, moreCommitments] = useShown(d?.commitments.filter((c) => c.status !== 'fulfilled') ?? []);
  const [sourceRows, moreSources] = useShown(sources);

  const title = (
    <h1>
      {t('dossier')}: <PartyName code={code} />
      {other && (
        <>
          {' '}
          {t('pairWith')} <PartyName code={other} />
        </>
      )}
    </h1>
  );
  if (!d)
    return (
      <div>
        {title}
        <Status of={dossier} />
      </div>
    );
  return (
    <div className="dossier">
      {title}
      <p className="no-print actions">
        <a href={`${path}${query({ with: other, format: 'md' })}`} download={`dossier-${code}${other ? `-${other}` : ''}.md`}>
          {t('exportMd')}
        </a>{' '}
        <a href={`${path}${query({ with: other, format: 'html' })}`} target="_blank" rel="noopener">
          {t('printable')}
        </a>
      </p>

      <section>
        <h2>{t('timeline')}</h2>
        <ul className="events">
          {timeline.map((e) => (
            <li key={e.id}>
              <span className="date">{date(e.date)}</span> <span className="tag k-events">{term(e.type)}</span> <Parties codes={e.actors} />
              {e.place && ` · ${e.place}`} <Sources of={e.sources} count={e.sourceCount} />
            </li>
          ))}
        </ul>
        {moreTimeline}
      </section>

      <section>
        <h2>{t('agreements')}</h2>
        <table className="agreements">
          <thead>
            <tr>
              <th>{t('kind')}</th>
              <th>{t('actors')}</th>
              <th>{t('status')}</th>
              <th>{t('year')}</th>
              <th>{t('until')}</th>
              <th>{t('sources')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id}>
                <td>{term(a.kind)}</td>
                <td>
                  <Parties codes={a.actors} />
                </td>
                <td>{term(a.status)}</td>
                <td>{a.year ?? '—'}</td>
                <td>{a.until ?? '—'}</td>
                <td>
                  <Sources of={a.sources} count={a.sourceCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {moreAgreements}
      </section>

      <section className="flows">
        <h2>{t('flows')}</h2>
        {flows ? (
          <Chart option={flows.option} height={Math.max(220, flows.rows * 28)} label={t('flowsChart')} />
        ) : (
          <p className="muted">—</p>
        )}
        <ul className="print-only">
          {d.flows.map((f, i) => (
            <li key={i}>
              <PartyName code={f.from} /> → <PartyName code={f.to} />: {f.chapter} {f.chapterName[i18n.lang] ?? f.chapterName.en}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t('figures')}</h2>
        {figures && <Chart option={figures} height={260} label={t('figures')} />}
        <table>
          <thead>
            <tr>
              <th>{t('metric')}</th>
              <th>{t('value')}</th>
              <th>{t('change')}</th>
              <th>{t('period')}</th>
              <th>{t('actors')}</th>
              <th>{t('sources')}</th>
            </tr>
          </thead>
          <tbody>
            {figureRows.map((f) => (
              <tr key={f.id}>
                <td>{term(f.metric)}</td>
                <td className="num">
                  {i18n.number(f.value)} {f.unit ?? ''}
                </td>
                <td className="num">{f.change_pct === null ? '—' : `${i18n.number(f.change_pct)}%`}</td>
                <td>{f.period ?? date(f.published)}</td>
                <td>
                  <Parties codes={f.actors} />
                </td>
                <td>
                  <Sources of={f.sources} count={f.sourceCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {moreFigures}
      </section>

      {d.sectors.length > 0 && (
        <section>
          <h2>{t('sectors')}</h2>
          <p>{d.sectors.map((s) => `${term(s.sector)} (${s.count})`).join(', ')}</p>
        </section>
      )}

      <section>
        <h2>{t('people')}</h2>
        <table>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{term(p.role)}</td>
                <td>{p.party && <PartyName code={p.party} />}</td>
                <td>
                  <Sources of={p.sources} count={p.sourceCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {morePeople}
      </section>

      <section>
        <h2>{t('commitments')}</h2>
        <table>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id} className={c.status === 'overdue' ? 'overdue' : undefined}>
                <td>{term(c.kind)}</td>
                <td>
                  <Parties codes={c.actors} />
                </td>
                <td>{c.year ?? '—'}</td>
                <td>{term(c.status)}</td>
                <td>
                  <Sources of={c.sources} count={c.sourceCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {moreCommitments}
      </section>

      <section>
        <h2>{t('sources')}</h2>
        <ol className="sources">
          {sourceRows.map((s) => (
            <li key={s.doc}>
              <span className="date">{date(s.published)}</span> <Link href={`/doc/${encodeURIComponent(s.doc)}`}>{s.title ?? s.doc}</Link>
              {webLink(s.url) && (
                <>
                  {' '}
                  <a href={webLink(s.url)} rel="noopener noreferrer" target="_blank" className="muted">
                    ↗
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
        {moreSources}
      </section>
    </div>
  );
}

/**
 * Sources per line asked of the API: the newest few, with the count of all (the server computes
 * the busiest parties' dossiers ahead with the same number: PAGE_SOURCES in query/knowledge).
 */
const PAGE_SOURCES = 5;

/** A line's sources as numbered links, then how many more there are. */
function Sources({ of, count }: { of: Source[]; count?: number }) {
  const more = (count ?? of.length) - Math.min(of.length, PAGE_SOURCES);
  return (
    <span className="refs">
      {of.slice(0, PAGE_SOURCES).map((s, i) => (
        <Link key={s.doc} href={`/doc/${encodeURIComponent(s.doc)}`} title={s.title ?? s.doc}>
          [{i + 1}]
        </Link>
      ))}
      {more > 0 && <span className="muted"> +{more}</span>}
    </span>
  );
}

function allSources(d: Dossier): Source[] {
  const lists = [d.timeline, d.agreements, d.flows, d.figures, d.sectors, d.people, d.commitments] as { sources: Source[] }[][];
  const byDoc = new Map(lists.flatMap((l) => l.flatMap((x) => x.sources)).map((s) => [s.doc, s]));
  return [...byDoc.values()].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
}

/**
 * Goods in each direction: exporter (left) → HS chapter → importer (right). Each direction has
 * its own chapter and party nodes, so flows both ways never make the cycle a Sankey cannot draw.
 */
function sankey(d: Dossier, names: { lang: string; of: (code: string) => string }): { option: Option; rows: number } | null {
  if (!d.flows.length) return null;
  const lang = names.lang as 'ru' | 'en';
  const name = names.of;
  const nodes = new Map<string, string>();
  const links = new Map<string, { source: string; target: string; value: number }>();
  const link = (source: string, target: string, value: number) => {
    const k = `${source}\u0000${target}`;
    const l = links.get(k) ?? links.set(k, { source, target, value: 0 }).get(k)!;
    l.value += value;
  };
  for (const f of d.flows) {
    const from = `⇤ ${f.from}`;
    const chapter = `${f.chapter} ${f.from}→${f.to}`;
    const to = `${f.to} ⇥`;
    nodes.set(from, name(f.from));
    nodes.set(chapter, `${f.chapter} ${f.chapterName[lang] ?? f.chapterName.en ?? ''}`.trim());
    nodes.set(to, name(f.to));
    const weight = Math.max(1, f.sourceCount ?? f.sources.length);
    link(from, chapter, weight);
    link(chapter, to, weight);
  }
  return {
    rows: [...nodes.keys()].filter((k) => !k.startsWith('⇤') && !k.endsWith('⇥')).length,
    option: {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'sankey',
          nodeAlign: 'justify',
          data: [...nodes].map(([id, label]) => ({ name: id, label: { formatter: label } })),
          links: [...links.values()],
          lineStyle: { color: 'gradient', opacity: 0.4 },
          label: { fontSize: 11 },
        },
      ],
    },
  };
}

/** Each metric a line over time (the period when given as a year, else the date published). */
function figureChart(d: Dossier, { term }: I18n): Option | null {
  const points = d.figures.filter((f) => f.value !== null);
  if (!points.length) return null;
  const when = (f: Dossier['figures'][number]) =>
    f.period && /^\d{4}/.test(f.period) ? f.period.slice(0, 4) : (f.published ?? '').slice(0, 7);
  const key = (f: Dossier['figures'][number]) => `${f.metric}|${f.unit ?? ''}`;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 16, top: 32, bottom: 32 },
    xAxis: { type: 'category', data: [...new Set(points.map(when))].sort() },
    yAxis: { type: 'value' },
    series: [...new Set(points.map(key))].map((k) => {
      const [metric, unit] = k.split('|') as [string, string];
      return {
        type: 'line',
        name: unit ? `${term(metric)} (${unit})` : term(metric),
        connectNulls: true,
        data: points.filter((f) => key(f) === k).map((f) => [when(f), f.value]),
      };
    }),
  };
}
