// Builds lexicons/places.json, the places lexicon read by src/extract/gazetteer.ts.
//   npx tsx scripts/build-gazetteer.ts
// Sources: country names from i18n-iso-countries and iso3166-2-db, first-level subdivisions from
// iso3166-2-db, and the curated additions under lexicons/curated/places (see its README.md):
// codes the packages have wrong or lack, informal names, abbreviations, adjectives, and cities.
// The name patterns and the adjective rule below are ours: no package derives these forms.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../src/text/normalize.js';
import { dictionaryKeys } from '../src/text/morph.js';
import { tokenize } from '../src/text/segment.js';
import type { ByLang, Place } from '../src/extract/gazetteer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const curatedDir = path.join(root, 'lexicons', 'curated', 'places');
const require = createRequire(import.meta.url);

/** Countries whose first-level subdivisions go in the lexicon. */
const SUBDIVIDED = [
  'RU',
  'KZ',
  'KG',
  'UZ',
  'TJ',
  'TM',
  'BY',
  'MN',
  'CN',
  'AZ',
  'AM',
  'GE',
  'MD',
  'UA',
  'TR',
  'IR',
  'IN',
  'AE',
  'VN',
  'PK',
  'AF',
  'KR',
  'KP',
  'JP',
];
/**
 * Languages taken for country names besides ru and en: the Central Asian ones of our documents,
 * and the languages of the neighbours' own media (Azerbaijani, Belarusian, Mongolian, Tajik,
 * Turkmen, Turkish).
 */
const EXTRA_LANGS = ['kk', 'ky', 'uz', 'az', 'be', 'mn', 'tg', 'tk', 'tr'];
/**
 * Languages whose case endings are suffixes the Russian morphology does not strip: a country of
 * the field named in them also matches as a prefix («Rusiyanın», «Расіі», «Оросын», «Русияро»).
 */
const SUFFIXING_LANGS = ['az', 'be', 'mn', 'tg', 'tk', 'tr'];
/** The countries whose news we read: their names in the suffixing languages go in as prefixes. */
const FIELD = new Set(SUBDIVIDED);
/** Countries whose units are oblasts, so "X Region" and "X Oblast" are the same name. */
const OBLASTS = new Set(['RU', 'KZ', 'KG', 'UZ', 'TJ', 'BY', 'UA']);
/** The Russian word for a unit whose package name is a bare proper name ("Исфахан" → "провинция Исфахан"). */
const UNIT_RU: Record<string, string> = {
  IR: 'провинция',
  TR: 'провинция',
  AF: 'провинция',
  VN: 'провинция',
  KR: 'провинция',
  KP: 'провинция',
  JP: 'префектура',
  MN: 'аймак',
};
/** The English word of such a unit, dropped for the bare name ("Niigata Prefecture" → "Niigata"). */
const UNIT_EN = / (Province|Prefecture)$/;
/** Generic words: a Russian name with none of them is a bare proper name. */
const GENERIC_RU = /(област|край|республик|округ|район|аймак|провинци|префектур|губернаторств|велаят|остан|территори|город|зона)/i;
/** A Russian unit name that starts with an adjective: "Омская область" gives "омский". */
const ADJECTIVE_NAME = /^([А-ЯЁ][А-ЯЁа-яё-]*?)(ск|цк)(ая|ий) (область|край|автономный округ|автономная область|велаят|аймак)$/;

type Lists = 'names' | 'abbr' | 'adjectives';
/** A place while it is built: curated forms are kept apart so that they can go first. */
type Entry = Place & { curated: Pick<Place, Lists>; ambiguousSet: Set<string>; drop: Set<string>; centreFlag?: boolean };

const byLang = (): ByLang => ({ ru: [], en: [] });
const asArray = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function newEntry(code: string, type: Place['type'], country: string): Entry {
  const curated = { names: byLang(), abbr: byLang(), adjectives: byLang() };
  return { code, type, country, names: byLang(), abbr: byLang(), adjectives: byLang(), curated, ambiguousSet: new Set(), drop: new Set() };
}

