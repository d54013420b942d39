// The cooperation network: parties as nodes, cooperation as weighted edges, filtered by period and
// by kind of tie; a click on a node opens its dossier.
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { query, type Graph } from '../api.js';
import { Chart, usePreloadCharts, type ChartEvent, type Option } from '../charts.js';
import { Status, useApi } from '../hooks.js';
import { useI18n } from '../i18n.js';

/** What ties two parties: an event of a type, or an agreement, a flow, a figure, a plan. */
const KINDS = ['meeting', 'visit', 'signing', 'forum', 'proposal', 'agreement', 'flow', 'figure', 'plan'];
const COLOURS: Record<string, string> = { country: '#c2571a', region: '#3b6ea8', city: '#5b8c4a' };

export function NetworkPage() {
  usePreloadCharts();
  const { t, term, lang } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const filter = { from: params.get('from') ?? '', to: params.get('to') ?? '', kind: params.get('kind') ?? '' };
  const graph = useApi<Graph>(`/graph${query({ ...filter, format: 'json' })}`);
  const set = (change: Partial<typeof filter>) => navigate(`/network${query({ ...filter, ...change })}`, { replace: true });

  const option = useMemo<Option | null>(() => {
    if (graph.state !== 'ok') return null;
    const top = Math.max(1, ...graph.data.nodes.map((n) => n.weight));
    const heaviest = Math.max(1, ...graph.data.edges.map((e) => e.weight));
    return {
      tooltip: {},
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          force: { repulsion: 220, edgeLength: [60, 180] },
          label: { show: true, position: 'right', fontSize: 11 },
          data: graph.data.nodes.map((n) => ({
            id: n.id,
            name: n.label || n.id,
            value: n.weight,
            symbolSize: 8 + 24 * Math.sqrt(n.weight / top),
            itemStyle: { color: COLOURS[n.type] ?? '#777' },
          })),
          links: graph.data.edges.map((e) => ({
            source: e.source,
            target: e.target,
            value: e.weight,
            lineStyle: { width: 1 + (5 * e.weight) / heaviest, opacity: 0.6 },
          })),
        },
      ],
    };
  }, [graph]);
  const open = useCallback(
    (e: ChartEvent) => {
      if (e.dataType === 'node') navigate(`/party/${encodeURIComponent((e.data as { id: string }).id)}`);
    },
    [navigate],
  );

  return (
    <div className="network">
      <h1>{t('network')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('from')} <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          {t('to')} <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label>
          {t('kind')}{' '}
          <select value={filter.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">{t('allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {term(k)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="muted">{t('openDossier')}</p>
      {option ? <Chart key={lang} option={option} height={620} onClick={open} label={t('network')} /> : <Status of={graph} />}
    </div>
  );
}
