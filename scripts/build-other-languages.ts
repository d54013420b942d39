// Writes lexicons/curated/places/other-languages.tsv: Russia's regions as Azerbaijani, Tajik,
// Belarusian and Mongolian news name them, made by rule from the gazetteer's own Russian and English
// names (then read by scripts/build-gazetteer.ts like any curated table).
//   npx tsx scripts/build-other-languages.ts && npx tsx scripts/build-gazetteer.ts
// These languages name a Russian oblast by its Russian stem and their own generic word («вилояти
// Свердловск», "Sverdlovsk vilayəti", «Свердлоўская вобласць», «Свердловск муж»), so the stem is
// found once (the Russian adjective's stem whose transliteration is the English name's) and the
// generic words are added per language. A trailing * takes the case endings these languages add.
// Names no rule gives (Moscow in Tajik, Irkutsk in Mongolian) are in OWN below.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place } from '../src/extract/gazetteer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const places = JSON.parse(readFileSync(path.join(root, 'lexicons', 'places.json'), 'utf8')) as Place[];

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore
const latin = (ru: string): string => [...ru.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
/** Spellings transliterations disagree on, merged for comparing. */
const skeleton = (s: string): string =>
  s
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/[^a-z]/g, '');

/** Azerbaijani Latin from an English spelling of a Russian name (Volgograd → Volqoqrad). */
const azeri = (en: string): string =>
  en.replace(/kh/gi, (m) => (m[0] === 'K' ? 'X' : 'x')).replace(/ch/gi, (m) => (m[0] === 'C' ? 'Ç' : 'ç'))
    .replace(/sh/gi, (m) => (m[0] === 'S' ? 'Ş' : 'ş')).replace(/zh/gi, (m) => (m[0] === 'Z' ? 'J' : 'j'))
    .replace(/g/g, 'q').replace(/G/g, 'Q'); // prettier-ignore

/** Names no rule gives: CODE, field, forms. */
const OWN: [string, string, string[]][] = [
  ['RU-MOW', 'tg', ['Маскав', 'Маскав*', 'шаҳри Маскав*']],
  ['RU-MOS', 'tg', ['вилояти Маскав*']],
  ['RU-MOW', 'az', ['Moskva', 'Moskva*']],
  ['RU-MOS', 'az', ['Moskva vilayət*']],
  ['RU-SPE', 'az', ['Sankt-Peterburq*', 'Peterburq*']],
  ['RU-SPE', 'tg', ['Санкт-Петербург*']],
  ['RU-MOW', 'be', ['Масква', 'Масквы', 'Маскве', 'Маскву', 'Масквой']],
  ['RU-MOS', 'be', ['Маскоўская вобласць', 'Маскоўск* вобласц*', 'Падмаскоўе*']],
  ['RU-SMO', 'be', ['Смаленская вобласць', 'Смаленск* вобласц*', 'Смаленшчын*']],
  ['RU-BRY', 'be', ['Бранская вобласць', 'Бранск* вобласц*', 'Браншчын*']],
  ['RU-PSK', 'be', ['Пскоўская вобласць', 'Пскоўск* вобласц*']],
  ['RU-IRK', 'mn', ['Эрхүү муж*', 'Эрхүү*']],
  ['RU-BU', 'mn', ['Буриад*', 'Буриад улс*', 'Буриад Республик*']],
  ['RU-ZAB', 'mn', ['Өвөр Байгал*', 'Өвөрбайгал*']],
  ['RU-TY', 'mn', ['Тува*', 'Тагна Тува*']],
  ['RU-AL', 'mn', ['Бүгд Найрамдах Алтай*', 'Уулын Алтай*']],
  ['RU-ALT', 'mn', ['Алтайн хязгаар*', 'Алтай хязгаар*']],
  ['RU-MOW', 'mn', ['Москва*', 'Москвад*']],
  ['RU', 'mn', ['Орос*', 'ОХУ*', 'Оросын Холбооны Улс*']],
  ['RU', 'tg', ['Русия*', 'Федератсияи Россия*', 'Федератсияи Русия*', 'ФР']],
  ['RU', 'az', ['Rusiya*', 'Rusiya Federasiya*']],
  ['RU', 'be', ['Расія', 'Расіі', 'Расію', 'Расіяй', 'Расійск*']],
  ['RU-TA', 'az', ['Tatarıstan*']],
  ['RU-BA', 'az', ['Başqırdıstan*', 'Başqortostan*']],
  ['RU-DA', 'az', ['Dağıstan*']],
  ['RU-CE', 'az', ['Çeçenistan*', 'Çeçen Respublikası*']],
  ['RU-BU', 'az', ['Buryatiya*']],
  ['RU-TA', 'tg', ['Тоторстон*', 'Татарстон*']],
  ['RU-BA', 'tg', ['Бошқирдистон*', 'Бошқортостон*']],
  ['RU-TA', 'be', ['Татарстан', 'Татарстана', 'Татарстане', 'Татарстанам']],
  ['TJ', 'tg', ['Тоҷикистон*', 'Ҷумҳурии Тоҷикистон*']],
  ['AZ', 'az', ['Azərbaycan*']],
  ['BY', 'be', ['Беларусь', 'Беларусі', 'Беларуссю', 'Рэспубліка Беларусь', 'Рэспублікі Беларусь']],
  ['MN', 'mn', ['Монгол*', 'Монгол Улс*']],
  ['KZ', 'tg', ['Қазоқистон*']],
  ['KZ', 'az', ['Qazaxıstan*']],
  ['UZ', 'tg', ['Ӯзбекистон*', 'Узбекистон*']],
  ['UZ', 'az', ['Özbəkistan*']],
  ['KG', 'tg', ['Қирғизистон*']],
  ['CN', 'tg', ['Хитой*', 'Чин']],
  ['CN', 'az', ['Çin', 'Çinin', 'Çinə', 'Çində', 'Çindən', 'ÇXR']],
  ['CN', 'mn', ['Хятад*', 'БНХАУ*']],
  ['TR', 'az', ['Türkiyə*']],
  ['IR', 'az', ['İran*']],
  ['IR', 'tg', ['Эрон*']],
  ['AF', 'tg', ['Афғонистон*']],
  ['GE', 'az', ['Gürcüstan*']],
];