function add(entry: Pick<Place, Lists>, list: Lists, lang: string, values: string[]): void {
  const target = (entry[list][lang] ??= []);
  for (const v of values) if (v.trim()) target.push(v.trim());
}

/** Puts the curated forms before the packages' ones. */
function mergeCurated(entry: Entry): void {
  for (const list of LIST_NAMES) {
    for (const [lang, values] of Object.entries(entry.curated[list])) entry[list][lang] = [...values, ...(entry[list][lang] ?? [])];
  }
}

// --- countries -------------------------------------------------------------------------------

/** An all-capitals short form (США, UAE, U.S.A.) is an abbreviation, not a name. */
const isAbbr = (s: string): boolean => s.length <= 7 && !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s);

/** Sorts one package name into names and abbreviations: "КНР (Китайская Народная Республика)". */
function addPackageName(entry: Entry, lang: string, raw: string): void {
  // Inverted ISO forms ("Korea, Republic of", "Virgin Islands, U.S."); a comma in a list of islands stays.
  if (/, (?!.* (and|и) )|\bof the\)/.test(raw)) return;
  const paren = /^(.+?) \((.+)\)$/.exec(raw);
  if (paren && isAbbr(paren[1]!)) {
    add(entry, 'abbr', lang, [paren[1]!]);
    add(entry, 'names', lang, [paren[2]!]);
    return;
  }
  const name = raw.replace(/[()]/g, '');
  add(entry, isAbbr(name) ? 'abbr' : 'names', lang, [name]);
}

function countries(): Entry[] {
  const langs = ['ru', 'en', ...EXTRA_LANGS];
  const i18n = Object.fromEntries(
    langs.map((l) => [l, (require(`i18n-iso-countries/langs/${l}.json`) as { countries: Record<string, string | string[]> }).countries]),
  );
  const db = Object.fromEntries(
    ['ru', 'en'].map((l) => [l, require(`iso3166-2-db/countryList/dispute/UN/${l}.json`) as Record<string, { name: string }>]),
  );
  const all = Object.keys(i18n.en!).map((code) => {
    const entry = newEntry(code, 'country', code);
    for (const lang of langs) {
      for (const name of asArray(i18n[lang]![code])) addPackageName(entry, lang, name);
      const dbName = db[lang]?.[code]?.name;
      if (dbName) addPackageName(entry, lang, dbName);
    }
    return entry;
  });
  // Another country's name may begin with the prefix («Турк*» of Mongolian, and Туркменистан).
  const everyName = all.flatMap((e) =>
    Object.values(e.names)
      .flat()
      .map((n) => [e, fold(n)] as const),
  );
  for (const entry of all.filter((e) => FIELD.has(e.code)))
    for (const lang of SUFFIXING_LANGS) {
      const stems = suffixedForms(entry, lang).filter(
        (f) => !everyName.some(([e, n]) => e !== entry && n.startsWith(fold(f.slice(0, -1)))),
      );
      add(entry, 'names', lang, stems);
    }
  return all;
}

/**
 * A one-word name in a suffixing language as a prefix (a trailing *), less a final vowel that
 * the suffixes replace («Расія» → «Расі*» for «Расіі», «Rusiya*» for «Rusiyanın»). A form the
 * Russian names already hold is left to the Russian morphology, lest a capitalised Russian
 * adjective («Казахстанская») read as the name.
 */
function suffixedForms(entry: Entry, lang: string): string[] {
  const russian = new Set(entry.names.ru.map(fold));
  return (entry.names[lang] ?? [])
    .filter((n) => !/[\s-]/.test(n) && !russian.has(fold(n)))
    .map((n) => n.replace(/(?<=\p{L}{4})[аяьйыіaeiıouəý]$/u, ''))
    .filter((stem) => stem.length >= 4)
    .map((stem) => `${stem}*`);
}

// --- subdivisions ----------------------------------------------------------------------------

