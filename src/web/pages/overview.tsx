// Overview: counts, latest events, the most active pairs, activity by month, and a map with a
// line between every pair of parties that cooperate.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Graph, Overview } from '../api.js';
import { Chart, usePreloadCharts, type Option } from '../charts.js';
import { Parties, PartyLink, Status, useApi } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';

export function OverviewPage() {
  usePreloadCharts();
  const { t, term, date, number } = useI18n();
  const overview = useApi<Overview>('/overview');
  const activity = useMemo<Option | null>(() => {
    if (overview.state !== 'ok') return null;
    const months = overview.data.activityByMonth;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('documents'), data: months.map((m) => m.count), itemStyle: { color: '#3b6ea8' } }],
    };
  }, [overview, t]);

  if (overview.state !== 'ok') return <Status of={overview} />;
  const { counts, latestEvents, topPairs } = overview.data;
  return (
    <div className="overview">
      <h1>{t('overview')}</h1>
      <ul className="counts" aria-label="counts">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
          <li key={k}>
            <strong>{number(counts[k])}</strong> {t(k as Key)}
          </li>
        ))}
      </ul>
      <div className="columns">
        <section>
          <h2>{t('latestEvents')}</h2>
          <ul className="events">
            {latestEvents.map((e, i) => (
              <li key={e.id ?? i}>
                <span className="date">{date(e.date)}</span> <span className={`tag k-events`}>{term(e.type)}</span>{' '}
                <Parties codes={e.actors} />
                {e.sources?.[0] && (
                  <>
                    {' — '}
                    <Link href={`/doc/${encodeURIComponent(e.sources[0].doc)}`}>{e.sources[0].title ?? e.sources[0].doc}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('topPairs')}</h2>
          <table>
            <tbody>
              {topPairs.map((p) => (
                <tr key={`${p.a}|${p.b}`}>
                  <td>
                    <PartyLink code={p.a} />
                  </td>
                  <td>
                    <PartyLink code={p.b} />
                  </td>
                  <td className="num">
                    <Link href={`/party/${encodeURIComponent(p.a)}/with/${encodeURIComponent(p.b)}`}>
                      {number(p.weight)} {t('weight')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section>
        <h2>{t('activity')}</h2>
        {activity && <Chart option={activity} height={240} label={t('activity')} />}
      </section>
      <section>
        <h2>{t('map')}</h2>
        <CooperationMap />
      </section>
    </div>
  );
}

/**
 * Parties as points at their gazetteer coordinates, pairs as lines weighted by how often they
 * cooperate. The graph and the shapes load once the map scrolls into view: on a large store the
 * graph is the slowest request, and it should not hold up the rest of the page.
 */
export function CooperationMap() {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setVisible(true));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);
  const graph = useApi<Graph>(visible ? '/graph?format=json' : null);
  const [view, setView] = useState<typeof import('../geo.js').VIEW | null>(null);
  useEffect(() => {
    if (visible) void import('../geo.js').then(async ({ worldMap, VIEW }) => (await worldMap(), setView(VIEW)));
  }, [visible]);
  const option = useMemo<Option | null>(() => {
    if (graph.state !== 'ok' || !view) return null;
    const at = new Map(graph.data.nodes.filter((n) => n.lat !== null && n.lon !== null).map((n) => [n.id, [n.lon!, n.lat!]]));
    const top = Math.max(1, ...graph.data.edges.map((e) => e.weight));
    return {
      tooltip: { trigger: 'item' },
      geo: { map: 'world', roam: true, ...view, itemStyle: { areaColor: '#eef1f4', borderColor: '#b8c2cc' }, emphasis: { disabled: true } },
      series: [
        {
          type: 'lines',
          coordinateSystem: 'geo',
          data: graph.data.edges
            .filter((e) => at.has(e.source) && at.has(e.target))
            .map((e) => ({
              name: `${e.source} — ${e.target}: ${e.weight}`,
              coords: [at.get(e.source), at.get(e.target)],
              lineStyle: { width: 1 + (4 * e.weight) / top, opacity: 0.7 },
            })),
          lineStyle: { color: '#c2571a', curveness: 0.2 },
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          data: graph.data.nodes.filter((n) => at.has(n.id)).map((n) => ({ name: n.label || n.id, value: [...at.get(n.id)!, n.weight] })),
          symbolSize: (v: number[]) => 4 + Math.sqrt(v[2] ?? 1) * 2,
          itemStyle: { color: '#3b6ea8' },
          label: { show: true, formatter: '{b}', position: 'right', fontSize: 10 },
        },
      ],
    };
  }, [graph, view]);
  return (
    <div ref={box} style={{ minHeight: 460 }}>
      {option ? <Chart key={lang} option={option} height={460} label={t('map')} /> : <Status of={graph} />}
    </div>
  );
}
