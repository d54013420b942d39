// What every command shares: exit codes, option parsers, and writing to stdout and stderr.
import { InvalidArgumentError } from 'commander';
import { MARK_CLOSE, MARK_OPEN } from '../store/snippet.js';
import { ISO_DATE } from '../query/documents.js';

/** Exit codes, documented in the README and in `coopgraph --help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2, store: 3 } as const;

export const EXIT_HELP = `Exit codes:
  0  all good
  1  some inputs failed (named on stderr), a document was not found, or scores fell below their floors
  2  usage error (unknown option, bad value)
  3  the store cannot be reached or fails`;

/** A command given values it cannot work with (beyond what commander checks): exit code 2. */
export class UsageError extends Error {}

export const DB_OPTION = ['--db <url|path>', 'PostgreSQL URL or SQLite file (default: $COOPGRAPH_DB, else ./data/coopgraph.db)'] as const;

export function out(line: string): void {
  process.stdout.write(line + '\n');
}

export function outJson(value: unknown, pretty = true): void {
  out(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
}

/** One problem with one input, on stderr: `coopgraph: PATH: REASON`. */
export function warn(subject: string, reason: string): void {
  process.stderr.write(`coopgraph: ${subject}: ${reason}\n`);
}

/** Search snippets: matched words in bold on a terminal, the store's [[ ]] markers elsewhere. */
export function highlight(snippet: string, tty = process.stdout.isTTY === true): string {
  return tty ? snippet.split(MARK_OPEN).join('\x1b[1m').split(MARK_CLOSE).join('\x1b[22m') : snippet;
}

// ---- option parsers (commander reports their errors as usage errors) -------------------------

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return n;
}

export function isoDate(value: string): string {
  if (!ISO_DATE.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}
