// Locates the project's own files (lexicons, examples) from any module, whether it runs from
// src/ under tsx or from dist/ after the build: the project root is the first folder upward
// that holds package.json. Reading a lexicon also reads its language modules (below).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`coopgraph: cannot read lexicon ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** The language modules: each folder under lexicons/lang/ is one language (its ISO 639-1 code). */
function languageFolders(): string[] {
  const dir = join(projectRoot(), 'lexicons', 'lang');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LANG_KEY.test(e.name))
    .map((e) => e.name)
    .sort();
}

/**
 * Reads and parses lexicons/NAME.json, then adds what each language module says in its own
 * lexicons/lang/CODE/NAME.json (see `overlayLanguage`), so that a language is one folder.
 */
export function readLexicon<T>(name: string): T {
  let lexicon = readJson<unknown>(join(projectRoot(), 'lexicons', `${name}.json`));
  for (const lang of languageFolders()) {
    const path = join(projectRoot(), 'lexicons', 'lang', lang, `${name}.json`);
    if (existsSync(path)) lexicon = overlayLanguage(lexicon, readJson<unknown>(path), lang);
  }
  return lexicon as T;
}

const LANG_KEY = /^[a-z]{2}$/;
type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A table keyed by language («{ "ru": [...], "en": [...] }»); `_doc` and the like aside. */
const byLanguage = (t: Table): boolean => {
  const keys = Object.keys(t).filter((k) => !k.startsWith('_'));
  return keys.length > 0 && keys.every((k) => LANG_KEY.test(k));
};

/**
 * A language module's file merged into the base lexicon. The module leaves out the language level
 * the base keeps, since its folder names the language:
 * - a list of entries (sectors, offices, goods) gains the module's entries, each given `lang`;
 * - where the base keeps a table by language (`"meeting": { "ru": [...], "en": [...] }`), the
 *   module's value goes in under its language (`"meeting": [...]`), added to any already there;
 * - other tables merge key by key.
 * The base is not changed; a new value is returned.
 */
export function overlayLanguage(base: unknown, module: unknown, lang: string): unknown {
  if (!Array.isArray(module) && !isTable(module))
    throw new Error(`a language module (${lang}) gives ${describe(module)} where a list or a table belongs`);
  if (Array.isArray(base) && Array.isArray(module))
    return [...base, ...module.map((e: unknown) => (isTable(e) && !('lang' in e) ? { ...e, lang } : e))];
  if (isTable(base) && byLanguage(base)) {
    const own = base[lang];
    const merged =
      own === undefined ? module : Array.isArray(own) && Array.isArray(module) ? [...own, ...module] : overlayLanguage(own, module, lang);
    return { ...base, [lang]: merged };
  }
  if (isTable(base) && isTable(module)) {
    const out: Table = { ...base };
    for (const [key, value] of Object.entries(module)) {
      if (key.startsWith('_')) continue;
      // A kind the base does not have yet: a table by language of its own.
      out[key] =
        key in base ? overlayLanguage(base[key], value, lang) : Array.isArray(value) ? { [lang]: value } : overlayLanguage({}, value, lang);
    }
    return out;
  }
  throw new Error(`a language module (${lang}) gives ${describe(module)} where the lexicon has ${describe(base)}`);
}

const describe = (v: unknown): string => (Array.isArray(v) ? 'a list' : isTable(v) ? 'a table' : typeof v);