function subdivisions(): Entry[] {
  return SUBDIVIDED.flatMap((cc) => {
    const load = (l: string) => require(`iso3166-2-db/regions/${cc}/dispute/UN/${l}.json`) as { iso: string; name: string }[];
    const en = new Map(load('en').map((r) => [r.iso, r.name]));
    const seen = new Set<string>();
    return load('ru').flatMap((r) => {
      if (seen.has(r.iso)) return []; // the package repeats a few units
      seen.add(r.iso);
      const entry = newEntry(`${cc}-${r.iso}`, 'region', cc);
      // Untranslated Latin names in the Russian list ("Osh", "Ha Noi") are not Russian names.
      add(entry, 'names', /[А-ЯЁа-яё]/.test(r.name) ? 'ru' : 'en', [r.name]);
      add(entry, 'names', 'en', [en.get(r.iso) ?? '']);
      return [entry];
    });
  });
}

// --- curated data ----------------------------------------------------------------------------

interface Row {
  code: string;
  field: string;
  values: string[];
  where: string;
}

const split = (s: string): string[] =>
  s
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);

function tsvLines(file: string): { cells: string[]; where: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ cells: line.split('\t'), where: `${path.relative(root, file)}:${i + 1}` }))
    .filter(({ cells }) => cells[0]!.trim() !== '' && !cells[0]!.startsWith('#'));
}

const tsvFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => path.join(dir, f));

