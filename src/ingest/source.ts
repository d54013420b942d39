// What every reader returns, and the few rules all formats share: ids, dates, the headline as
// the first paragraph of the raw text.
import type { SourceDoc } from '../core/doc.js';
import { webUrl } from '../core/url.js';
import { clean, parseDate, readHeader } from '../text/clean.js';

export type SourceResult = { ok: true; doc: SourceDoc } | { ok: false; source: string; reason: string };

/** Fields a reader found; what it could not find comes from the text's own header. */
export interface Found {
  id: string;
  source: string;
  body: string;
  title?: unknown;
  published?: unknown;
  url?: unknown;
}

export function failure(source: string, reason: string): SourceResult {
  return { ok: false, source, reason };
}

/**
 * A SourceDoc from what a reader found. The headline leads the raw text (it carries facts) unless
 * the body already starts with it; metadata the reader lacks is taken from the text's header.
 */
export function sourceDoc(found: Found): SourceResult {
  const body = found.body.trim();
  if (body === '') return failure(found.source, 'no text');
  const url = text(found.url);
  if (url !== null && webUrl(url) === null)
    return failure(found.source, `url ${JSON.stringify(url.slice(0, 100))}: only http and https addresses are accepted`);
  if (body.includes('\u0000') || (typeof found.title === 'string' && found.title.includes('\u0000')))
    return failure(found.source, 'NUL characters in the text (a binary file?)');
  const header = readHeader(body);
  const title = text(found.title) ?? header.title;
  const startsWithTitle = title !== null && squash(body.slice(0, title.length + 40)).includes(squash(title));
  const doc: SourceDoc = {
    id: found.id,
    source: found.source,
    title,
    published: (typeof found.published === 'string' ? parseDate(found.published) : null) ?? header.published,
    raw: title && !startsWithTitle ? `${title}\n\n${body}` : body,
    url,
  };
  // A header (a date line, a headline) and nothing under it is no article.
  if (clean(doc.raw).text.trim() === '' || clean(body).text.trim() === '') return failure(found.source, 'no text (only a header)');
  return { ok: true, doc };
}

/** A record's or feed item's own id as a safe document id: no scheme, only [A-Za-z0-9._-]. */
export function safeId(value: unknown, fallback: string): string {
  const s = typeof value === 'number' ? String(value) : text(value);
  if (!s) return fallback;
  const id = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(-120);
  return id || fallback;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
