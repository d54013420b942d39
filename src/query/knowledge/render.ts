// Text forms of the knowledge base: a dossier as Markdown or HTML, the graph as GraphML or GEXF,
// rows as CSV. Shared by the CLI and the API so that both print alike.
import { stringify } from 'csv-stringify/sync';
import Graphology from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { webUrl } from '../../core/url.js';
import type { Dossier, Graph } from './queries.js';
import type { Source } from './sources.js';

const cite = (sources: Source[]) =>
  sources.map((s) => `${s.doc} (${s.published ?? 'undated'}${s.title ? `, «${s.title}»` : ''})`).join('; ');
const parties = (codes: string[]) => codes.join(' – ');
/** A line's sources, and how many more it rests on when the dossier cut them to the newest few. */
const cited = (line: { sources: Source[]; sourceCount?: number }) => ({
  sources: line.sources,
  more: (line.sourceCount ?? line.sources.length) - line.sources.length,
});
const andMore = (n: number) => (n > 0 ? `; and ${n} more` : '');

/** The dossier's sections as [heading, lines], each line with the documents it rests on. */
function sections(d: Dossier): [string, { text: string; sources: Source[]; more: number }[]][] {
  return [
    [
      'Timeline',
      d.timeline.map((e) => ({
        text: `${e.date ?? `undated (reported ${e.sources[0]?.published ?? '—'})`} ${e.type}: ${parties(e.actors)}${e.place ? ` in ${e.place}` : ''}`,
        ...cited(e),
      })),
    ],
    [
      'Agreements',
      d.agreements.map((a) => ({
        text: `${a.kind}, ${a.status}${a.year ? ` ${a.year}` : ''}${a.until ? ` until ${a.until}` : ''}: ${parties(a.actors)}`,
        ...cited(a),
      })),
    ],
    ['Trade flows', d.flows.map((f) => ({ text: `${f.from} → ${f.to}: HS ${f.chapter} ${f.chapterName.en ?? ''}`.trim(), ...cited(f) }))],
    [
      'Figures',
      d.figures.map((f) => ({
        text: `${f.period ?? f.published ?? ''} ${f.metric} ${parties(f.actors)}: ${f.value ?? ''} ${f.unit ?? ''}${f.change_pct !== null ? ` (${f.change_pct > 0 ? '+' : ''}${f.change_pct}%)` : ''}`
          .replace(/\s+/g, ' ')
          .trim(),
        ...cited(f),
      })),
    ],
    ['Sectors', d.sectors.map((s) => ({ text: `${s.sector} (${s.count})`, ...cited(s) }))],
    [
      'People',
      d.people.map((p) => ({
        text: `${p.name}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}: ${p.offices.map((o) => `${o.role ?? '?'} ${o.party ?? ''} ${o.from ?? ''}–${o.to ?? ''}`.trim()).join('; ')}`,
        ...cited(p),
      })),
    ],
    [
      'Commitments',
      d.commitments.map((c) => ({
        text: `${c.status}: ${c.kind}${c.list === 'agreements' ? ' (agreement)' : ''} ${parties(c.actors)}${c.year ? ` for ${c.year}` : ''}${c.fulfilledBy ? ` — fulfilled by ${c.fulfilledBy.type} ${c.fulfilledBy.date ?? ''}`.trimEnd() : ''}`,
        ...cited(c),
      })),
    ],
  ];
}

const title = (d: Dossier) => `Dossier: ${d.parties.map((p) => `${p.names.en[0] ?? p.code} (${p.code})`).join(' and ')}`;

export function dossierMarkdown(d: Dossier): string {
  const out = [`# ${title(d)}`, '', `As of ${d.today}.`];
  for (const [heading, lines] of sections(d)) {
    out.push('', `## ${heading}`, '');
    if (!lines.length) out.push('_none_');
    for (const l of lines) out.push(`- ${l.text}  \n  sources: ${cite(l.sources)}${andMore(l.more)}`);
  }
  return out.join('\n') + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function dossierHtml(d: Dossier): string {
  const link = (s: Source) =>
    `<a href="${esc(webUrl(s.url) ?? `/documents/${encodeURIComponent(s.doc)}`)}">${esc(s.doc)}</a> ${esc(s.published ?? '')}${s.title ? ` ${esc(s.title)}` : ''}`;
  const body = sections(d)
    .map(
      ([heading, lines]) =>
        `<h2>${esc(heading)}</h2>\n<ul>\n${lines.map((l) => `<li>${esc(l.text)}<br><small>${l.sources.map(link).join('; ')}${andMore(l.more)}</small></li>`).join('\n')}\n</ul>`,
    )
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${esc(title(d))}</title></head><body>\n<h1>${esc(title(d))}</h1>\n<p>As of ${esc(d.today)}.</p>\n${body}\n</body></html>\n`;
}

function toGraphology(g: Graph) {
  const graph = new Graphology.UndirectedGraph();
  for (const n of g.nodes) graph.addNode(n.id, { label: n.label, type: n.type, lat: n.lat ?? '', lon: n.lon ?? '', weight: n.weight });
  for (const e of g.edges) graph.addEdge(e.source, e.target, { weight: e.weight, kinds: JSON.stringify(e.kinds) });
  return graph;
}

export function graphGexf(g: Graph): string {
  return writeGexf(toGraphology(g));
}

/**
 * GraphML by hand: graphology-graphml only parses, and no other kept package writes it. The
 * format is a handful of elements: declared attribute keys, then nodes and edges.
 */
export function graphGraphml(g: Graph): string {
  const keys = [
    ['label', 'node', 'string'],
    ['type', 'node', 'string'],
    ['lat', 'node', 'double'],
    ['lon', 'node', 'double'],
    ['weight', 'node', 'double'],
    ['eweight', 'edge', 'double'],
    ['kinds', 'edge', 'string'],
  ];
  const data = (k: string, v: unknown) => (v === null || v === undefined ? '' : `<data key="${k}">${esc(String(v))}</data>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id === 'eweight' ? 'weight' : id}" attr.type="${type}"/>`),
    '  <graph id="coopgraph" edgedefault="undirected">',
    ...g.nodes.map(
      (n) =>
        `    <node id="${esc(n.id)}">${data('label', n.label)}${data('type', n.type)}${data('lat', n.lat)}${data('lon', n.lon)}${data('weight', n.weight)}</node>`,
    ),
    ...g.edges.map(
      (e) =>
        `    <edge source="${esc(e.source)}" target="${esc(e.target)}">${data('eweight', e.weight)}${data('kinds', JSON.stringify(e.kinds))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** Rows as CSV: nested values as JSON, sources as their document ids. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const flat = rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        k === 'sources' && Array.isArray(v)
          ? (v as Source[]).map((s) => s.doc).join(';')
          : v !== null && typeof v === 'object'
            ? JSON.stringify(v)
            : v,
      ]),
    ),
  );
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return stringify(flat, { header: true, columns });
}

export const toJsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
