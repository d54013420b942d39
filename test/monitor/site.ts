// A local news site for the monitoring tests: feeds, sitemaps and article pages on 127.0.0.1, with
// the misbehaviour real sites show (304s, 429 with Retry-After, 500s, slow answers, malformed XML,
// gzip, cp1251, redirect loops, robots.txt). Every request is counted per path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createHmac } from 'node:crypto';
import iconv from 'iconv-lite';
import { SMTPServer } from 'smtp-server';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Site {
  url: string;
  route(path: string, handler: Handler): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Article {
  path: string;
  title: string;
  body: string;
  date: string;
}

/** Articles about Altai Krai's ties, distinct enough to be different stories. */
export const ARTICLES: Article[] = [
  {
    path: '/news/altai-vko.html',
    date: '2025-09-18',
    title: 'Алтайский край и Восточно-Казахстанская область подписали дорожную карту',
    body:
      'Губернатор Алтайского края Виктор Томенко и аким Восточно-Казахстанской области провели переговоры в Барнауле 17 сентября. ' +
      'По итогам встречи стороны подписали дорожную карту сотрудничества на 2025–2028 годы.\n\n' +
      'Алтайские предприятия поставляют в Казахстан муку, крупы и подсолнечное масло.',
  },
  {
    path: '/news/altai-uzbekistan.html',
    date: '2025-10-02',
    title: 'Делегация Алтайского края посетила Ташкент',
    body:
      'Делегация Алтайского края во главе с министром экономического развития посетила Ташкент 1 октября. ' +
      'Стороны обсудили поставки сельскохозяйственной техники и фармацевтической продукции в Узбекистан.\n\n' +
      'Узбекские компании предложили открыть в Барнауле торговый дом.',
  },
  {
    path: '/news/altai-mongolia.html',
    date: '2025-10-20',
    title: 'Алтайский край и Монголия договорились о туристическом маршруте',
    body:
      'Представители Алтайского края и Баян-Улгийского аймака Монголии встретились в Горно-Алтайске 19 октября. ' +
      'Стороны подписали меморандум о создании совместного туристического маршрута.\n\n' +
      'Товарооборот края с Монголией вырос на 12%.',
  },
  {
    path: '/news/altai-belarus.html',
    date: '2025-11-05',
    title: 'Алтайский край и Беларусь расширят поставки техники',
    body:
      'Губернатор Алтайского края Виктор Томенко встретился с послом Республики Беларусь 4 ноября в Барнауле. ' +
      'Стороны договорились расширить сборку белорусских тракторов на алтайских предприятиях.\n\n' +
      'В 2026 году планируется провести в Минске дни Алтайского края.',
  },
];

export function articlePage(a: Pick<Article, 'title' | 'body' | 'date'>): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${a.title}</title>
<meta property="article:published_time" content="${a.date}"></head>
<body><nav><a href="/">Главная</a></nav><article><h1>${a.title}</h1>
${a.body
  .split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article><footer>© Новости</footer></body></html>`;
}

export function rss(base: string, items: readonly Article[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Новости</title><link>${base}/</link>
${[...items]
  .reverse()
  .map(
    (a) =>
      `<item><title>${a.title}</title><link>${base}${a.path}</link><guid>${base}${a.path}</guid><pubDate>${new Date(a.date).toUTCString()}</pubDate><description>${a.title}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** Serves `items()` as RSS with an ETag, answering 304 to a matching If-None-Match. */
export function feedRoute(site: Site, path: string, items: () => readonly Article[]): void {
  site.route(path, (req, res) => {
    const body = rss(site.url, items());
    const etag = `"${createHmac('sha1', 'etag').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
}

export function articleRoutes(site: Site, articles: readonly Article[]): void {
  for (const a of articles)
    site.route(a.path, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(a)));
}

export const gzipped = (text: string) => gzipSync(Buffer.from(text, 'utf8'));
export const cp1251 = (text: string) => iconv.encode(text, 'windows-1251');

// ---- receivers -------------------------------------------------------------------------------

export interface Received {
  body: string;
  signature: string | undefined;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answers given in turn before the first 200 (to test retries). */
  failFirst(n: number, status?: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<Receiver> {
  const site = await startSite();
  const received: Received[] = [];
  let failures = 0;
  let failStatus = 500;
  site.route('/hook', async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (failures > 0) {
      failures--;
      res.writeHead(failStatus).end();
      return;
    }
    received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-coopgraph-signature'] as string | undefined });
    res.writeHead(204).end();
  });
  return {
    url: `${site.url}/hook`,
    received,
    failFirst(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    close: () => site.close(),
  };
}

export interface Mailbox {
  url: string;
  messages: { from: string; to: string[]; data: string }[];
  close(): Promise<void>;
}

/** A local SMTP server keeping every message it receives. */
export async function startSmtp(): Promise<Mailbox> {
  const messages: Mailbox['messages'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