/** The Russian stem of an oblast or krai whose transliteration is the English name's stem. */
function russianStem(p: Place): string | null {
  const en = p.names.en.map((n) => n.replace(/ (Oblast|Region|Krai|Territory)$/, '')).find((n) => !/ /.test(n));
  if (!en) return null;
  for (const name of p.names.ru) {
    const m = /^([А-ЯЁ][а-яё]+?)(ская|цкая|ский|цкий) (область|край)$/.exec(name);
    if (!m) continue;
    const whole = m[1]! + (m[2]!.startsWith('ц') ? 'цк' : 'ск');
    for (const stem of [m[1]!, whole, m[1]! + 'ь']) if (skeleton(latin(stem)) === skeleton(en)) return stem;
  }
  return null;
}

const rows: string[] = [];
const row = (code: string, field: string, forms: string[]) => rows.push(`${code}\t${field}\t${[...new Set(forms)].join('|')}`);
for (const p of places.filter((x) => x.type === 'region' && x.country === 'RU')) {
  const stem = russianStem(p);
  const en = p.names.en.map((n) => n.replace(/ (Oblast|Region|Krai|Territory)$/, '')).find((n) => !/ /.test(n));
  const krai = p.names.ru.some((n) => / край$/.test(n));
  const oblast = p.names.ru.some((n) => / область$/.test(n));
  if (!stem || !en || !(krai || oblast)) continue;
  const be = p.names.ru
    .find((n) => /(ая|ий) (область|край)$/.test(n))!
    .split(' ')[0]!
    .replace(/(ая|ий)$/, '');
  if (oblast) {
    row(p.code, 'az', [`${azeri(en)} vilayət*`]);
    row(p.code, 'tg', [`вилояти ${stem}*`]);
    row(p.code, 'be', [`${be}* вобласц*`]);
    row(p.code, 'mn', [`${stem} муж*`]);
  } else {
    row(p.code, 'az', [`${azeri(en)} diyar*`]);
    row(p.code, 'tg', [`вилояти ${stem}*`, `кишвари ${stem}*`]);
    row(p.code, 'be', [`${be}* кра*`]);
    row(p.code, 'mn', [`${stem}* хязгаар*`]);
  }
}
for (const [code, field, forms] of OWN) row(code, field, forms);

const header = [
  '# Made by scripts/build-other-languages.ts from lexicons/places.json (do not edit by hand: edit the',
  "# script's rules or its OWN table and run it again). Russia's oblasts and krais as Azerbaijani (az),",
  '# Tajik (tg), Belarusian (be) and Mongolian (mn) news name them, and the countries of the field in',
  '# those languages; a trailing * takes the case endings these languages add.',
];
writeFileSync(path.join(root, 'lexicons', 'curated', 'places', 'other-languages.tsv'), [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} rows`);
