// Request and response shapes of the knowledge-base routes (validation and the OpenAPI document).
import { z } from '@hono/zod-openapi';
import { EVENT_TYPES, SECTORS } from '../core/facts.js';
import { MAX_LIMIT } from '../query/documents.js';
import { SearchHit } from './schemas.js';

const code = z.string().regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'expected a party code such as RU-ALT or KZ');
const dateish = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).optional();

export const CodeParam = z.object({ code: code.openapi({ param: { name: 'code', in: 'path' }, example: 'RU-ALT' }) });

export const Source = z
  .object({ doc: z.string(), title: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() })
  .openapi('Source');
const sources = z.array(Source);
const sourceCount = z
  .number()
  .int()
  .optional()
  .openapi({ description: 'how many documents the line rests on, when `sources` was cut to the newest few' });
const Names = z.object({ ru: z.array(z.string()), en: z.array(z.string()) });

export const Party = z
  .object({
    code: z.string(),
    type: z.enum(['country', 'region', 'city', 'unknown']),
    country: z.string(),
    names: Names,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .openapi('Party');

export const Partner = z
  .object({ party: z.string(), names: Names, score: z.number(), lastContact: z.string().nullable() })
  .openapi('Partner');

export const Event = z
  .object({
    id: z.string(),
    type: z.string(),
    actors: z.array(z.string()),
    date: z.string().nullable(),
    place: z.string().nullable(),
    sources,
    sourceCount,
  })
  .openapi('Event');

const Agreement = z.object({
  id: z.string(),
  kind: z.string(),
  actors: z.array(z.string()),
  status: z.enum(['signed', 'planned']),
  year: z.number().nullable(),
  until: z.number().nullable(),
  sources,
  sourceCount,
});
const Flow = z.object({
  from: z.string(),
  to: z.string(),
  chapter: z.string(),
  chapterName: z.object({ en: z.string().nullable(), ru: z.string().nullable() }),
  sources,
  sourceCount,
});
const Figure = z.object({
  id: z.string(),
  metric: z.string(),
  actors: z.array(z.string()),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  change_pct: z.number().nullable(),
  period: z.string().nullable(),
  published: z.string().nullable(),
  sources,
  sourceCount,
});
export const Person = z
  .object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    role: z.string().nullable(),
    party: z.string().nullable(),
    offices: z.array(
      z.object({ role: z.string().nullable(), party: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }),
    ),
    sources,
    sourceCount,
  })
  .openapi('Person');
const Commitment = z.object({
  id: z.string(),
  kind: z.string(),
  list: z.enum(['plans', 'agreements']),
  actors: z.array(z.string()),
  year: z.number().nullable(),
  status: z.enum(['open', 'fulfilled', 'overdue']),
  fulfilledBy: z.object({ id: z.string(), type: z.string(), date: z.string().nullable(), sources, sourceCount }).optional(),
  sources,
  sourceCount,
});

export const Dossier = z
  .object({
    parties: z.array(Party),
    today: z.string().openapi({ description: 'the day commitments are judged against' }),
    timeline: z.array(Event),
    agreements: z.array(Agreement),
    flows: z.array(Flow),
    figures: z.array(Figure),
    sectors: z.array(z.object({ sector: z.string(), count: z.number(), sources, sourceCount })),
    people: z.array(Person),
    commitments: z.array(Commitment),
  })
  .openapi('Dossier');

export const DossierQuery = z.object({
  with: code.optional().openapi({ description: 'a second party: only the relation of the two', example: 'KZ' }),
  format: z.enum(['json', 'md', 'html']).optional(),
  today: dateish.optional().openapi({ description: 'judge overdue commitments as of this day (default: the newest publication)' }),
  sources: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .openapi({ description: 'at most this many sources per line, the newest, with `sourceCount` (default: all; 10 for md and html)' }),
});

export const Overview = z
  .object({
    counts: z.object({
      documents: z.number(),
      events: z.number(),
      agreements: z.number(),
      flows: z.number(),
      people: z.number(),
      parties: z.number(),
    }),
    latestEvents: z.array(Event),
    topPairs: z.array(z.object({ a: z.string(), b: z.string(), weight: z.number() })),
    activityByMonth: z.array(z.object({ month: z.string(), count: z.number() })),
  })
  .openapi('Overview');

export const TimelineQuery = z.object({
  party: code.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  from: dateish.optional(),
  to: dateish.optional(),
  limit,
});

export const GraphQuery = z.object({
  from: dateish.optional(),
  to: dateish.optional(),
  kind: z.string().optional().openapi({ description: 'an event type, agreement, flow, figure or plan' }),
  format: z.enum(['json', 'graphml', 'gexf']).optional(),
});

export const Graph = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        type: z.string(),
        lat: z.number().nullable(),
        lon: z.number().nullable(),
        weight: z.number(),
      }),
    ),
    edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number(), kinds: z.record(z.string(), z.number()) })),
  })
  .openapi('Graph');

export const ExportQuery = z.object({
  what: z.enum(['facts', 'events', 'agreements', 'flows', 'figures']).default('facts'),
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
});

export const FacetedSearchQuery = z.object({
  q: z.string().trim().min(1, 'expected words to search for').openapi({ example: 'поставки зерна' }),
  party: code.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  sector: z.enum(SECTORS).optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  from: dateish.optional(),
  to: dateish.optional(),
  limit,
});

const counts = z.record(z.string(), z.number());
export const FacetedSearch = z
  .object({
    items: z.array(SearchHit),
    facets: z.object({ party: counts, type: counts, sector: counts, lang: counts }),
    facts: z.array(z.object({ doc: z.string(), list: z.string(), item: z.record(z.string(), z.unknown()) })),
  })
  .openapi('FacetedSearch');

export const ItemParams = z.object({
  doc: z.string().openapi({ param: { name: 'doc', in: 'path' } }),
  list: z.enum(['people', 'events', 'agreements', 'flows', 'figures', 'plans', 'sectors']).openapi({ param: { name: 'list', in: 'path' } }),
  index: z.coerce
    .number()
    .int()
    .min(0)
    .openapi({ param: { name: 'index', in: 'path' } }),
});

export const Curated = z
  .object({ key: z.string(), action: z.enum(['confirm', 'reject', 'correct']), item: z.unknown() })
  .openapi('Curated');
export const Whoami = z.object({ role: z.enum(['reader', 'editor', 'admin']).nullable() }).openapi('Whoami');
export const MergeBody = z.object({ from: z.string().min(1), into: z.string().min(1) });
export const AliasBody = z.object({ alias: z.string().trim().min(1) });
export const PersonParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
export const PeopleQuery = z.object({ party: code.optional() });
