// Intervals as people write them on a command line or in the environment: 30s, 15m, 2h, 1d, 500ms.
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration such as `30m`, or null when it is not one (a bare number is seconds). */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()]!;
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** A duration for people: the largest unit that divides it (90m → 90m, 2h → 2h). */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) if (ms >= UNITS[unit]! && ms % UNITS[unit]! === 0) return `${ms / UNITS[unit]!}${unit}`;
  return `${ms}ms`;
}
