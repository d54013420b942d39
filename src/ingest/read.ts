// The ingest entry point: paths (files, folders, `-` for stdin) in, source documents out. Each
// file is read, decoded and parsed on its own; whatever goes wrong with one file becomes a result
// that says why, and the rest go on. Files are read synchronously on purpose: for many small
// articles the thread-pool round trips of async reads cost more than the reads themselves.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decode } from './decode.js';
import { readFeed } from './feed.js';
import { readHtmlPage } from './html.js';
import { readMarkdown } from './markdown.js';
import { readJson, readJsonLines } from './records.js';
import { failure, sourceDoc, type SourceResult } from './source.js';

export type { SourceResult } from './source.js';

export interface ReadOptions {
  /** Larger files are refused. Default 20 MB. */
  maxBytes?: number;
  /** Where `-` reads from; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const MB = 1024 * 1024;
const DEFAULT_MAX_BYTES = 20 * MB;
const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      const bytes = await readStream(opts.stdin ?? process.stdin, maxBytes);
      if (bytes === null) yield failure('stdin', `standard input is over the ${size(maxBytes)} limit`);
      else yield* parse(bytes, 'stdin', 'stdin', null);
      continue;
    }
    for (const file of files(path)) yield* file.reason ? [failure(file.path, file.reason)] : readOne(file.path, maxBytes);
  }
}

/** Regular files under a path, sorted, hidden ones skipped; or why the path cannot be read. */
export function* files(path: string): Generator<{ path: string; reason?: string }> {
  let entries: Dirent[];
  try {
    if (statSync(path).isFile()) {
      yield { path };
      return;
    }
    entries = readdirSync(path, { withFileTypes: true });
  } catch (e) {
    yield { path, reason: `cannot read: ${(e as Error).message}` };
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const full = join(path, entry.name);
    if (entry.isFile()) yield { path: full };
    else yield* files(full);
  }
}

/** A file's bytes, or why they cannot be had (unreadable, over the limit). */
export function readFileBytes(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
): { ok: true; bytes: Buffer } | { ok: false; source: string; reason: string } {
  try {
    const info = statSync(path);
    if (info.size > maxBytes) return { ok: false, source: path, reason: `file is ${size(info.size)}, over the ${size(maxBytes)} limit` };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return { ok: false, source: path, reason: `cannot read: ${(e as Error).message}` };
  }
}

function readOne(path: string, maxBytes: number): SourceResult[] {
  const read = readFileBytes(path, maxBytes);
  return read.ok ? readBytes(read.bytes, path) : [read];
}

/** A file's bytes read elsewhere (a queued job's): parsed as `readSources` parses the file at `path`. */
export function readBytes(bytes: Uint8Array, path: string): SourceResult[] {
  const ext = extname(path).toLowerCase();
  return parse(bytes, path, basename(path, extname(path)), BY_EXTENSION[ext] ?? null);
}

function parse(bytes: Uint8Array, source: string, base: string, format: Format | null): SourceResult[] {
  try {
    return parseBytes(bytes, source, base, format);
  } catch (e) {
    return [failure(source, `cannot parse: ${(e as Error).message}`)];
  }
}

function parseBytes(bytes: Uint8Array, source: string, base: string, format: Format | null): SourceResult[] {
  if (bytes.length === 0) return [failure(source, 'empty file')];
  const decoded = decode(bytes);
  if (!decoded.ok) return [failure(source, decoded.reason)];
  const text = decoded.text;
  if (text.trim() === '') return [failure(source, 'empty file (only whitespace)')];
  switch (format ?? sniff(text)) {
    case 'html':
      return [readHtmlPage(text, { id: base, source })];
    case 'markdown':
      return [readMarkdown(text, { id: base, source })];
    case 'json':
      return readJson(text, source, base);
    case 'jsonl':
      return readJsonLines(text, source, base);
    case 'feed':
      return readFeed(text, source, base);
    case 'text':
      return [sourceDoc({ id: base, source, body: text })];
  }
}

/** The format of a file whose extension does not say. */
export function sniff(text: string): Format {
  const head = text.slice(0, 1000).trimStart();
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^<(!doctype html|html|head|body)[\s>]/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return /}\s*\n\s*{/.test(text) ? 'jsonl' : 'json';
  if (/^#{1,6} \S/.test(head)) return 'markdown';
  return 'text';
}

/** The whole stream, or null once it passes the limit. */
async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`;
}
