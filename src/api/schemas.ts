// Request and response shapes of the HTTP API: validation and the OpenAPI document come from these.
import { z } from '@hono/zod-openapi';
import { AGREEMENT_KINDS, EVENT_TYPES, METRICS, PLAN_KINDS, ROLES, SECTORS } from '../core/facts.js';
import { ISO_DATE, MAX_LIMIT } from '../query/documents.js';

const isoDate = (what: string) =>
  z.string().regex(ISO_DATE, 'expected a date as YYYY-MM-DD').openapi({ description: what, example: '2025-03-14' });
const lang = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'expected a language code such as ru or en')
  .openapi({ example: 'ru' });

export const DocumentFilter = z.object({
  lang: lang.optional(),
  from: isoDate('published on or after').optional(),
  to: isoDate('published on or before').optional(),
});

export const ListQuery = DocumentFilter.extend({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().openapi({ example: 20 }),
  offset: z.coerce.number().int().min(0).optional().openapi({ example: 0 }),
});

export const SearchQuery = ListQuery.omit({ offset: true }).extend({
  q: z.string().trim().min(1, 'expected words to search for').openapi({ example: 'поставки зерна' }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'altai-ekaterinburg-2025' }),
});

export const NewDocument = z
  .object({
    id: z
      .string()
      .regex(/^[\w.-]{1,200}$/, 'expected letters, digits, dot, dash or underscore')
      .optional()
      .openapi({ description: 'default: derived from the text' }),
    title: z.string().max(1000).optional(),
    published: isoDate('publication date').optional(),
    url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).optional(),
    text: z.string().trim().min(1, 'expected the article text'),
  })
  .openapi('NewDocument');

const code = z.string().openapi({ example: 'RU-ALT' });
const evidence = z
  .array(z.object({ start: z.number(), end: z.number(), sentence: z.string().optional(), rule: z.string().optional() }))
  .optional();
const year = z.number().int().nullable();

export const Facts = z
  .object({
    doc: z.string(),
    lang: z.string(),
    published: z.string().nullable(),
    title: z.string().nullable().optional(),
    actors: z.array(code),
    people: z.array(z.object({ name: z.string(), role: z.enum(ROLES).nullable(), actor: code.nullable(), evidence })),
    events: z.array(
      z.object({ type: z.enum(EVENT_TYPES), actors: z.array(code), date: z.string().nullable(), place: z.string().nullable(), evidence }),
    ),
    agreements: z.array(
      z.object({
        kind: z.enum(AGREEMENT_KINDS),
        actors: z.array(code),
        status: z.enum(['signed', 'planned']),
        year,
        until: year,
        evidence,
      }),
    ),
    flows: z.array(z.object({ from: code, to: code, goods: z.array(z.string().openapi({ example: '10' })), evidence })),
    figures: z.array(
      z.object({
        metric: z.enum(METRICS),
        actors: z.array(code),
        value: z.number().nullable(),
        unit: z.string().nullable(),
        change_pct: z.number().nullable(),
        period: z.string().nullable(),
        evidence,
      }),
    ),
    sectors: z.array(z.enum(SECTORS)),
    plans: z.array(z.object({ kind: z.enum(PLAN_KINDS), actors: z.array(code), year, evidence })),
  })
  .openapi('Facts', { description: 'The facts record, version 1 (FACTS.md)' });

export const DocumentSummary = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    lang: z.string(),
    cluster: z.string().openapi({ description: 'story cluster: near-duplicates share it' }),
    ingestedAt: z.string(),
  })
  .openapi('DocumentSummary');

export const DocumentList = z
  .object({ total: z.number().int(), items: z.array(DocumentSummary) })
  .openapi('DocumentList', { description: 'total: every document matching the filter; items: this page' });

export const Document = DocumentSummary.extend({
  url: z.string().nullable(),
  text: z.string(),
  raw: z.string(),
  hash: z.string(),
  offsets: z.array(z.object({ start: z.number(), rawStart: z.number(), length: z.number() })),
  facts: Facts.nullable(),
}).openapi('Document');

export const SearchHit = DocumentSummary.extend({
  snippet: z.string().openapi({ description: 'text around the first match, matched words in [[ ]]' }),
  score: z.number(),
}).openapi('SearchHit');

export const IngestOutcome = z
  .object({
    status: z.enum(['inserted', 'duplicate']),
    id: z.string(),
    source: z.string(),
    cluster: z.string().optional(),
    nearDuplicateOf: z.string().nullable().optional(),
    existingId: z.string().optional(),
  })
  .openapi('IngestOutcome');

export const Health = z
  .object({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']), documents: z.number().int() })
  .openapi('Health');

export const ApiError = z
  .object({
    error: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Error');
