// What a followed address lists: an RSS or Atom feed's items, a sitemap's pages, or the article
// links of a news index page. Pure functions over the fetched text; the poller fetches each item.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { feedItemLinks, readFeed } from './feed.js';
import type { SourceDoc } from '../core/doc.js';

export type SourceKind = 'rss' | 'atom' | 'sitemap' | 'page';

export interface ListedItem {
  url: string;
  title: string | null;
  /** The item's own text (a feed's description or content), used when its page gives none. */
  doc: SourceDoc | null;
}

export type Listing = { ok: true; kind: SourceKind; items: ListedItem[] } | { ok: false; kind: SourceKind | null; reason: string };

const sitemapParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** The kind of a fetched address, from its first bytes (and its content type). */
export function detectKind(text: string, contentType = ''): SourceKind {
  const head = text.slice(0, 2000).replace(/<!--[\s\S]*?-->/g, '');
  if (/<(urlset|sitemapindex)[\s>]/i.test(head)) return 'sitemap';
  if (/<feed[\s>]/i.test(head)) return 'atom';
  if (/<(rss|rdf:RDF)[\s>]/i.test(head)) return 'rss';
  if (/xml/i.test(contentType) && !/html/i.test(contentType)) return /atom/i.test(contentType) ? 'atom' : 'rss';
  return 'page';
}

/** The items an address lists, oldest first (feeds and pages list the newest first). */
export function listItems(text: string, base: string, contentType = ''): Listing {
  const kind = detectKind(text, contentType);
  if (kind === 'page') return { ok: true, kind, items: pageLinks(text, base) };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, kind, reason: `malformed XML at line ${valid.err.line}: ${valid.err.msg}` };
  if (kind === 'sitemap') return { ok: true, kind, items: sitemapUrls(text, base) };
  const items: ListedItem[] = [];
  // An item without text of its own (a bare title and link) still names a page to read.
  const links = feedItemLinks(text);
  readFeed(text, base, 'item').forEach((r, i) => {
    // A relative link is no web address by itself: the feed's own link is resolved against the feed.
    const link = (r.ok ? r.doc.url : null) ?? links[i];
    const url = link ? absolute(link, base) : null;
    if (url) items.push({ url, title: r.ok ? r.doc.title : null, doc: r.ok ? { ...r.doc, url } : null });
  });
  if (items.length === 0 && !/<(item|entry)[\s>]/i.test(text) && !/<(channel|feed)[\s>]/i.test(text))
    return { ok: false, kind, reason: 'XML is not an RSS or Atom feed' };
  return { ok: true, kind, items: items.reverse() };
}

function sitemapUrls(xml: string, base: string): ListedItem[] {
  const root = sitemapParser.parse(xml) as { urlset?: { url?: { loc?: string }[] } };
  const urls = (root.urlset?.url ?? []).map((u) => (typeof u.loc === 'string' ? absolute(u.loc.trim(), base) : null));
  return urls.filter((u): u is string => u !== null).map((url) => ({ url, title: null, doc: null }));
}

/**
 * Links of an index page that look like articles: on the same site, not the page itself, and
 * with a path deeper than one segment or carrying a number (dates and ids: /news/2025/..., /123-...).
 */
export function pageLinks(html: string, base: string): ListedItem[] {
  const { document } = parseHTML(html);
  const home = new URL(base);
  const seen = new Set<string>();
  const items: ListedItem[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const url = absolute(a.getAttribute('href') ?? '', base);
    if (!url) continue;
    const u = new URL(url);
    u.hash = '';
    const segments = u.pathname.split('/').filter(Boolean);
    const articleLike = segments.length >= 2 || /\d/.test(u.pathname);
    if (u.host !== home.host || u.pathname === home.pathname || !articleLike || seen.has(u.toString())) continue;
    seen.add(u.toString());
    items.push({ url: u.toString(), title: a.textContent?.trim() || null, doc: null });
  }
  return items.reverse();
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
