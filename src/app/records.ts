// Reading facts records from disk, as the evaluation takes them: a folder of *.json / *.jsonl
// files (its gold/ subfolder where there is one), a JSON Lines file, or a JSON file (one record
// or an array). Records are keyed by `doc`; a later record for the same doc replaces an earlier.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredRecord } from './score.js';
import { append } from '../core/append.js';

export function readRecords(path: string): Map<string, ScoredRecord> {
  if (!existsSync(path)) throw new Error(`no such file or folder: ${path}`);
  const records: unknown[] = [];
  if (statSync(path).isDirectory()) {
    const dir = existsSync(join(path, 'gold')) ? join(path, 'gold') : path;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.json')) records.push(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (name.endsWith('.jsonl')) append(records, parseJsonLines(join(dir, name)));
    }
  } else if (/\.(jsonl|ndjson)$/.test(path)) {
    append(records, parseJsonLines(path));
  } else {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    append(records, Array.isArray(value) ? value : [value]);
  }
  const byDoc = new Map<string, ScoredRecord>();
  for (const r of records) {
    if (!isRecord(r)) throw new Error(`a record without a string "doc" in ${path}`);
    byDoc.set(r.doc, r);
  }
  return byDoc;
}

function isRecord(value: unknown): value is ScoredRecord {
  return typeof value === 'object' && value !== null && typeof (value as { doc?: unknown }).doc === 'string';
}

function parseJsonLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
    });
}