/** Long-format rows: `CODE <tab> field <tab> value|value`. */
function curatedRows(): Row[] {
  return tsvFiles(curatedDir).flatMap((file) =>
    tsvLines(file).map(({ cells, where }) => ({
      code: cells[0]!.trim(),
      field: (cells[1] ?? '').trim(),
      values: split(cells[2] ?? ''),
      where,
    })),
  );
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Cities, one a line: `region lat lon en-names ru-names [field=values ...]`. */
function cityRows(): { entry: Entry; rows: Row[] }[] {
  return tsvFiles(path.join(curatedDir, 'cities')).flatMap((file) =>
    tsvLines(file).map(({ cells, where }) => {
      const [region, lat, lon, en, ru, ...extra] = cells.map((c) => c.trim());
      const enNames = split(en ?? '');
      if (!region || !enNames.length) throw new Error(`${where}: a city needs a region and an English name`);
      const entry = newEntry(`${region.slice(0, 2)}:${slug(enNames[0]!)}`, 'city', region.slice(0, 2));
      entry.region = region;
      entry.lat = Number(lat);
      entry.lon = Number(lon);
      add(entry, 'names', 'en', enNames);
      add(entry, 'names', 'ru', split(ru ?? ''));
      const rows = extra.filter(Boolean).map((cell) => {
        const eq = cell.indexOf('=');
        return eq < 0
          ? { code: entry.code, field: cell, values: [], where }
          : { code: entry.code, field: cell.slice(0, eq), values: split(cell.slice(eq + 1)), where };
      });
      return { entry, rows };
    }),
  );
}

function applyRow(entries: Map<string, Entry>, row: Row): void {
  const { code, field, values, where } = row;
  if (field === 'remove') {
    entries.delete(code);
    return;
  }
  let entry = entries.get(code);
  if (!entry) {
    const iso = /^([A-Z]{2})(-[A-Z0-9]{1,3})?$/.exec(code);
    if (!iso) throw new Error(`${where}: unknown code ${code}`);
    entry = newEntry(code, iso[2] ? 'region' : 'country', iso[1]!);
    entries.set(code, entry);
  }
  const [list, lang] = field.split('.') as [string, string | undefined];
  if (field === 'rename') {
    entries.delete(code);
    entry.code = values[0]!;
    entries.set(entry.code, entry);
  } else if (list === 'abbr' || list === 'adj') add(entry.curated, list === 'adj' ? 'adjectives' : 'abbr', lang!, values);
  else if (/^[a-z]{2}$/.test(field)) add(entry.curated, 'names', field, values);
  else if (field === 'alias') (entry.aliases ??= []).push(...values);
  else if (field === 'ambiguous') values.forEach((v) => entry.ambiguousSet.add(v));
  else if (field === 'drop') values.forEach((v) => entry.drop.add(fold(v)));
  else if (field === 'lat' || field === 'lon') entry[field] = Number(values[0]);
  else if (field === 'capital_of' || field === 'region') entry[field] = values[0];
  else if (field === 'centre') entry.centreFlag = true;
  else throw new Error(`${where}: unknown field ${field}`);
}

// --- generated forms -------------------------------------------------------------------------

/** The usual alternative patterns of a subdivision's names. */
function namePatterns(entry: Entry): void {
  const cc = entry.country;
  const en: string[] = [];
  for (const name of entry.names.en) {
    let m: RegExpExecArray | null;
    if ((m = /^(.+) Oblast$/.exec(name))) en.push(`${m[1]} Region`);
    else if ((m = /^(.+) Region$/.exec(name)) && OBLASTS.has(cc)) en.push(`${m[1]} Oblast`);
    else if ((m = /^(.+) Krai$/.exec(name))) en.push(`${m[1]} Territory`, `${m[1]} Region`);
    else if ((m = /^(.+) Autonomous Okrug$/.exec(name))) en.push(`${m[1]} Autonomous District`);
    else if (UNIT_EN.test(name) && UNIT_RU[cc]) en.push(name.replace(UNIT_EN, ''));
  }
  add(entry, 'names', 'en', en);
  const unit = UNIT_RU[cc];
  // Only units the package calls provinces: a city of federal rank ("Ha Noi", "Ulan Bator") is not one.
  if (unit && entry.names.en.some((n) => UNIT_EN.test(n))) {
    const bare = entry.names.ru.filter((n) => !GENERIC_RU.test(n));
    add(
      entry,
      'names',
      'ru',
      bare.map((n) => `${unit} ${n}`),
    );
    if (cc === 'MN')
      add(
        entry,
        'names',
        'en',
        entry.names.en.filter((n) => !/ /.test(n)).map((n) => `${n} aimag`),
      );
  }
  for (const name of entry.names.ru) {
    const m = ADJECTIVE_NAME.exec(name);
    if (m) add(entry, 'adjectives', 'ru', [`${m[1]!.toLowerCase()}${m[2]}ий`]);
    if (m && TRANSLITERATED.has(cc)) add(entry, 'names', 'en', transliterated(`${m[1]}${m[2]}`, m[4]!));
    // Armenian media in Russian call a marz by its own word too: «Сюникский марз».
    if (m && cc === 'AM') add(entry, 'names', 'ru', [`${m[1]}${m[2]}ий марз`]);
  }
}

/** Countries whose English-language media also write the Russian name in Latin letters. */
const TRANSLITERATED = new Set(['RU', 'KZ', 'BY']);
const LATIN_UNIT: Record<string, { ending: string[]; words: string[] }> = {
  область: { ending: ['aya'], words: ['Oblast'] },
  край: { ending: ['iy', 'y', 'ii'], words: ['Krai', 'Kray'] },
};

/** "Хабаровский край" as "Khabarovskiy Kray", "Свердловская область" as "Sverdlovskaya Oblast". */
function transliterated(stem: string, unit: string): string[] {
  const latin = LATIN_UNIT[unit];
  if (!latin) return [];
  const base = [...stem].map((ch, i) => {
    const lower = ch.toLowerCase();
    const t = lower === 'е' && i === 0 ? 'ye' : (TRANSLIT[lower] ?? lower);
    return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  });
  return latin.ending.flatMap((e) => latin.words.map((w) => `${base.join('')}${e} ${w}`));
}

/** Countries whose Russian names are transcriptions with э, which much of the press writes е. */
const E_SPELLING = new Set(['CN', 'MN', 'JP', 'KR', 'KP']);

/**
 * The usual variants of transcribed East Asian names: «Хейлунцзян» for «Хэйлунцзян», «Хейхе» for
 * «Хэйхэ» (an initial Э stays: «Эрдэнэт» → «Эрденет»); and a Chinese province's adjective from its
 * bare name («Хэнань» → хэнаньский), which the package does not give.
 */
function eastAsianVariants(entry: Entry): void {
  if (!E_SPELLING.has(entry.country)) return;
  const withE = (n: string) => n.replace(/(?<=\p{L})э/gu, 'е');
  add(entry, 'names', 'ru', entry.names.ru.filter((n) => withE(n) !== n).map(withE));
  if (entry.country !== 'CN' || entry.type !== 'region') return;
  const bare = entry.names.ru.filter((n) => /^[А-ЯЁ][а-яё]+$/.test(n) && /[^аеёиоуыэюя]$/.test(n));
  const adjectives = bare.map((n) => `${n.toLowerCase()}ский`);
  add(entry, 'adjectives', 'ru', [...adjectives, ...adjectives.map(withE)]);
}

/**
 * Azerbaijan's districts as its media write them: "Quba rayonu", "Quba region", and English
 * news's G for the initial Q ("Guba", "Gabala").
 */
function azerbaijaniDistricts(entry: Entry): void {
  if (entry.country !== 'AZ' || entry.type !== 'region') return;
  const cores = entry.names.en.flatMap((n) => /^([A-Z][a-z]+) District$/.exec(n)?.slice(1, 2) ?? []);
  const variants = [...new Set(cores.flatMap((c) => [c, c.replace(/^Q/, 'G')]))];
  add(
    entry,
    'names',
    'en',
    variants.flatMap((c) => [`${c} District`, `${c} Region`, `${c} rayon`]),
  );
  add(
    entry,
    'names',
    'az',
    cores.flatMap((c) => [`${c} rayonu`, `${c} rayon*`]),
  );
}

/** Countries whose oblasts and krais get the generic words of the neighbours' languages. */
const LOCAL_FORMS = new Set(['RU', 'KZ', 'KG', 'UZ', 'TJ', 'BY', 'UA']);

/**
 * The generic words of an oblast and a krai in the languages whose media name Russian and Central
 * Asian regions by a bare proper name: «Омск облысы» (kk), «Омск облусу» (ky), «Omsk viloyati»,
 * «Омск вилояти» (uz), «вилояти Омск» (tg), «Omsk vilayəti» (az), «Омск муж» (mn); Turkic suffixes
 * ride on a trailing *. `{c}` is the Cyrillic core of the name, `{l}` the Latin one.
 */
const GENERIC: Record<'oblast' | 'krai', Record<string, string[]>> = {
  oblast: {
    kk: ['{c} облысы', '{c} облыс*'],
    ky: ['{c} облусу', '{c} облус*'],
    uz: ['{l} viloyati', '{l} viloyat*', '{o} viloyati', '{o} viloyat*', '{c} вилоят*'],
    tg: ['вилояти {c}'],
    az: ['{l} vilayəti', '{l} vilayət*', '{z} vilayəti', '{z} vilayət*'],
    mn: ['{c} муж*'],
    be: ['{a}* вобласц*'],
  },
  krai: {
    kk: ['{c} өлкесі', '{c} өлке*'],
    ky: ['{c} крайы', '{c} крайы*'],
    uz: ["{l} o'lkasi", "{l} o'lka*", '{l} oʻlka*', "{o} o'lkasi", "{o} o'lka*", '{o} oʻlka*', '{c} ўлка*'],
    az: ['{l} diyarı', '{l} diyar*', '{z} diyarı', '{z} diyar*'],
    mn: ['{c} хязгаар*'],
  },
};

/**
 * The Latin alphabets of Uzbek (`{o}`) and Azerbaijani (`{z}`) spell a Russian name letter by letter
 * from its Cyrillic («Челябинск» → Chelyabinsk / Çelyabinsk, «Нижний Новгород» → Nijniy Novgorod /
 * Nijni Novqorod, «Волгоград» → Volgograd / Volqoqrad), not as English does ("Nizhny").
 */
const LATIN_OF: Record<'uz' | 'az', Record<string, string>> = {
  uz: {
    ий: 'iy',
    дж: 'j',
    ж: 'j',
    х: 'x',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sh',
    ы: 'i',
    ь: '',
    ъ: '',
    й: 'y',
    ё: 'yo',
    ю: 'yu',
    я: 'ya',
    э: 'e',
  },
  az: {
    дж: 'c',
    г: 'q',
    ж: 'j',
    х: 'x',
    ц: 'ts',
    ч: 'ç',
    ш: 'ş',
    щ: 'ş',
    ы: 'ı',
    ь: '',
    ъ: '',
    й: 'y',
    ё: 'yo',
    ю: 'yu',
    я: 'ya',
    э: 'e',
    ий: 'i',
  },
};

function latinOf(cyrillic: string, lang: 'uz' | 'az'): string {
  const table = LATIN_OF[lang];
  const out = cyrillic.replace(/ий(?!\p{L})|дж|\p{L}/gu, (ch, at: number) => {
    const lower = ch.toLowerCase();
    // A word-initial е is ye (Екатеринбург → Yekaterinburg).
    const latin = lower === 'е' && (at === 0 || /[\s-]/u.test(cyrillic[at - 1]!)) ? 'ye' : (table[lower] ?? TRANSLIT[lower] ?? lower);
    return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}

const TRANSLIT: Record<string, string> = {
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
  й: 'y',
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
};
/** A loose Latin skeleton for comparing a Russian and an English spelling (y, e and soft signs dropped). */
const skeleton = (s: string, cyrillic: boolean): string =>
  (cyrillic ? [...s.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('') : s.toLowerCase()).replace(/[^a-z]|y|e/g, '');

/**
 * The bare proper name of an oblast or krai in Latin and Cyrillic: "Sverdlovsk Oblast" gives
 * Sverdlovsk / Свердловск. The Cyrillic one is the Russian name of the city the unit is named
 * after (Penza → Пенза), else the stem of the Russian adjective that spells the English core
 * (Свердловская → Свердловск, Ленинградская → Ленинград).
 */
function coreNames(
  entry: Entry,
  cities: Map<string, Entry>,
): { kind: 'oblast' | 'krai'; l: string; c: string | null; a: string | null } | null {
  // Belarusian writes the Russian adjective with і for и («Курскай вобласці»); its stem is the prefix.
  const adjective = entry.names.ru.map((n) => ADJECTIVE_NAME.exec(n)).find(Boolean);
  const a = adjective ? `${adjective[1]}${adjective[2]}`.replace(/и/g, 'і') : null;
  for (const name of entry.names.en) {
    const m = /^([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?) (Oblast|Region|Krai|Territory)$/u.exec(name);
    if (!m || /(sky|skiy|ian|Autonomous)$/.test(m[1]!)) continue;
    const kind = m[2] === 'Krai' || m[2] === 'Territory' ? 'krai' : 'oblast';
    if (kind === 'krai' && !entry.names.ru.some((n) => /край$/.test(n))) continue;
    if (kind === 'oblast' && !entry.names.ru.some((n) => /област/.test(n))) continue;
    const l = m[1]!;
    const city = cities.get(`${entry.country}:${l}`);
    if (city) return { kind, l, c: city.names.ru[0] ?? null, a };
    const stems = entry.names.ru.flatMap((n) => {
      const a = ADJECTIVE_NAME.exec(n);
      return a ? [`${a[1]}${a[2]}`, a[1]!] : [];
    });
    const c = stems.find((st) => skeleton(st, true) === skeleton(l, false)) ?? null;
    return { kind, l, c, a };
  }
  return null;
}

/** An oblast's or krai's names with the generic words of the neighbours' languages. */
function localForms(entry: Entry, cities: Map<string, Entry>): void {
  if (!LOCAL_FORMS.has(entry.country)) return;
  const core = coreNames(entry, cities);
  if (!core) return;
  const latin = [...new Set([core.l, core.l.replace(/kh/gi, (k) => (k[0] === 'K' ? 'X' : 'x'))])];
  // «муж» is also a Russian word: not after a core that is a first name or a common word too.
  const city = cities.get(`${entry.country}:${core.l}`);
  const shaky = Boolean(core.c && city && [...city.ambiguousSet].some((v) => fold(v) === fold(core.c!)));
  for (const [lang, patterns] of Object.entries(GENERIC[core.kind])) {
    if (lang === 'mn' && shaky) continue;
    const forms = patterns.flatMap((p) =>
      p.includes('{o}') || p.includes('{z}')
        ? core.c
          ? [p.replace('{o}', latinOf(core.c, 'uz')).replace('{z}', latinOf(core.c, 'az'))]
          : []
        : p.includes('{l}')
          ? latin.map((l) => p.replace('{l}', l))
          : p.includes('{a}')
            ? core.a
              ? [p.replace('{a}', core.a)]
              : []
            : core.c
              ? [p.replace('{c}', core.c)]
              : [],
    );
    add(entry, 'names', lang, forms);
  }
}

// --- assembly --------------------------------------------------------------------------------

const LIST_NAMES: Lists[] = ['names', 'abbr', 'adjectives'];

/**
 * Mongolian drops the second vowel of «аймаг» and «мөрөн» before a case ending («Төв аймгийн»,
 * «аймагт»): a name ending in «аймаг*» also takes «аймг*».
 */
function mongolianStems(entry: Entry): void {
  const names = entry.names.mn;
  if (!names) return;
  add(
    entry,
    'names',
    'mn',
    names.filter((n) => / аймаг\*$/u.test(n)).map((n) => n.replace(/ аймаг\*$/u, ' аймг*')),
  );
}

/** Removes dropped and repeated forms (repeats by folded spelling: case and ё do not count). */
function tidy(entry: Entry): void {
  for (const list of LIST_NAMES) {
    for (const lang of Object.keys(entry[list])) {
      const seen = new Set<string>();
      entry[list][lang] = entry[list][lang]!.filter((v) => {
        const key = fold(v);
        if (entry.drop.has(key) || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
  }
}

const forms = (e: Place): string[] => LIST_NAMES.flatMap((list) => Object.values(e[list]).flat());

/** Whether two places sharing a form is expected: a city and its own region, a capital and its country. */
function related(a: Place, b: Place): boolean {
  const link = (x: Place, y: Place) => x.region === y.code || x.capital_of === y.code;
  return link(a, b) || link(b, a);
}

/**
 * The keys a form is matched by, one per reading, as the phrase matcher makes them: nouns and
 * adjectives keep apart («Минск» is not «минский»).
 */
function matchKeys(form: string): string[] {
  const words = tokenize(form).filter((t) => t.kind === 'word');
  return words.reduce<string[]>((acc, w) => acc.flatMap((a) => dictionaryKeys(w.text).map((k) => (a ? `${a} ${k}` : k))), ['']);
}

/** Flags forms that several unrelated places share (by the keys the matcher compares). */
function collisions(entries: Entry[]): Map<string, Set<string>> {
  const byStem = new Map<string, { entry: Entry; form: string }[]>();
  for (const entry of entries) {
    for (const form of new Set(forms(entry))) {
      for (const key of new Set(matchKeys(form))) byStem.set(key, [...(byStem.get(key) ?? []), { entry, form }]);
    }
  }
  const report = new Map<string, Set<string>>();
  for (const [key, hits] of byStem) {
    for (const a of hits) {
      const others = hits.filter((b) => b.entry !== a.entry && !related(a.entry, b.entry));
      if (!others.length) continue;
      a.entry.ambiguousSet.add(a.form);
      const codes = report.get(key) ?? new Set<string>();
      [a, ...others].forEach((h) => codes.add(h.entry.code));
      report.set(key, codes);
    }
  }
  return report;
}

function finish(entry: Entry): Place {
  const { ambiguousSet, curated: _curated, drop: _drop, centreFlag: _centre, ...place } = entry;
  // Flags are written in the entry's own spellings, as consumers compare them exactly.
  const flagged = new Set([...ambiguousSet].map(fold));
  const ambiguous = [...new Set(forms(place).filter((f) => flagged.has(fold(f))))];
  const present = new Set(forms(place).map(fold));
  const missing = [...ambiguousSet].filter((v) => !present.has(fold(v)));
  if (missing.length) throw new Error(`${entry.code}: ambiguous forms not in the entry: ${missing.join(', ')}`);
  for (const list of LIST_NAMES) place[list] = { ...byLang(), ...place[list] };
  const out: Place = { ...place, ambiguous: ambiguous.length ? ambiguous.sort() : undefined };
  const order = [
    'code',
    'type',
    'country',
    'names',
    'abbr',
    'adjectives',
    'region',
    'capital_of',
    'centre',
    'aliases',
    'ambiguous',
    'lat',
    'lon',
  ];
  return Object.fromEntries(
    order.filter((k) => out[k as keyof Place] !== undefined).map((k) => [k, out[k as keyof Place]]),
  ) as unknown as Place;
}

const CODE = /^([A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|[A-Z]{2}:[a-z0-9-]+)$/;

function validate(list: Place[]): void {
  const codes = new Set<string>();
  const errors: string[] = [];
  for (const p of list) {
    if (!CODE.test(p.code)) errors.push(`malformed code ${p.code}`);
    for (const c of [p.code, ...(p.aliases ?? [])]) {
      if (codes.has(c)) errors.push(`duplicate code ${c}`);
      codes.add(c);
    }
    if (!p.names.en.length || !p.names.ru.length) errors.push(`${p.code}: needs ru and en names`);
    if (p.lat !== undefined && !(Math.abs(p.lat) <= 90 && Math.abs(p.lon ?? NaN) <= 180)) errors.push(`${p.code}: bad coordinates`);
  }
  for (const p of list) {
    for (const ref of [p.region, p.capital_of, p.centre]) if (ref && !codes.has(ref)) errors.push(`${p.code}: unknown code ${ref}`);
  }
  if (errors.length) throw new Error(errors.join('\n'));
}

function build(): void {
  const entries = new Map<string, Entry>();
  for (const e of [...countries(), ...subdivisions()]) entries.set(e.code, e);
  const rows = curatedRows();
  // Renames and removals first, so that the other rows can use the codes in force.
  const structural = (r: Row) => r.field === 'rename' || r.field === 'remove';
  rows.filter(structural).forEach((r) => applyRow(entries, r));
  for (const { entry, rows: extra } of cityRows()) {
    if (entries.has(entry.code)) throw new Error(`duplicate city ${entry.code}`);
    entries.set(entry.code, entry);
    extra.forEach((r) => applyRow(entries, r));
  }
  rows.filter((r) => !structural(r)).forEach((r) => applyRow(entries, r));

  const all = [...entries.values()];
  all.forEach(mergeCurated);
  for (const e of all) if (e.type === 'region') namePatterns(e);
  const cities = new Map(all.filter((e) => e.type === 'city').flatMap((e) => e.names.en.map((n) => [`${e.country}:${n}`, e] as const)));
  for (const e of all) if (e.type === 'region') localForms(e, cities);
  for (const e of all) if (e.type !== 'country') eastAsianVariants(e);
  for (const e of all) azerbaijaniDistricts(e);
  for (const e of all) mongolianStems(e);
  for (const city of all.filter((e) => e.type === 'city')) {
    const region = entries.get(city.region!);
    if (city.centreFlag && region) region.centre = city.code;
  }
  for (const e of all) {
    const anchor =
      e.type === 'region' ? entries.get(e.centre ?? '') : e.type === 'country' ? all.find((c) => c.capital_of === e.code) : undefined;
    if (anchor && e.lat === undefined) [e.lat, e.lon] = [anchor.lat, anchor.lon];
    tidy(e);
  }
  const report = collisions(all);
  const typeRank = { country: 0, region: 1, city: 2 };
  const list = all.map(finish).sort((a, b) => typeRank[a.type] - typeRank[b.type] || a.code.localeCompare(b.code));
  validate(list);

  writeFileSync(path.join(root, 'lexicons', 'places.json'), '[\n' + list.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n');
  const count = (t: Place['type']) => list.filter((p) => p.type === t).length;
  console.log(`places.json: ${list.length} places (${count('country')} countries, ${count('region')} regions, ${count('city')} cities)`);
  const noCoords = list.filter((p) => p.lat === undefined).map((p) => p.code);
  if (noCoords.length) console.log(`without coordinates: ${noCoords.length} (${noCoords.slice(0, 12).join(' ')} ...)`);
  if (process.argv.includes('--collisions')) for (const [key, codes] of report) console.log(`collision ${key}: ${[...codes].join(' ')}`);
}

build();
