// HTML pages and HTML snippets (feed items, records) to plain text with paragraphs. Readability
// finds a page's main text (dropping navigation, scripts, footers, share blocks); the block
// structure it keeps becomes paragraphs separated by a blank line.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { webUrl } from '../core/url.js';
import { failure, sourceDoc, type Found, type SourceResult } from './source.js';

/** Elements that start a new paragraph. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);
/** Page chrome, dropped before Readability looks for the article (it keeps a bare <nav> on short pages). */
const CHROME = 'script, style, noscript, template, nav, footer, aside, form, button, iframe';
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
];
const TEXT_NODE = 3;
/** Element, document and fragment nodes: the ones with children to read. */
const CONTAINER_NODES = new Set([1, 9, 11]);
const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'];

/**
 * Readability's cost grows much faster than the page on deep nesting (2,000 nested <div>s took a
 * minute): a page nested deeper, or larger, than any article needs is read as plain body text.
 */
const READABILITY_MAX_DEPTH = 100;
const READABILITY_MAX_ELEMENTS = 30_000;

export function readHtmlPage(html: string, where: Omit<Found, 'body'>): SourceResult {
  const document = parseDocument(withBody(html));
  const published = firstAttr(document, PUBLISHED_META, 'content') ?? firstAttr(document, ['time[datetime]'], 'datetime');
  const metaTitle = firstAttr(document, TITLE_META, 'content');
  const canonical = firstAttr(document, ['link[rel="canonical"]'], 'href') ?? firstAttr(document, ['meta[property="og:url"]'], 'content');
  const pageTitle = document.title || document.querySelector('h1')?.textContent || null;
  // Readability rewrites the document, so everything else is read first.
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
  const article = readable(document) ? readArticle(document) : null;
  const body = article?.content ? htmlNodeText(article.content) : document.body ? htmlNodeText(document.body) : '';
  if (body === '') return failure(where.source, 'HTML page has no text');
  return sourceDoc({
    ...where,
    body,
    title: metaTitle ?? article?.title ?? pageTitle,
    published: published ?? article?.publishedTime,
    url: where.url ?? webUrl(canonical),
  });
}

/**
 * The page with a <body>: linkedom leaves a page written without one (a fragment, or <html> with
 * only <head>) with no body at all, so its text would be lost.
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  const rest = html
    .replace(head, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html[^>]*>/gi, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

/** Whether the page is small and shallow enough for Readability (see READABILITY_MAX_DEPTH). */
function readable(document: Document): boolean {
  const stack: [Element, number][] = document.body ? [[document.body, 0]] : [];
  let count = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++count > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return false;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Readability's article, or null where it finds none or fails on odd nesting (<h><h><p>). */
function readArticle(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

/** Text of an HTML snippet; text without markup is returned as it is. */
export function htmlText(snippet: string): string {
  if (!/<[a-z!/]|&[#a-z0-9]+;/i.test(snippet)) return snippet.trim();
  const { body } = parseDocument(`<!doctype html><html><body>${snippet}</body></html>`);
  return body ? htmlNodeText(body) : '';
}

function parseDocument(html: string): Document {
  // linkedom implements the DOM that Readability needs; its own types differ only in name.
  return parseHTML(html).document as unknown as Document;
}

function htmlNodeText(root: Node): string {
  const parts: string[] = [];
  // An explicit stack, not recursion: a page nested thousands deep must not overflow the call stack.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (!CONTAINER_NODES.has(node.nodeType)) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') parts.push('\n');
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    if (block) stack.push('\n\n');
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

function firstAttr(document: Document, selectors: string[], attr: string): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute(attr)?.trim();
    if (value) return value;
  }
  return null;
}
