// Versioned schema, applied by Kysely's Migrator and recorded in the `migrations` table. The
// migrations are shared; the few column types and the full-text index that differ by engine come
// from the engine's `EngineDdl`. Later issues add entries (curation, entities, events); never edit
// one that has shipped.
import { sql, type ColumnDataType, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema.js';
import { rebuildTallies } from './tallies.js';

export interface EngineDdl {
  json: ColumnDataType;
  timestamp: ColumnDataType;
  /** Creates the full-text index over documents' title and text. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
}

export function migrations(ddl: EngineDdl): Record<string, Migration> {
  return {
    '0001_documents': {
      async up(db) {
        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('url', 'text')
          .addColumn('title', 'text')
          .addColumn('published', 'text')
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('raw', 'text', (c) => c.notNull())
          .addColumn('offsets', ddl.json, (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .addColumn('cluster', 'text', (c) => c.notNull())
          .addColumn('ingested_at', ddl.timestamp, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('documents_published').on('documents').columns(['published', 'id']).execute();
        await db.schema.createIndex('documents_lang_published').on('documents').columns(['lang', 'published']).execute();
        await db.schema.createIndex('documents_cluster').on('documents').column('cluster').execute();

        await db.schema
          .createTable('document_bands')
          .addColumn('band', 'text', (c) => c.notNull())
          .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addPrimaryKeyConstraint('document_bands_pk', ['band', 'doc_id'])
          .execute();
        await db.schema.createIndex('document_bands_doc').on('document_bands').column('doc_id').execute();

        await db.schema
          .createTable('facts')
          .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
          .addColumn('record', ddl.json, (c) => c.notNull())
          .addColumn('extracted_at', ddl.timestamp, (c) => c.notNull())
          .addColumn('engine_version', 'text')
          .execute();

        await ddl.createSearchIndex(db);
      },
    },
    // The knowledge base (issue 4). A projection of the facts records, rebuilt per document at
    // ingest and whole by `reextract`: one row per fact item plus one row per party it names,
    // indexed by party and by the party's country, so that a dossier reads only its own items.
    // Curation, people merges and aliases, and API tokens are decisions people make: kept in
    // tables of their own that re-extraction never touches.
    '0002_knowledge': {
      async up(db) {
        await db.schema
          .createTable('fact_items')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('list', 'text', (c) => c.notNull())
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('date', 'text')
          .addColumn('published', 'text')
          .addColumn('cluster', 'text', (c) => c.notNull())
          .addColumn('curation', 'text')
          .addColumn('payload', ddl.json, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('fact_items_doc').on('fact_items').column('doc_id').execute();
        await db.schema.createIndex('fact_items_list_published').on('fact_items').columns(['list', 'published']).execute();
        await db.schema
          .createTable('item_parties')
          .addColumn('item_id', 'text', (c) => c.notNull().references('fact_items.id').onDelete('cascade'))
          .addColumn('party', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('item_parties_pk', ['item_id', 'party'])
          .execute();
        await db.schema.createIndex('item_parties_party').on('item_parties').columns(['party', 'item_id']).execute();
        await db.schema.createIndex('item_parties_country').on('item_parties').columns(['country', 'item_id']).execute();
        await db.schema
          .createTable('curations')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('list', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('item', ddl.json)
          .addColumn('by', 'text')
          .addColumn('at', ddl.timestamp, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('curations_doc').on('curations').column('doc_id').execute();
        await db.schema
          .createTable('people_merges')
          .addColumn('from_id', 'text', (c) => c.primaryKey())
          .addColumn('into_id', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('people_aliases')
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('alias', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('people_aliases_pk', ['person_id', 'alias'])
          .execute();
        await db.schema
          .createTable('api_tokens')
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
          .execute();
      },
    },
    // Answers that read the whole knowledge base (overview, graph, the busiest dossiers), kept
    // between requests. Every write to the knowledge tables bumps one counter in its own
    // transaction; a kept answer is good while it carries the counter's current value.
    '0003_summaries': {
      async up(db) {
        await db.schema
          .createTable('knowledge_version')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('version', 'integer', (c) => c.notNull())
          .execute();
        await sql`insert into knowledge_version (id, version) values (1, 0)`.execute(db);
        await db.schema
          .createTable('summaries')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .execute();
      },
    },
    // Monitoring (issue 10): followed sources with their conditional-GET state and a lease (so
    // that several pollers share them), a log of every fetch, the items each source has already
    // handed over, watchlists, and what was delivered to whom. Documents are looked up by URL.
    '0004_monitoring': {
      async up(db) {
        await db.schema.createIndex('documents_url').on('documents').column('url').execute();
        await db.schema
          .createTable('sources')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('url', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('every_ms', 'integer', (c) => c.notNull())
          .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
          .addColumn('next_fetch_at', ddl.timestamp, (c) => c.notNull())
          .addColumn('last_fetch_at', ddl.timestamp)
          .addColumn('last_status', 'text')
          .addColumn('last_error', 'text')
          .addColumn('etag', 'text')
          .addColumn('last_modified', 'text')
          .addColumn('items', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('leased_by', 'text')
          .addColumn('lease_until', ddl.timestamp)
          .execute();
        await db.schema.createIndex('sources_due').on('sources').column('next_fetch_at').execute();
        await db.schema
          .createTable('fetch_log')
          .addColumn('source_id', 'text', (c) => c.notNull())
          .addColumn('at', ddl.timestamp, (c) => c.notNull())
          .addColumn('poller', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('http_status', 'integer')
          .addColumn('bytes', 'integer', (c) => c.notNull())
          .addColumn('items', 'integer', (c) => c.notNull())
          .addColumn('stored', 'integer', (c) => c.notNull())
          .addColumn('ms', 'integer', (c) => c.notNull())
          .addColumn('error', 'text')
          .execute();
        await db.schema.createIndex('fetch_log_source').on('fetch_log').columns(['source_id', 'at']).execute();
        await db.schema
          .createTable('source_items')
          .addColumn('source_id', 'text', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('doc_id', 'text')
          .addColumn('at', ddl.timestamp, (c) => c.notNull())
          .addPrimaryKeyConstraint('source_items_pk', ['source_id', 'url'])
          .execute();
        await db.schema
          .createTable('watchlists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('query', ddl.json, (c) => c.notNull())
          .addColumn('webhook', 'text')
          .addColumn('secret', 'text')
          .addColumn('email', 'text')
          .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
          .addColumn('seen_at', ddl.timestamp, (c) => c.notNull())
          .addColumn('digest_at', ddl.timestamp)
          .execute();
        await db.schema
          .createTable('deliveries')
          .addColumn('watchlist_id', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('at', ddl.timestamp, (c) => c.notNull())
          .addPrimaryKeyConstraint('deliveries_pk', ['watchlist_id', 'channel', 'doc_id'])
          .execute();
        await db.schema
          .createTable('delivery_log')
          .addColumn('watchlist_id', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('at', ddl.timestamp, (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull())
          .addColumn('alerts', 'integer', (c) => c.notNull())
          .addColumn('ok', 'integer', (c) => c.notNull())
          .addColumn('error', 'text')
          .execute();
        await db.schema.createIndex('delivery_log_watchlist').on('delivery_log').columns(['watchlist_id', 'at']).execute();
      },
    },
    // The ingest queue (issue 9): jobs any number of `coopgraph worker` processes take, once each.
    '0005_ingest_jobs': {
      async up(db) {
        await db.schema
          .createTable('ingest_jobs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull())
          .addColumn('worker', 'text')
          .addColumn('lease_until', 'bigint')
          .addColumn('enqueued_at', 'bigint', (c) => c.notNull())
          .addColumn('finished_at', 'bigint')
          .addColumn('outcome', 'text')
          .execute();
        await db.schema.createIndex('ingest_jobs_state').on('ingest_jobs').columns(['state', 'enqueued_at', 'id']).execute();
      },
    },
    // Knowledge kept up to date by every write (issue 9): relation units (an event, an agreement,
    // a flow, figure or plan per story) with their parties, the graph's edges counted per pair,
    // list and kind, and tallies (documents per month, flow keys, parties, person names, units
    // per list). Built here from the items of an existing store; store/tallies.ts maintains them.
    '0006_tallies': {
      async up(db) {
        await db.schema.alterTable('fact_items').addColumn('unit', 'text').execute();
        await db.schema.createIndex('fact_items_unit').on('fact_items').column('unit').execute();
        await db.schema.createIndex('fact_items_list_kind_date').on('fact_items').columns(['list', 'kind', 'date']).execute();
        await db.schema.createIndex('fact_items_list_kind_cluster').on('fact_items').columns(['list', 'kind', 'cluster']).execute();
        await db.schema
          .createTable('units')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('list', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('parties', 'text', (c) => c.notNull())
          .addColumn('first', 'text', (c) => c.notNull())
          .addColumn('last', 'text')
          .addColumn('sort', 'text')
          .addColumn('size', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('units_list_sort').on('units').columns(['list', 'sort', 'first']).execute();
        await db.schema.createIndex('units_list_kind_sort').on('units').columns(['list', 'kind', 'sort']).execute();
        await db.schema
          .createTable('unit_parties')
          .addColumn('unit_id', 'text', (c) => c.notNull())
          .addColumn('party', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('unit_parties_pk', ['unit_id', 'party'])
          .execute();
        await db.schema.createIndex('unit_parties_party').on('unit_parties').columns(['party', 'unit_id']).execute();
        await db.schema.createIndex('unit_parties_country').on('unit_parties').columns(['country', 'unit_id']).execute();
        await db.schema
          .createTable('pair_counts')
          .addColumn('a', 'text', (c) => c.notNull())
          .addColumn('b', 'text', (c) => c.notNull())
          .addColumn('list', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('n', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('pair_counts_pk', ['a', 'b', 'list', 'kind'])
          .execute();
        await db.schema
          .createTable('tallies')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('n', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('tallies_pk', ['name', 'key'])
          .execute();
        await rebuildTallies(db as Kysely<Database>);
      },
    },
  };
}
