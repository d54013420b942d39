// The places lexicon (lexicons/places.json, built by scripts/build-gazetteer.ts): countries,
// first-level subdivisions and cities with their names, abbreviations and adjectives.
// Loaded once, on first use (readLexicon finds lexicons/ from src/ under tsx and from dist/).
import { readLexicon } from '../core/paths.js';

export type PlaceType = 'country' | 'region' | 'city';

/** Word lists by language code (`ru` and `en` always present; `kk`, `ky`, `uz` where known). */
export type ByLang = { ru: string[]; en: string[] } & Record<string, string[]>;

export interface Place {
  /**
   * ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a subdivision, and `CC:slug` for a city
   * (`RU:barnaul`), the slug made from its English name.
   */
  code: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2 of the country the place is in (its own code for a country). */
  country: string;
  /** Dictionary (nominative) forms; the first English name is the one an event `place` uses. */
  names: ByLang;
  /** Abbreviations, to be matched case-sensitively (РФ, КНР, ВКО, UAE). */
  abbr: ByLang;
  /** Adjectives in the masculine nominative (омский, восточно-казахстанский, Kazakh). */
  adjectives: ByLang;
  /** Cities only: the subdivision (or, where we list none, the country) the city belongs to. */
  region?: string;
  /** Cities only: the country whose capital the city is. */
  capital_of?: string;
  /** Subdivisions only: the code of the administrative centre (a city). */
  centre?: string;
  /** Other codes that denote this place (Kazakhstan's 2024 numbers, China's pre-2017 numbers). */
  aliases?: string[];
  /**
   * The entry's names, abbreviations and adjectives that also denote something else (another
   * place, a person, a common word): a match on them needs support from context.
   */
  ambiguous?: string[];
  /** Approximate centre: a city itself, a region's administrative centre, a country's capital. */
  lat?: number;
  lon?: number;
}

let cache: { list: Place[]; byCode: Map<string, Place> } | undefined;

function load(): { list: Place[]; byCode: Map<string, Place> } {
  if (cache) return cache;
  const list = readLexicon<Place[]>('places');
  const byCode = new Map<string, Place>();
  for (const place of list) {
    byCode.set(place.code, place);
    for (const alias of place.aliases ?? []) byCode.set(alias, place);
  }
  cache = { list, byCode };
  return cache;
}

/** Every place of the lexicon. */
export function places(): Place[] {
  return load().list;
}

/** The place with this code or alias code (case-insensitive for ISO codes). */
export function placeByCode(code: string): Place | undefined {
  const { byCode } = load();
  return byCode.get(code) ?? byCode.get(code.toUpperCase());
}

/**
 * The ISO 3166-1 country of a place code: the place's own country when known, else the prefix
 * of an ISO 3166-2-shaped code (so `IR-10` gives `IR` even if the lexicon lacks it).
 */
export function countryOf(code: string): string | undefined {
  const place = placeByCode(code);
  if (place) return place.country;
  const iso = /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/.exec(code.toUpperCase());
  return iso?.[1];
}
