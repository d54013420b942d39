// Fetching over HTTP for the poller, politely: conditional GET, a timeout per request, redirects
// followed by hand up to a bound (each hop re-checked), bodies cut at a size, retries with backoff on
// 429 and 5xx honouring Retry-After, at most one request per host per interval, robots.txt obeyed.
// Node's fetch (undici) does the protocol and gzip/deflate/brotli; what is written here is the
// policy around it, which no installed library provides as one piece.
import robotsParserModule from 'robots-parser';
import iconv from 'iconv-lite';
import { decode } from './decode.js';

// The package is CommonJS whose typings declare an ES default export: at run time the module itself is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

export const USER_AGENT = 'coopgraph/0.1 (+https://github.com/coopgraph)';

export interface HttpPolicy {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries after the first attempt, on 429, 5xx and network errors. */
  retries: number;
  /** First backoff; doubled on each retry (Retry-After wins when the server gives one). */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the round gives up on the request. */
  maxRetryAfterMs: number;
  /** Least time between two requests to one host. */
  perHostMs: number;
  userAgent: string;
}

export const DEFAULT_POLICY: HttpPolicy = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 60_000,
  perHostMs: 1000,
  userAgent: USER_AGENT,
};

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type Fetched =
  | {
      status: 200;
      /** The address after redirects. */
      url: string;
      bytes: Uint8Array;
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: 304; url: string };

/** A request that failed: `transient` ones (timeouts, 429, 5xx) may succeed on a later round. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly httpStatus: number | null = null,
    /** When the server asked to be left alone until (Retry-After beyond what a round waits). */
    readonly retryAt: number | null = null,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces requests to one host at least `perHostMs` apart, across everything this fetcher does.
 * Hand-written: a dozen lines, where a rate-limit library would bring a queue model of its own.
 */
class HostGate {
  readonly #next = new Map<string, number>();
  constructor(readonly perHostMs: number) {}
  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, at + this.perHostMs);
    if (at > now) await sleep(at - now);
  }
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class Fetcher {
  readonly policy: HttpPolicy;
  readonly #gate: HostGate;
  readonly #robots = new Map<string, Promise<Robots | 'all' | 'none'>>();

  constructor(policy: Partial<HttpPolicy> = {}) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
    this.#gate = new HostGate(this.policy.perHostMs);
  }

  /** Whether robots.txt lets this fetcher read `url` (read once per origin and kept). */
  async allowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let rules = this.#robots.get(origin);
    if (!rules) {
      rules = this.#readRobots(origin);
      this.#robots.set(origin, rules);
    }
    const r = await rules;
    if (r === 'all') return true;
    if (r === 'none') return false;
    return r.isAllowed(url, this.policy.userAgent) !== false;
  }

  /** RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, errors) nothing, for now. */
  async #readRobots(origin: string) {
    const url = `${origin}/robots.txt`;
    try {
      const got = await this.get(url);
      if (got.status === 304) return 'all' as const;
      return robotsParser(url, textOf(got.bytes, got.contentType));
    } catch (e) {
      return e instanceof FetchError && !e.transient ? ('all' as const) : ('none' as const);
    }
  }

  /** GET with the policy; 304 only when validators were sent and the server says nothing changed. */
  async get(url: string, validators: Validators = {}): Promise<Fetched> {
    const p = this.policy;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#follow(url, validators);
      } catch (e) {
        const err = e instanceof FetchError ? e : new FetchError(`${url}: ${(e as Error).message}`, true);
        if (!err.transient || attempt >= p.retries) throw err;
        const wait = err.retryAt !== null ? err.retryAt - Date.now() : p.backoffMs * 2 ** attempt;
        if (wait > p.maxRetryAfterMs) throw err;
        await sleep(Math.max(0, wait));
      }
    }
  }

  async #follow(start: string, validators: Validators): Promise<Fetched> {
    const p = this.policy;
    let url = start;
    const visited = new Set<string>();
    for (let hop = 0; hop <= p.maxRedirects; hop++) {
      if (visited.has(url)) throw new FetchError(`${start}: redirect loop at ${url}`, false);
      visited.add(url);
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(`${url}: not an http(s) address`, false);
      await this.#gate.wait(target.host);
      const headers: Record<string, string> = { 'user-agent': p.userAgent, accept: '*/*' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const signal = AbortSignal.timeout(p.timeoutMs);
      let res: Response;
      try {
        res = await fetch(url, { headers, redirect: 'manual', signal });
      } catch (e) {
        throw new FetchError(`${url}: ${reason(e, p.timeoutMs)}`, true);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new FetchError(`${url}: redirect (${res.status}) without a Location`, false, res.status);
        url = new URL(location, url).toString();
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 304, url };
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        const after = retryAfterMs(res.headers.get('retry-after'));
        throw new FetchError(`${url}: HTTP ${res.status}`, true, res.status, after === null ? null : Date.now() + after);
      }
      if (res.status !== 200) {
        await res.body?.cancel();
        throw new FetchError(`${url}: HTTP ${res.status}`, false, res.status);
      }
      const bytes = await readLimited(res, p.maxBytes, p.timeoutMs, url);
      return {
        status: 200,
        url,
        bytes,
        contentType: res.headers.get('content-type') ?? '',
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
    }
    throw new FetchError(`${start}: more than ${p.maxRedirects} redirects`, false);
  }
}

function reason(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

/** The body, refused once it passes `maxBytes` (decompressed), and cut off at the timeout. */
async function readLimited(res: Response, maxBytes: number, timeoutMs: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes && !res.headers.get('content-encoding')) {
    await res.body?.cancel();
    throw new FetchError(`${url}: body of ${declared} bytes is over the ${maxBytes}-byte limit`, false);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FetchError(`${url}: body is over the ${maxBytes}-byte limit`, false);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError(`${url}: ${reason(e, timeoutMs)} (reading the body)`, true);
  }
  return Buffer.concat(chunks);
}

/**
 * Text of a fetched body: the charset the server declared (header, else a <meta> or XML
 * declaration in the first bytes) when iconv knows it, else the same guessing as for files.
 */
export function textOf(bytes: Uint8Array, contentType: string): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared)) return iconv.decode(Buffer.from(bytes), declared, { stripBOM: true });
  const guessed = decode(bytes);
  if (!guessed.ok) throw new FetchError(guessed.reason, false);
  return guessed.text;
}
