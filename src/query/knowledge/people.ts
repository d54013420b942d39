// People across documents and scripts: Томенко = Tomenko. Names are compared by a Latin
// skeleton of each word (our own transliteration, the same idea as the contract's scorer): two
// names are one person when a full word agrees (a surname) and, where both give more, an initial
// agrees too. Curated merges and aliases are applied on top. Offices are kept as a dated history.
import { distance } from 'fastest-levenshtein';
import { countryOf } from '../../extract/gazetteer.js';
import type { StoredItem } from '../../store/knowledge.js';
import { UnionFind } from '../../store/units.js';
import { sourcesOf, type Source } from './sources.js';

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ў: 'o',
  ҳ: 'h',
};
const PATRONYMIC = /(vich|vna|ichna|kyzy|kizi|uli|ugli)$/;

/** A word as a Latin skeleton, so that spellings across scripts and transliterations meet. */
export function skeleton(word: string): string {
  const latin = [...word.toLowerCase()].map((ch) => CYR[ch] ?? ch).join('');
  return latin
    .normalize('NFKD')
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/ts/g, 'c')
    .replace(/y/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/ii/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The skeletons of a name's words, given name first and surname last: a patronymic is left out
 * (three words ending in one are written surname first, so the surname moves to the end).
 */
export function nameParts(name: string): string[] {
  const parts = name
    .split(/[\s.]+/)
    .map(skeleton)
    .filter(Boolean);
  if (parts.length === 3 && parts[2]!.length > 5 && PATRONYMIC.test(parts[2]!)) return [parts[1]!, parts[0]!];
  return parts;
}

/** The surname's position: the last full word (initials may follow it: Томенко В.П.). */
function surnameAt(parts: string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.length >= 3) return i;
  return -1;
}

const closeWords = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 6 && distance(a, b) <= 1);

/** Given names agree: an initial with any name of that letter, full names by spelling. */
const sameGiven = (x: string, y: string) => (x.length === 1 || y.length === 1 ? x[0] === y[0] : closeWords(x, y));

/**
 * One person: the surname of one name (its last full word) is a word of the other, and where
 * both say more, a given name agrees (Томенко В. = Viktor Tomenko, but Андрей Кузьмин ≠ Андрей Кулагин).
 */
export function samePerson(a: string | string[], b: string | string[]): boolean {
  const pa = typeof a === 'string' ? nameParts(a) : a;
  const pb = typeof b === 'string' ? nameParts(b) : b;
  const [sa, sb] = [surnameAt(pa), surnameAt(pb)];
  for (let i = 0; i < pa.length; i++)
    for (let j = 0; j < pb.length; j++) {
      if ((i !== sa && j !== sb) || pa[i]!.length < 3 || !closeWords(pa[i]!, pb[j]!)) continue;
      const ra = pa.filter((_, k) => k !== i);
      const rb = pb.filter((_, k) => k !== j);
      if (!ra.length || !rb.length || ra.some((x) => rb.some((y) => sameGiven(x, y)))) return true;
    }
  return false;
}

export interface Office {
  role: string | null;
  party: string | null;
  from: string | null;
  to: string | null;
}

export interface PersonEntity {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  party: string | null;
  offices: Office[];
  sources: Source[];
}

export interface PeopleCuration {
  merges: Map<string, string>;
  aliases: { person: string; alias: string }[];
}

export { UnionFind };

const mostCommon = (values: string[]) => {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
};

/**
 * A stable id: the commonest surname of the names and the commonest initial besides it; with
 * `full`, the whole given name (for two people whose short ids meet: Василий and Виталий Ершов).
 */
function personId(names: string[], full = false): string {
  const parts = names.map(nameParts);
  const surname = mostCommon(parts.map((p) => p[surnameAt(p)]).filter((w): w is string => !!w)) ?? 'unknown';
  const given = mostCommon(parts.flatMap((p) => p.filter((w) => !closeWords(w, surname)).map((w) => (full ? w : w[0]!))));
  return given ? `${surname}-${given}` : surname;
}

