// Committed score floors: the lowest F1 each list (and the micro average) may fall to on a gold
// set before the evaluation fails, and the lowest agreement of the attributes the acceptance
// rests on (people.role, people.actor, published, lang).
// File: `{ "dev": { "micro": 0.5, "actors": 0.7, ..., "people.role": 0.9 }, "seeds": {...} }`.
import { readFileSync, writeFileSync } from 'node:fs';
import { LISTS, type ListName, type ScoreResult } from './score.js';

export const FLOOR_ATTRIBUTES = ['people.role', 'people.actor', 'published', 'lang'] as const;
export type FloorKey = ListName | 'micro' | (typeof FLOOR_ATTRIBUTES)[number];
export type Floors = Partial<Record<FloorKey, number>>;
export interface FloorMiss {
  key: FloorKey;
  f1: number;
  floor: number;
}

const KEYS: FloorKey[] = ['micro', ...LISTS, ...FLOOR_ATTRIBUTES];

/** The measured value a floor holds: a list's F1, the micro-F1, or an attribute's share of agreement. */
function measured(result: ScoreResult, key: FloorKey): number | null {
  if (key === 'micro') return result.micro.f1;
  if ((LISTS as readonly string[]).includes(key)) return result.lists[key as ListName].f1;
  return result.attributes[key]?.share ?? null;
}

/** The floors of one set from a floors file (`{ "dev": { "micro": 0.5, "actors": 0.7 }, ... }`). */
export function readFloors(file: string, set: string): Floors {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Floors>;
  const floors = all[set];
  if (!floors) throw new Error(`${file} has no floors for the set "${set}" (it has: ${Object.keys(all).join(', ') || 'none'})`);
  return floors;
}

/** Every score below its floor. Compared at the printed precision. */
export function belowFloors(result: ScoreResult, floors: Floors): FloorMiss[] {
  return KEYS.flatMap((key) => {
    const floor = floors[key];
    const value = measured(result, key);
    return floor !== undefined && value !== null && Number(value.toFixed(3)) < floor ? [{ key, f1: value, floor }] : [];
  });
}

/**
 * Raises the floors of one set to the scores just measured (to the printed precision, never
 * lowering one): every improvement becomes the new floor. Returns the keys raised.
 */
export function raiseFloors(file: string, set: string, result: ScoreResult): FloorKey[] {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Floors>;
  const floors = (all[set] ??= {});
  const raised: FloorKey[] = [];
  for (const key of KEYS) {
    const value = measured(result, key);
    if (value === null) continue;
    const floor = Math.floor(value * 1000) / 1000;
    if (floors[key] === undefined || floor > floors[key]) {
      floors[key] = floor;
      raised.push(key);
    }
  }
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  return raised;
}
