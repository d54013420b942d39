// Locates the project's own files (lexicons, examples) from any module, whether it runs from
// src/ under tsx or from dist/ after the build: the project root is the first folder upward
// that holds package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('coopgraph: cannot find the project root (no package.json above the code)');
    dir = up;
  }
  return (root = dir);
}

/** Reads and parses lexicons/NAME.json. */
export function readLexicon<T>(name: string): T {
  const path = join(projectRoot(), 'lexicons', `${name}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`coopgraph: cannot read lexicon ${path}: ${(e as Error).message}`, { cause: e });
  }
}