/** Merges name variants into people, applies curated merges and aliases, and dates their offices. */
export function buildPeople(items: readonly StoredItem[], curation: PeopleCuration): PersonEntity[] {
  const byName = new Map<string, StoredItem[]>();
  for (const it of items) {
    const name = String(it.payload.name ?? '').trim();
    if (!name) continue;
    const same = byName.get(name);
    if (same) same.push(it);
    else byName.set(name, [it]);
  }
  const names = [...byName.keys()];
  const parts = names.map(nameParts);
  const countries = names.map((n) => [
    ...new Set(
      byName
        .get(n)!
        .map((i) => (i.payload.actor ? countryOf(String(i.payload.actor)) : undefined))
        .filter((c): c is string => !!c),
    ),
  ]);
  const uf = new UnionFind(names.length);
  // Candidates share a word's first two letters: the blocking keeps this near-linear.
  const blocks = new Map<string, number[]>();
  parts.forEach((p, i) => {
    for (const w of new Set(p.filter((x) => x.length >= 3).map((x) => x.slice(0, 2)))) {
      const block = blocks.get(w);
      if (block) block.push(i);
      else blocks.set(w, [i]);
    }
  });
  const compatible = (i: number, j: number) => {
    const [a, b] = [countries[i]!, countries[j]!];
    return !a.length || !b.length || a.some((c) => b.includes(c));
  };
  // Full names first; a bare surname then joins the one person it fits, never bridging two.
  const bare = parts.map((p) => p.length < 2);
  const fits = new Map<number, Set<number>>();
  for (const group of blocks.values())
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const [i, j] = [group[x]!, group[y]!];
        if (!compatible(i, j) || !samePerson(parts[i]!, parts[j]!)) continue;
        if (!bare[i] && !bare[j]) uf.union(i, j);
        else if (bare[i] !== bare[j]) {
          const [b, f] = bare[i] ? [i, j] : [j, i];
          fits.set(b, (fits.get(b) ?? new Set()).add(f));
        }
      }
  for (const [b, full] of fits) {
    const people = new Set([...full].map((f) => uf.find(f)));
    if (people.size === 1) uf.union(b, [...full][0]!);
  }
  const clusters = new Map<number, string[]>();
  names.forEach((n, i) => {
    const group = clusters.get(uf.find(i));
    if (group) group.push(n);
    else clusters.set(uf.find(i), [n]);
  });

  // Curated: an alias names a person by id; a merge sends one id into another.
  const resolve = (id: string) => {
    const seen = new Set<string>();
    while (curation.merges.has(id) && !seen.has(id)) {
      seen.add(id);
      id = curation.merges.get(id)!;
    }
    return id;
  };
  const aliasOf = new Map(curation.aliases.map((a) => [personId([a.alias]), a.person]));
  const people = new Map<string, { names: string[]; items: StoredItem[] }>();
  const shortIds = [...clusters.values()].map((g) => personId(g));
  const taken = (id: string) => shortIds.indexOf(id) !== shortIds.lastIndexOf(id);
  for (const group of clusters.values()) {
    const short = personId(group);
    const own = taken(short) ? personId(group, true) : short;
    const id = resolve(aliasOf.get(own) ?? own);
    const p = people.get(id) ?? { names: [], items: [] };
    p.names.push(...group);
    p.items.push(...group.flatMap((n) => byName.get(n)!));
    people.set(id, p);
  }
  const extra = new Map<string, string[]>();
  for (const a of curation.aliases) extra.set(resolve(a.person), [...(extra.get(resolve(a.person)) ?? []), a.alias]);

  return [...people]
    .map(([id, p]) => {
      const name = mostCommon(p.items.map((i) => String(i.payload.name)))!;
      const offices = officeHistory(p.items);
      const last = offices[offices.length - 1];
      return {
        id,
        name,
        aliases: [...new Set([...p.names, ...(extra.get(id) ?? [])])].filter((n) => n !== name).sort(),
        role: last?.role ?? null,
        party: last?.party ?? null,
        offices,
        sources: sourcesOf(p.items),
      };
    })
    .sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id));
}

/** Offices in the order first seen: a change of role or party starts a new entry. */
function officeHistory(items: StoredItem[]): Office[] {
  const dated = [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const offices: Office[] = [];
  for (const it of dated) {
    const role = (it.payload.role as string | null) ?? null;
    const party = (it.payload.actor as string | null) ?? null;
    if (!role && !party) continue;
    const same = offices.find((o) => o.role === role && o.party === party);
    if (!same) offices.push({ role, party, from: it.published, to: it.published });
    else {
      same.from ??= it.published;
      same.to = it.published ?? same.to;
    }
  }
  return offices;
}
