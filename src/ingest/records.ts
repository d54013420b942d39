// JSON and JSON Lines records: `{id, url, title, published, text}`, with the field names other
// scrapers use (`content`, `body`, `date`, `link`). A record's text may be HTML.
import { htmlText } from './html.js';
import { failure, safeId, sourceDoc, type SourceResult } from './source.js';

type JsonRecord = Record<string, unknown>;

const TEXT_FIELDS = ['text', 'content', 'body', 'article', 'description'];
const DATE_FIELDS = ['published', 'date', 'pubDate', 'published_at', 'datePublished', 'created'];
const URL_FIELDS = ['url', 'link', 'href'];

export function readJson(json: string, source: string, base: string): SourceResult[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return [failure(source, `malformed JSON${lineOf(json, e)}: ${(e as Error).message}`)];
  }
  const list = Array.isArray(value) ? value : [value];
  return list.map((record, i) =>
    fromRecord(record, list.length > 1 ? `${source}#${i + 1}` : source, list.length > 1 ? `${base}-${i + 1}` : base),
  );
}

export function readJsonLines(jsonl: string, source: string, base: string): SourceResult[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const where = `${source}:${i + 1}`;
    try {
      return [fromRecord(JSON.parse(line), where, `${base}-${i + 1}`)];
    } catch (e) {
      return [failure(where, `malformed JSON on line ${i + 1}: ${(e as Error).message}`)];
    }
  });
}

function fromRecord(value: unknown, source: string, fallbackId: string): SourceResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failure(source, 'JSON record is not an object');
  const record = value as JsonRecord;
  const body = field(record, TEXT_FIELDS);
  if (typeof body !== 'string' || body.trim() === '') return failure(source, `JSON record has no text (${TEXT_FIELDS.join('/')})`);
  return sourceDoc({
    id: safeId(record.id ?? record.guid, fallbackId),
    source,
    body: htmlText(body),
    title: typeof record.title === 'string' ? htmlText(record.title) : null,
    published: field(record, DATE_FIELDS),
    url: field(record, URL_FIELDS),
  });
}

function field(record: JsonRecord, names: string[]): unknown {
  return names.map((n) => record[n]).find((v) => v !== undefined && v !== null && v !== '');
}

/** ` at line N` from V8's "... in JSON at position P" message, when it gives a position. */
function lineOf(json: string, error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message);
  return position ? ` at line ${json.slice(0, Number(position[1])).split('\n').length}` : '';
}
