// RSS 2.0, RSS 1.0 and Atom feeds: each item is one document. Item bodies are HTML snippets.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { webUrl } from '../core/url.js';
import { htmlText } from './html.js';
import { failure, safeId, sourceDoc, type SourceResult } from './source.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

export function readFeed(xml: string, source: string, base: string): SourceResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [failure(source, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`)];
  const root = parser.parse(xml) as Node;
  const rss = (root.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  const items = (rss?.item ?? rdf?.item ?? atom?.entry) as Node[] | undefined;
  if (!items) return [failure(source, 'XML is not an RSS or Atom feed')];
  // One malformed item (text only, a list where one value was expected) fails alone, not the feed.
  return items.map((item, i) => {
    try {
      return readItem(item, i, source, base);
    } catch (e) {
      return failure(`${source}#${i + 1}`, `malformed feed item: ${(e as Error).message}`);
    }
  });
}

/** Each item's link (null where it has none), in the order readFeed returns the items. */
export function feedItemLinks(xml: string): (string | null)[] {
  if (XMLValidator.validate(xml) !== true) return [];
  const root = parser.parse(xml) as Node;
  const items = (((root.rss as Node | undefined)?.channel as Node | undefined)?.item ??
    (root['rdf:RDF'] as Node | undefined)?.item ??
    (root.feed as Node | undefined)?.entry) as Node[] | undefined;
  return (items ?? []).map((item) => (typeof item === 'object' && item !== null ? linkOf(item) : null));
}

function readItem(raw: unknown, i: number, source: string, base: string): SourceResult {
  const item: Node = typeof raw === 'object' && raw !== null ? (raw as Node) : {};
  const fallbackId = `${base}-${i + 1}`;
  const link = linkOf(item);
  const result = sourceDoc({
    id: safeId(text(item.guid) ?? text(item.id) ?? link, fallbackId),
    source,
    body: htmlText(text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? ''),
    title: htmlText(text(item.title) ?? ''),
    published: text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated),
    url: webUrl(link),
  });
  return result.ok ? result : failure(`${source}#${i + 1}`, result.reason === 'no text' ? 'feed item has no text' : result.reason);
}

/** RSS `<link>` is text; Atom's is `<link rel="alternate" href>`. */
function linkOf(item: Node): string | null {
  const links = Array.isArray(item.link) ? (item.link as unknown[]) : item.link === undefined ? [] : [item.link];
  const alternate = links.find((l) => typeof l === 'object' && ((l as Node)['@rel'] ?? 'alternate') === 'alternate');
  return text(alternate ? (alternate as Node)['@href'] : links[0]);
}

/** An element's text whether the parser gave a string or an object with attributes. */
function text(value: unknown): string | null {
  const s = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : null;
}
