// A party given as a person would write it: a code (RU-ALT, KZ), or a name in any language the
// gazetteer knows («Алтайский край», Altai Krai, Шығыс Қазақстан). Unknown and ambiguous names are
// answered with the candidates, so that the edges can say which were meant.
import { placeByCode, places, type Place } from '../../extract/gazetteer.js';

export interface PartyCandidate {
  code: string;
  type: Place['type'];
  name: string;
}

export type PartyLookup = { ok: true; code: string } | { ok: false; reason: string; candidates: PartyCandidate[] };

const CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;
const MAX_CANDIDATES = 10;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

function namesOf(p: Place): string[] {
  return [...Object.values(p.names).flat(), ...Object.values(p.abbr).flat()];
}

const candidate = (p: Place): PartyCandidate => ({ code: p.code, type: p.type, name: p.names.en[0] ?? p.names.ru[0] ?? p.code });

/**
 * The party code for `input`. A known code is itself; an ISO-shaped code of a known country (IR-10)
 * stands as given. A name matching one place is that place; matching several, the one country or
 * region among them (a city named like a region is the lesser reading); else the candidates.
 */
export function resolveParty(input: string): PartyLookup {
  const known = placeByCode(input);
  if (known) return { ok: true, code: known.code };
  if (CODE.test(input)) {
    const country = placeByCode(input.slice(0, 2));
    if (input.length > 2 && country?.type === 'country') return { ok: true, code: input.toUpperCase() };
    return { ok: false, reason: `unknown party code ${input}`, candidates: [] };
  }
  const wanted = norm(input);
  if (!wanted) return { ok: false, reason: 'empty party name', candidates: [] };
  const exact = places().filter((p) => namesOf(p).some((n) => norm(n) === wanted));
  const main = exact.filter((p) => p.type !== 'city');
  if (exact.length === 1) return { ok: true, code: exact[0]!.code };
  if (main.length === 1) return { ok: true, code: main[0]!.code };
  if (exact.length > 1)
    return { ok: false, reason: `the name ${input} is ambiguous`, candidates: exact.slice(0, MAX_CANDIDATES).map(candidate) };
  // No name is exactly it: names that start with it, or contain it as a word.
  const partial = places().filter((p) => namesOf(p).some((n) => norm(n).startsWith(wanted) || norm(n).includes(` ${wanted}`)));
  const partialMain = partial.filter((p) => p.type !== 'city');
  if (partial.length === 1) return { ok: true, code: partial[0]!.code };
  if (partialMain.length === 1 && partial.length <= 3) return { ok: true, code: partialMain[0]!.code };
  return {
    ok: false,
    reason: partial.length ? `the name ${input} is ambiguous` : `no party is named ${input}`,
    candidates: [...partialMain, ...partial.filter((p) => p.type === 'city')].slice(0, MAX_CANDIDATES).map(candidate),
  };
}
