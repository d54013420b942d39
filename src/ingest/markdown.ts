// Markdown to plain text: markup stripped, soft-wrapped lines joined, one paragraph per block.
// Hand-written: no Markdown package is among the project's dependencies, and news in Markdown
// needs only the common block and inline forms undone (see the report about `marked`).
import { sourceDoc, type Found, type SourceResult } from './source.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*\S+/;
const HEADING = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const QUOTE = /^\s*(?:>\s?)+/;
const TABLE_EDGE = /^\s*\||\|\s*$/g;
const TABLE_CELL = /\s*\|\s*/g;
const INLINE: [RegExp, string][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // images
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // links
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // reference links
  [/<(https?:[^>]+)>/g, '$1'], // autolinks
  [/<\/?[a-z][^>]*>/gi, ''], // inline HTML
  [/`([^`]+)`/g, '$1'],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*/gu, '$1$2'],
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2'],
  [/~~(.+?)~~/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'],
];

export function readMarkdown(markdown: string, where: Omit<Found, 'body'>): SourceResult {
  const front = FRONT_MATTER.exec(markdown);
  const meta = (key: string) => (front ? new RegExp(`^${key}:\\s*["']?(.*?)["']?\\s*$`, 'mi').exec(front[1]!)?.[1] : undefined);
  const paragraphs: string[] = [];
  let title: string | undefined = meta('title');
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of markdown.slice(front?.[0].length ?? 0).split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && !RULE.test(line) && !LINK_DEFINITION.test(line) && line.trim() !== '') {
      addLine(line);
      continue;
    }
    flush();
  }
  flush();
  return sourceDoc({ ...where, body: paragraphs.join('\n\n'), title, published: meta('date') });

  function addLine(line: string): void {
    const heading = HEADING.exec(line);
    if (heading || LIST_ITEM.test(line)) flush();
    const text = inline(
      heading ? heading[2]! : line.replace(QUOTE, '').replace(LIST_ITEM, '').replace(TABLE_EDGE, '').replace(TABLE_CELL, ' '),
    );
    if (heading?.[1] === '#') title ??= text;
    if (text) current.push(text);
    if (heading) flush();
  }
}

function inline(s: string): string {
  return INLINE.reduce((acc, [re, to]) => acc.replace(re, to), s).trim();
}
