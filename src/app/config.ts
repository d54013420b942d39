// Settings read from the environment, with the defaults the README documents. Command-line
// options win over these; these win over the defaults. (The store location is resolved by
// store/index.ts: --db, else COOPGRAPH_DB, else ./data/coopgraph.db.)
export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
/** Largest source file read whole (bigger ones are reported and skipped). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const env = (name: string): string | undefined => process.env[name] || undefined;

export function serverAddress(options: { port?: number; host?: string }): { port: number; host: string } {
  return {
    port: options.port ?? Number(env('COOPGRAPH_PORT') ?? DEFAULT_PORT),
    host: options.host ?? env('COOPGRAPH_HOST') ?? DEFAULT_HOST,
  };
}

export function maxBytes(option?: number): number {
  return option ?? Number(env('COOPGRAPH_MAX_BYTES') ?? DEFAULT_MAX_BYTES);
}

type TokenRole = 'reader' | 'editor' | 'admin';

/** API tokens from $COOPGRAPH_TOKENS: `TOKEN:ROLE` pairs separated by commas. */
export function envTokens(): Map<string, TokenRole> {
  const pairs = (env('COOPGRAPH_TOKENS') ?? '').split(',').map((p) => p.trim().split(':'));
  return new Map(
    pairs
      .filter((p): p is [string, TokenRole] => p.length === 2 && !!p[0] && ['reader', 'editor', 'admin'].includes(p[1]!))
      .map(([t, r]) => [t, r]),
  );
}

/** Read endpoints are open unless $COOPGRAPH_READ=token (then they need a reader token). */
export function readNeedsToken(): boolean {
  return env('COOPGRAPH_READ') === 'token';
}
